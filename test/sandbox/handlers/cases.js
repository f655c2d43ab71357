'use strict';

// Cases (tickets numbered T yyMM nnnnn) and case categories.

const { ok, notFound, businessError } = require('../envelope');
const { CASE_TYPES, CASE_STATUSES } = require('../catalog');
const { formatVenioDate } = require('../dates');
const { nextId, nextNumber } = require('../store');
const { createRefs } = require('./common');

/** Resolve a case body's references; the record fields they contribute, or errors. */
function resolveCase(state, body) {
	const refs = createRefs(state);
	// Edit Case's field table says customerNo where its example says customerCode; accept both.
	const customer = refs.customer(body.customerCode ?? body.customerNo);
	const category = refs.lookup(
		'Case category',
		state.caseCategories,
		'categoryId',
		body.categoryId,
	);
	const assignee = refs.user(body.assignedToUserId);
	(body.activityNos || []).forEach(refs.activity);
	(body.dealNos || []).forEach(refs.deal);
	return {
		errors: refs.errors,
		fields: {
			subject: body.subject,
			customerId: customer ? customer.customerId : null,
			customerCode: customer ? customer.customerCode : null,
			customerName: customer ? customer.customerName : null,
			categoryId: body.categoryId,
			categoryName: category && category.categoryName,
			dateCase: body.dateCase,
			dateDue: body.dateDue,
			activityNos: body.activityNos || [],
			dealNos: body.dealNos || [],
			note: body.note ?? null,
			assignedToUserId: body.assignedToUserId,
			assignedToStaffCode: assignee && assignee.staffCode,
		},
	};
}

function newCase(state, caseType, fields, { now, actor }) {
	return {
		caseId: nextId(state, 'caseId'),
		caseNo: nextNumber(state, 'case', now),
		caseType,
		caseTypeName: CASE_TYPES[caseType],
		...fields,
		statusId: 1,
		statusName: CASE_STATUSES[1],
		createdByUserId: actor.userId,
		dateCreated: formatVenioDate(now),
		dateModified: formatVenioDate(now),
	};
}

function caseAdd(ctx) {
	const { errors, fields } = resolveCase(ctx.state, ctx.body);
	if (errors.length) return businessError(errors);
	return ok(ctx.state.cases.insert(newCase(ctx.state, ctx.body.caseType, fields, ctx)));
}

function caseEditByCaseNo({ state, body, params, now }) {
	if (!state.cases.has(params.caseNo)) return notFound('Case', params.caseNo);
	const { errors, fields } = resolveCase(state, body);
	if (errors.length) return businessError(errors);
	return ok(state.cases.update(params.caseNo, { ...fields, dateModified: formatVenioDate(now) }));
}

function caseGetByCaseNo({ state, params }) {
	const found = state.cases.get(params.caseNo);
	return found ? ok(found) : notFound('Case', params.caseNo);
}

module.exports = {
	resolveCase,
	newCase,
	handlers: {
		caseAdd,
		caseEditByCaseNo,
		caseGetByCaseNo,
		caseCategoriesGet: ({ state }) => ok(state.caseCategories),
	},
};
