'use strict';
// Customer events: add, list, update, delete, the event types, and the event-type dropdown.
const { opTest, useVenio, byCode, fromList, NOTHING } = require('./support');
const { CUSTOMER_EVENT_TYPES } = require('../sandbox/catalog');

const env = useVenio();

const eventsOf = (customer) =>
	[...env.state.customerEvents.values()].filter((e) => e.customerId === customer.customerId);

describe('Customer › events', () => {
	const addEvent = (overrides) => ({
		resource: 'customer',
		operation: 'addEvent',
		customer: byCode(env.recordAt('customers', 10).customerCode),
		eventName: 'Meeting with client',
		eventType: 1,
		eventDate: '2026-11-27T10:00:00+07:00',
		...overrides,
	});

	opTest('customer', 'addEvent', 'adds an event to a customer', async () => {
		const customer = env.recordAt('customers', 10);
		const before = eventsOf(customer).length;
		const run = await env.run(addEvent({ additionalFields: { description: 'Discuss project requirements' } }));
		const request = env.expectRequest(run, 'POST', '/v1/customerEvent');
		expect(request.body).toEqual({
			eventName: 'Meeting with client',
			eventType: 1,
			eventDate: '2026-11-27T10:00:00+0700',
			description: 'Discuss project requirements',
			customerCode: customer.customerCode,
		});
		expect(eventsOf(customer)).toHaveLength(before + 1);
		const stored = env.state.customerEvents.get(run.items[0].eventId);
		expect(stored).toEqual({
			eventId: run.items[0].eventId,
			eventName: 'Meeting with client',
			eventDate: '2026-11-27T10:00:00+0700',
			eventType: 1,
			description: 'Discuss project requirements',
			customerId: customer.customerId,
		});
		expect(run.items[0]).toEqual(stored);
		expect(run.paired).toEqual([{ item: 0 }]);
	});

	test.each([
		['an unparsable date', { eventDate: 'soon' }, /Event Date is not a valid date/],
		['a missing date', { eventDate: NOTHING }, /Event Date is required/],
		['a missing event type', { eventType: NOTHING }, /Event Type is required/],
		['an event type that is not a number', { eventType: '={{ "meeting" }}' }, /Event Type must be a whole number above 0/],
		['a missing name', { eventName: NOTHING }, /Event Name is required/],
	])('Add Event rejects %s before sending', async (_title, overrides, message) => {
		await env.expectRejected(addEvent(overrides), message);
	});

	test('Continue On Fail: a bad item becomes an error item, the others are added', async () => {
		const run = await env.run(addEvent({ eventDate: '={{ $json.when }}', eventName: '={{ $json.name }}' }), {
			items: [
				{ when: '2026-12-01T09:00:00+07:00', name: 'First' },
				{ when: 'not a date', name: 'Second' },
				{ when: '2026-12-03T09:00:00+07:00', name: 'Third' },
			],
			continueOnFail: true,
		});
		expect(run.error).toBeUndefined();
		expect(run.requests.map((r) => r.body.eventName)).toEqual(['First', 'Third']);
		expect(run.items).toHaveLength(3);
		expect(run.items[0].eventName).toBe('First');
		expect(run.items[1].error).toMatch(/Event Date is not a valid date/);
		expect(run.items[2].eventName).toBe('Third');
		expect(run.paired).toEqual([{ item: 0 }, { item: 1 }, { item: 2 }]);
		expect(env.state.customerEvents.get(run.items[2].eventId).eventDate).toBe('2026-12-03T09:00:00+0700');
	});

	opTest('customer', 'getManyEvents', 'lists the events of a customer, by type and up to Limit', async () => {
		const customer = env.recordAt('customers', 0);
		const all = eventsOf(customer);
		expect(all.length).toBeGreaterThan(1);
		const run = await env.run({ resource: 'customer', operation: 'getManyEvents', customer: byCode(customer.customerCode), returnAll: true });
		expect(run.error).toBeUndefined();
		const [request] = run.requests;
		expect(request.method).toBe('GET');
		expect(request.path).toBe('/v1/customerEvent/filter');
		expect(request.query).toEqual({ customerCode: customer.customerCode });
		env.expectAuthHeaders(request);
		expect(run.items).toEqual(all);

		const type = all[0].eventType;
		const byType = await env.run({
			resource: 'customer',
			operation: 'getManyEvents',
			customer: fromList(customer.customerCode),
			filters: { eventType: type },
			returnAll: true,
		});
		expect(byType.requests[0].query).toEqual({ customerCode: customer.customerCode, eventTypeIds: String(type) });
		expect(byType.items).toEqual(all.filter((e) => e.eventType === type));

		const limited = await env.run({ resource: 'customer', operation: 'getManyEvents', customer: byCode(customer.customerCode), limit: 1 });
		expect(limited.items).toEqual(all.slice(0, 1));
		expect(limited.paired).toEqual([{ item: 0 }]);
	});

	test('a customer code with / ? # goes in the query, not the path', async () => {
		const run = await env.run(
			{ resource: 'customer', operation: 'getManyEvents', customer: byCode('C/1?x#2'), returnAll: true },
			{ continueOnFail: true },
		);
		expect(run.requests[0].path).toBe('/v1/customerEvent/filter');
		expect(run.requests[0].query).toEqual({ customerCode: 'C/1?x#2' });
	});

	test('an unparsable From date is rejected before sending', async () => {
		await env.expectRejected(
			{ resource: 'customer', operation: 'getManyEvents', customer: byCode(env.recordAt('customers', 0).customerCode), filters: { dateFrom: 'last week' } },
			/From is not a valid date/,
		);
	});

	// n8n's HTTP client drops GET bodies, so the range travels in the query and is applied to the
	// answer by the node as well: the result is right whichever Venio reads.
	test('the date range filters the events (sent in the query, applied to the answer)', async () => {
		const customer = env.recordAt('customers', 0);
		const all = eventsOf(customer);
		// A range that keeps some of the customer's events and drops others.
		const dates = all.map((e) => e.eventDate).sort();
		const [from, to] = [dates[1], dates[dates.length - 2]];
		const run = await env.run({
			resource: 'customer',
			operation: 'getManyEvents',
			customer: byCode(customer.customerCode),
			filters: { dateFrom: from.replace(/(\d\d)(\d\d)$/, '$1:$2'), dateTo: to.replace(/(\d\d)(\d\d)$/, '$1:$2') },
			returnAll: true,
		});
		expect(run.requests[0].query).toMatchObject({ DateFrom: from, DateTo: to });
		const expected = all.filter((e) => e.eventDate >= from && e.eventDate <= to);
		expect(expected.length).toBeGreaterThan(0);
		expect(expected.length).toBeLessThan(all.length);
		expect(run.items).toEqual(expected);
	});

	opTest('customer', 'updateEvent', 'replaces an event of a customer', async () => {
		const customer = env.recordAt('customers', 11);
		const added = await env.run(addEvent({ customer: byCode(customer.customerCode) }));
		const { eventId } = added.items[0];
		const run = await env.run({
			resource: 'customer',
			operation: 'updateEvent',
			eventId,
			customer: byCode(customer.customerCode),
			updateFields: {
				eventName: 'Updated Meeting',
				eventType: 2,
				eventDate: '2026-12-05T14:00:00+07:00',
				description: 'Updated project discussion',
			},
		});
		expect(run.error).toBeUndefined();
		const request = run.requests.find((r) => r.method === 'PUT');
		expect(request.path).toBe(`/v1/customerEvent/${eventId}`);
		expect(request.body).toEqual({
			eventName: 'Updated Meeting',
			eventType: 2,
			eventDate: '2026-12-05T14:00:00+0700',
			description: 'Updated project discussion',
			customerCode: customer.customerCode,
		});
		expect(env.state.customerEvents.get(eventId)).toMatchObject({ eventName: 'Updated Meeting', eventType: 2, description: 'Updated project discussion' });
		expect(run.items).toEqual([env.state.customerEvents.get(eventId)]);
	});

	test('Update Event rejects event ID 0 before sending', async () => {
		await env.expectRejected(
			{ resource: 'customer', operation: 'updateEvent', eventId: 0, customer: byCode(env.recordAt('customers', 11).customerCode), updateFields: { eventName: 'x' } },
			/Event ID must be a whole number above 0/,
		);
	});

	opTest('customer', 'deleteEvent', 'deletes an event and answers deleted: true', async () => {
		const added = await env.run(addEvent());
		const { eventId } = added.items[0];
		expect(env.state.customerEvents.has(eventId)).toBe(true);
		const run = await env.run({ resource: 'customer', operation: 'deleteEvent', eventId });
		env.expectOneRequest(run, 'DELETE', `/v1/customerEvent/${eventId}`);
		expect(run.items).toEqual([{ deleted: true, eventId }]);
		expect(run.paired).toEqual([{ item: 0 }]);
		expect(env.state.customerEvents.has(eventId)).toBe(false);
	});

	test('Delete Event rejects a non-numeric ID before sending', async () => {
		await env.expectRejected({ resource: 'customer', operation: 'deleteEvent', eventId: '={{ "abc" }}' }, /Event ID must be a whole number above 0/);
	});

	opTest('customer', 'getManyEventTypes', 'lists the event types, all or up to Limit', async () => {
		const all = await env.run({ resource: 'customer', operation: 'getManyEventTypes', returnAll: true });
		expect(all.error).toBeUndefined();
		expect(all.requests[0].method).toBe('GET');
		expect(all.requests[0].path).toBe('/v1/customerEvent/event-types');
		env.expectAuthHeaders(all.requests[0]);
		expect(all.items).toEqual(env.state.customerEventTypes);
		const limited = await env.run({ resource: 'customer', operation: 'getManyEventTypes', limit: 2 });
		expect(limited.items).toEqual(env.state.customerEventTypes.slice(0, 2));
		expect(limited.paired).toEqual([{ item: 0 }, { item: 0 }]);
	});
});

describe('Customer dropdowns', () => {
	test('getCustomerEventTypes lists the event types by name', async () => {
		env.sandbox.resetStats();
		const options = await env.method('loadOptions', 'getCustomerEventTypes');
		expect(options).toEqual(
			[...CUSTOMER_EVENT_TYPES]
				.map((t) => ({ name: t.eventTypeName, value: t.eventTypeId }))
				.sort((a, b) => a.name.localeCompare(b.name)),
		);
		const calls = env.sandbox.stats.requests.filter((r) => r.operationId === 'customerEventTypesGet');
		expect(calls).toHaveLength(1);
		env.expectAuthHeaders(calls[0]);
	});
});
