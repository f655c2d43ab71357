'use strict';

// Customer group: upsert, get by code / name, enquiry, satisfaction.
// Records have the legacy GET shape (LegacyCustomer); the upsert body's
// fields are mapped onto it once, in buildCustomer.

const { ok, notFound, withNumericCode, businessError } = require('../envelope');
const { CUSTOMER_STATES, SATISFACTION_POINTS } = require('../catalog');
const { formatVenioDate } = require('../dates');
const { nextId, nextNumber } = require('../store');
const { readPage, createRefs, containsText } = require('./common');
const { enumMessage } = require('../validate');

/**
 * Apply an upsert body (CustomerUpsertRequest, keys already canonical) to an
 * existing record or a new one. Fields the body does not send keep their
 * value; fields the GET names differently are mapped, the rest stored as sent.
 */
function buildCustomer(state, existing, body, { now, actor }) {
	const at = formatVenioDate(now);
	const record = existing ? { ...existing } : newCustomer(state, at, actor, now);
	for (const key in body) {
		const value = body[key];
		switch (key) {
			case 'customerCode':
				break;
			case 'customerName':
				record.customerName = value;
				record.uniqueName = value.toLowerCase();
				break;
			case 'customerState':
				record.customerStateId = value;
				record.customerType = CUSTOMER_STATES[value].legacyType;
				if (value === 3 && !record.dateAcquired) record.dateAcquired = at;
				break;
			case 'customerStatus':
				// 0 active, 1 ended, 2 closed.
				record.customerStatus = value;
				record.isActive = !value;
				break;
			case 'customerType':
				// Upsert customerType is business (1) / individual (2); the GET's customerType is the
				// legacy state code, so the business/individual flag is returned as `type` (as on api-3607026).
				record.type = value;
				break;
			case 'customerPicture':
				record.PictureUrl = value;
				break;
			case 'customerEmail':
				record.email = value;
				break;
			case 'owners':
				record.customerOwnersStr = value || [];
				record.hasOwner = record.customerOwnersStr.length > 0;
				break;
			case 'interestsName':
				record.customerInterests = (value || []).map((interestName) => ({ interestName }));
				break;
			case 'leadStatus':
				break; // below, after the state is known
			default:
				record[key] = value;
		}
	}
	const stateChanged =
		!existing ||
		(body.customerState !== undefined && body.customerState !== existing.customerStateId);
	if (body.leadStatus != null) record.leadStatus = body.leadStatus;
	else if (stateChanged)
		record.leadStatus = CUSTOMER_STATES[record.customerStateId].defaultLeadStatus;
	record.leadStates = record.leadStatus;
	record.modifiedByUserId = actor.userId;
	record.dateModified = at;
	return record;
}

/** A new record: the LegacyCustomer fields; upsert-only fields appear once they are written. */
function newCustomer(state, at, actor, now) {
	return {
		customerId: nextId(state, 'customerId'),
		companyId: state.company.companyId,
		customerCode: nextNumber(state, 'customer', now),
		customerName: null,
		customerType: null,
		isActive: true,
		createdByUserId: actor.userId,
		dateCreated: at,
		modifiedByUserId: actor.userId,
		dateModified: at,
		leadStatus: null,
		customerStateId: null,
		hasOwner: false,
		dateAcquired: null,
		uniqueName: null,
		email: null,
		customerOwnersStr: [],
		PictureUrl: null,
		addresses: [],
		leadStates: null,
		customerInterests: [],
		type: null,
		customerStatus: 0,
	};
}

/** Value lists the upsert schema gives in descriptions rather than as enums. */
const DESCRIBED_ENUMS = {
	customerState: Object.keys(CUSTOMER_STATES).map(Number),
	customerStatus: [0, 1, 2],
	customerType: [1, 2],
	customerGender: [1, 2],
	customerMaritalStatus: [1, 2, 3, 4, 5, 6],
};

/** Described value lists, and conditional requirements stated in the field descriptions. */
function validateUpsert(body) {
	const messages = [];
	for (const [field, allowed] of Object.entries(DESCRIBED_ENUMS)) {
		if (body[field] != null && !allowed.includes(body[field]))
			messages.push(enumMessage(field, allowed));
	}
	if (messages.length) return messages;
	if (body.leadStatus === 3 && body.customerState === 1) {
		for (const field of ['unqulifiedReasonName', 'unqulifiedReasonNote']) {
			if (!body[field]) messages.push(`${field} is required when leadStatus is 3 (Unqualified).`);
		}
	}
	if ((body.customerStatus === 1 || body.customerStatus === 2) && !body.customerNote) {
		messages.push('customerNote is required when customerStatus is ended or closed.');
	}
	return messages;
}

