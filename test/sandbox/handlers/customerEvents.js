'use strict';

// Customer events (add / filter / edit / delete) and their types.

const { ok, notFound, businessError } = require('../envelope');
const { nextId } = require('../store');
const { createRefs, inDateRange, toId } = require('./common');

/** CustomerEvent as documented: eventId, eventName, eventDate, eventType, description, customerId. */
function eventRecord(eventId, body, customer) {
	return {
		eventId,
		eventName: body.eventName,
		eventDate: body.eventDate,
		eventType: body.eventType,
		description: body.description ?? null,
		customerId: customer.customerId,
	};
}

function resolveRefs(state, body) {
	const refs = createRefs(state);
	const customer = refs.customer(body.customerCode);
	refs.lookup('Customer event type', state.customerEventTypes, 'eventTypeId', body.eventType);
	return { refs, customer };
}

function customerEventAdd({ state, body }) {
	const { refs, customer } = resolveRefs(state, body);
	if (refs.errors.length) return businessError(refs.errors);
	return ok(state.customerEvents.insert(eventRecord(nextId(state, 'eventId'), body, customer)));
}

function customerEventEdit({ state, body, params }) {
	const eventId = toId(params.eventId);
	if (!state.customerEvents.has(eventId)) return notFound('Customer event', eventId);
	const { refs, customer } = resolveRefs(state, body);
	if (refs.errors.length) return businessError(refs.errors);
	return ok(state.customerEvents.insert(eventRecord(eventId, body, customer)));
}

function customerEventDelete({ state, params }) {
	const eventId = toId(params.eventId);
	if (!state.customerEvents.delete(eventId)) return notFound('Customer event', eventId);
	return ok(true);
}

/** GET with query customerCode / eventTypeIds and a JSON body { DateFrom, DateTo } (documented quirk). */
function customerEventsGetByCustomerCode({ state, query, body }) {
	const customer = state.customers.get(query.customerCode);
	if (!customer) return notFound('Customer', query.customerCode);
	const typeIds = [query.eventTypeIds ?? []]
		.flat()
		.flatMap((v) => String(v).split(','))
		.filter(Boolean)
		.map(Number);
	const from = body && body.dateFrom;
	const to = body && body.dateTo;
	return ok(
		state.customerEvents.filter(
			(e) =>
				e.customerId === customer.customerId &&
				(typeIds.length === 0 || typeIds.includes(e.eventType)) &&
				inDateRange(e.eventDate, from, to),
		),
	);
}

module.exports = {
	eventRecord,
	handlers: {
		customerEventAdd,
		customerEventEdit,
		customerEventDelete,
		customerEventsGetByCustomerCode,
		customerEventTypesGet: ({ state }) => ok(state.customerEventTypes),
	},
};
