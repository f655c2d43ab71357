'use strict';
// The sandbox's customers and customer events, written and read back over HTTP.

const { success } = require('./client');
const { useSandbox } = require('./useSandbox');

describe('Venio sandbox', () => {
	const { sandbox, api } = useSandbox();

	describe('customers', () => {
		test('create -> get -> update -> enquiry round trip', async () => {
			const created = await api.call('POST', '/v3/customers', {
				customerCode: null,
				customerName: 'Round Trip Trading Co., Ltd.',
				customerState: 2,
				customerType: 1,
				customerEmail: 'hello@roundtrip.example',
				customerPhone: '021234567',
				owners: ['EMP0002'],
				customerTags: ['n8n'],
			});
			expect(created.status).toBe(200);
			expect(created.json).toMatchObject(success);
			const code = created.json.data.customerCode;
			expect(code).toBe('C000121'); // seeded customers are C000001..C000120
			expect(sandbox.state.customers.get(code).customerName).toBe('Round Trip Trading Co., Ltd.');

			const fetched = await api.call('GET', `/v3/customers/${code}`);
			expect(fetched.json.status).toEqual({ code: 1000, description: 'Success' }); // numeric on this operation
			expect(fetched.json.data).toMatchObject({
				customerCode: code,
				customerName: 'Round Trip Trading Co., Ltd.',
				customerType: 11200, // legacy code of Prospect
				customerStateId: 2,
				type: 1,
				email: 'hello@roundtrip.example',
				customerPhone: '021234567',
				customerOwnersStr: ['EMP0002'],
				customerTags: ['n8n'],
				isActive: true,
			});

			const updated = await api.call('POST', '/v3/customers', {
				customerCode: code,
				customerName: 'Round Trip Trading (Thailand) Co., Ltd.',
				customerState: 3,
			});
			expect(updated.json.data).toMatchObject({
				customerCode: code,
				customerType: 11300,
				customerPhone: '021234567',
			});
			const again = await api.call('GET', `/v3/customers/${code}`);
			expect(again.json.data.customerName).toBe('Round Trip Trading (Thailand) Co., Ltd.');

			const byName = await api.call(
				'GET',
				`/v3/customers/name/${encodeURIComponent('round trip trading (thailand) co., ltd.')}`,
			);
			expect(byName.json.data.customerCode).toBe(code);

			const found = await api.call('POST', '/v3/customers/enquiry', {
				customerType: 11300,
				pageLength: 10,
				skip: 0,
				keyword: 'round trip',
			});
			expect(found.json.data.map((c) => c.customerCode)).toEqual([code]);
			expect(sandbox.state.customers.size).toBe(121);
		});

		test('customer names must be unique', async () => {
			const taken = sandbox.state.customers.get('C000003').customerName;
			const duplicate = await api.call('POST', '/v3/customers', {
				customerName: taken,
				customerState: 1,
			});
			expect(duplicate.status).toBe(200);
			expect(duplicate.json.status.code).toBe('4001');
			expect(duplicate.json.status.description).toMatch(/already exists/);
		});

		test('customer events: add, list with a GET body, edit, delete', async () => {
			const added = await api.call('POST', '/v1/customerEvent', {
				eventName: 'Kick-off',
				eventType: 1,
				eventDate: '2025-03-01T10:00:00',
				customerCode: 'C000010',
			});
			const eventId = added.json.data.eventId;
			const listed = await api.call('GET', '/v1/customerEvent/filter?customerCode=C000010', {
				DateFrom: '2025-02-01T00:00:00',
				DateTo: '2025-03-31T23:59:59',
			});
			expect(listed.json.data.map((e) => e.eventId)).toContain(eventId);
			const outside = await api.call('GET', '/v1/customerEvent/filter?customerCode=C000010', {
				DateFrom: '2026-01-01T00:00:00',
			});
			expect(outside.json.data.map((e) => e.eventId)).not.toContain(eventId);
			const edited = await api.call('PUT', `/v1/customerEvent/${eventId}`, {
				eventName: 'Kick-off (moved)',
				eventType: 2,
				eventDate: '2025-03-02T10:00:00',
				customerCode: 'C000010',
			});
			expect(edited.json.data).toMatchObject({
				eventId,
				eventName: 'Kick-off (moved)',
				eventType: 2,
			});
			expect((await api.call('DELETE', `/v1/customerEvent/${eventId}`)).json).toEqual({
				...success,
				data: true,
			});
			expect(sandbox.state.customerEvents.has(eventId)).toBe(false);
		});
	});
});