function customerCreateOrUpdate(ctx) {
	const { state, body } = ctx;
	const customers = state.customers;
	const existing = body.customerCode == null ? undefined : customers.get(body.customerCode);
	if (body.customerCode != null && !existing) return notFound('Customer', body.customerCode);
	const refs = createRefs(state);
	(body.owners || []).forEach(refs.employee);
	const sameName = customers.findBy('name', body.customerName.toLowerCase());
	if (sameName && sameName !== existing) {
		refs.errors.push(
			`customerName ${body.customerName} already exists (${sameName.customerCode}).`,
		);
	}
	if (refs.errors.length) return businessError(refs.errors);
	return ok(customers.insert(buildCustomer(state, existing, body, ctx)));
}

function customerGetByCode({ state, params }) {
	const customer = state.customers.get(params.customerCode);
	return withNumericCode(customer ? ok(customer) : notFound('Customer', params.customerCode));
}

function customerGetByName({ state, params }) {
	const customer = state.customers.findBy('name', params.customerName.toLowerCase());
	return customer ? ok(customer) : notFound('Customer', params.customerName);
}

const LEGACY_TYPES = new Set(Object.values(CUSTOMER_STATES).map((s) => s.legacyType));

/** Filters of LegacyCustomerEnquiryRequest the sandbox applies; null when none applies. */
function customerFilter(body) {
	const tests = [];
	// customerType is required; a value other than the three legacy codes (e.g. 0) means "all".
	if (LEGACY_TYPES.has(body.customerType)) tests.push((c) => c.customerType === body.customerType);
	if (body.keyword) {
		tests.push(
			(c) =>
				containsText(c.customerName, body.keyword) ||
				containsText(c.customerCode, body.keyword) ||
				containsText(c.email, body.keyword),
		);
	}
	if (body.owners && body.owners.length)
		tests.push((c) => c.customerOwnersStr.some((o) => body.owners.includes(o)));
	if (body.statuses && body.statuses.length) tests.push((c) => body.statuses.includes(c.isActive));
	if (body.topicInterests && body.topicInterests.length) {
		tests.push((c) =>
			c.customerInterests.some((i) => body.topicInterests.includes(i.interestName)),
		);
	}
	return tests.length ? (c) => tests.every((test) => test(c)) : null;
}

function customersEnquiry(ctx) {
	const page = readPage(ctx.body, 'pageLength', ctx);
	if (page.error) return page.error;
	return ok(ctx.state.customers.page(page.skip, page.size, customerFilter(ctx.body)));
}

function customerSatisfactionCreate({ state, body, now }) {
	const refs = createRefs(state);
	const customer = refs.customer(body.CustomerCode);
	if (refs.errors.length) return businessError(refs.errors);
	// A new SourceName creates a new source category (documented).
	let source = state.satisfactionSources.find(
		(s) => s.sourceName.toLowerCase() === body.SourceName.toLowerCase(),
	);
	if (!source) {
		source = {
			sourceId: nextId(state, 'satisfactionSourceId'),
			sourceName: body.SourceName,
			sourceType: body.SourceType,
		};
		state.satisfactionSources.push(source);
	}
	return ok(
		state.satisfactions.insert({
			satisfactionId: nextId(state, 'satisfactionId'),
			sourceId: source.sourceId,
			customerId: customer.customerId,
			...body,
			dateRecorded: formatVenioDate(now),
		}),
	);
}

function validateSatisfaction(body) {
	const range = SATISFACTION_POINTS[body.SourceType];
	if (!range || !Number.isInteger(body.Point)) return [];
	if (body.Point < range.min || body.Point > range.max) {
		return [`Point must be between ${range.min} and ${range.max} for ${range.name}.`];
	}
	return [];
}

module.exports = {
	buildCustomer,
	handlers: {
		customerCreateOrUpdate: { validate: validateUpsert, handle: customerCreateOrUpdate },
		customerGetByCode,
		customerGetByName,
		customersEnquiry,
		customerSatisfactionCreate: {
			validate: validateSatisfaction,
			handle: customerSatisfactionCreate,
		},
	},
};
