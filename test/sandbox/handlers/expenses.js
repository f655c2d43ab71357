'use strict';

// Expenses: create / update / enquiry (filters only, no paging) / get.

const { ok, okValue, notFound, businessError } = require('../envelope');
const { EXPENSE_TYPES, EXPENSE_STATUSES } = require('../catalog');
const { formatVenioDate } = require('../dates');
const { nextId, nextNumber } = require('../store');
const { containsText, inDateRange, toId } = require('./common');
const { isMissing } = require('../validate');

const ACCOMMODATION = 1001;
const FUEL = 1003;
const TRAINING = 1005;
const EDITABLE_STATUSES = new Set([301, 302, 304]);

/** Type-specific required detail fields (Create Expense description). */
function validateDetails(body) {
	const messages = [];
	(body.ExpenseDetails || []).forEach((detail, i) => {
		const at = `ExpenseDetails[${i}]`;
		if (!detail || typeof detail !== 'object') return;
		if (detail.expenseTypeId === ACCOMMODATION && isMissing(detail.night))
			messages.push(`${at}.night is required.`);
		if (detail.expenseTypeId === FUEL) {
			if (isMissing(detail.milesStart)) messages.push(`${at}.milesStart is required.`);
			if (isMissing(detail.milesEnd)) messages.push(`${at}.milesEnd is required.`);
			if (
				!isMissing(detail.milesStart) &&
				!isMissing(detail.milesEnd) &&
				!(detail.milesStart < detail.milesEnd)
			) {
				messages.push(`${at}.milesStart must be less than milesEnd.`);
			}
		}
		if (detail.expenseTypeId === TRAINING) {
			for (const field of ['trainingTitle', 'hours', 'minutes']) {
				if (isMissing(detail[field])) messages.push(`${at}.${field} is required.`);
			}
		}
	});
	return messages;
}

function expenseDetails(state, expenseId, details) {
	return details.map((detail) => ({
		expenseDetailId: nextId(state, 'expenseDetailId'),
		expenseId,
		...detail,
		expenseTypeName: EXPENSE_TYPES[detail.expenseTypeId] || null,
	}));
}

/** Fields an create/update body sets on the record. */
function expenseChanges(state, expenseId, body) {
	const expenseDetailsList = expenseDetails(state, expenseId, body.ExpenseDetails);
	const total = expenseDetailsList.reduce((sum, d) => sum + (d.amount || 0), 0);
	return {
		subject: body.subject,
		activityId: isMissing(body.activityId) ? null : Number(body.activityId),
		dateTransaction: body.dateTransaction ?? null,
		remark: body.remark ?? '',
		attachments: body.attachments || [],
		expenseDetails: expenseDetailsList,
		totalBaht: total,
		total,
	};
}

function statusFields(statusId) {
	return {
		statusId,
		statusName: EXPENSE_STATUSES[statusId],
		isEdit: EDITABLE_STATUSES.has(statusId),
		deletable: statusId === 301,
	};
}

function newExpense(state, body, { now, actor }) {
	const expenseId = nextId(state, 'expenseId');
	const at = formatVenioDate(now);
	const statusId = 302;
	return {
		expenseId,
		teamId: actor.teamId,
		expenseNo: nextNumber(state, 'expense', now),
		...statusFields(statusId),
		staffCode: actor.staffCode,
		createdByUserId: actor.userId,
		dateCreated: at,
		updatedByUserId: actor.userId,
		dateUpdated: at,
		activityExpenses: [],
		expenseStates: [
			{
				expenseStatesId: expenseId,
				expenseId,
				statusId,
				createdByUserId: actor.userId,
				dateCreated: at,
				approveLevel: 1,
				seq: 1,
			},
		],
		canApprove: false,
		pictureUrl: null,
		...expenseChanges(state, expenseId, body),
		dateTransaction: body.dateTransaction ?? at,
	};
}

function activityErrors(state, body) {
	if (isMissing(body.activityId) || state.activities.has(Number(body.activityId))) return [];
	return [`Activity ${body.activityId} was not found.`];
}

function expenseCreate(ctx) {
	const errors = activityErrors(ctx.state, ctx.body);
	if (errors.length) return businessError(errors);
	return ok(ctx.state.expenses.insert(newExpense(ctx.state, ctx.body, ctx)));
}

function expenseUpdate({ state, body, params, now, actor }) {
	const id = toId(params.id);
	const expense = Number.isInteger(id) ? state.expenses.get(id) : undefined;
	if (!expense) return notFound('Expense', params.id);
	if (!EDITABLE_STATUSES.has(expense.statusId)) {
		return businessError(
			`Expense ${expense.expenseNo} cannot be edited in status ${expense.statusName}.`,
		);
	}
	const errors = activityErrors(state, body);
	if (errors.length) return businessError(errors);
	const changes = expenseChanges(state, id, body);
	return ok(
		state.expenses.update(id, {
			...changes,
			updatedByUserId: actor.userId,
			dateUpdated: formatVenioDate(now),
		}),
	);
}

function expenseGet({ state, params }) {
	const expense = state.expenses.get(toId(params.id));
	return expense ? okValue(expense) : notFound('Expense', params.id);
}

function expenseEnquiry({ state, body }) {
	const statusIds = (body.statusIds || []).map(String);
	const staffCodes = body.staffCodes || [];
	return ok(
		state.expenses.filter(
			(e) =>
				// expenseTypeId is required; 0 ("none" in the detail enum) means any type.
				(!body.expenseTypeId ||
					e.expenseDetails.some((d) => d.expenseTypeId === body.expenseTypeId)) &&
				(statusIds.length === 0 || statusIds.includes(String(e.statusId))) &&
				(staffCodes.length === 0 || staffCodes.includes(e.staffCode)) &&
				(!body.searchText ||
					containsText(e.subject, body.searchText) ||
					containsText(e.expenseNo, body.searchText) ||
					containsText(e.remark, body.searchText)) &&
				inDateRange(e.dateTransaction, body.dateStart, body.dateEnd),
		),
	);
}

module.exports = {
	newExpense,
	statusFields,
	handlers: {
		expenseCreate: { validate: validateDetails, handle: expenseCreate },
		expenseUpdate: { validate: validateDetails, handle: expenseUpdate },
		expenseGet,
		expenseEnquiry,
	},
};
