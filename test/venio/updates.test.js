'use strict';
// Every operation that changes an existing record changes only what the user set: a field left
// empty keeps the record's current value, whether Venio keeps what is not sent or needs the
// whole record (then the node reads it first and sends it back with the user's changes).
const { opTest, useVenio, byCode, fromList } = require('./support');

const env = useVenio();

describe('Deal › Update keeps what was not set', () => {
	opTest(
		'deal',
		'update',
		'with only the deal and a new stage, the stage changes and nothing else',
		async () => {
			const deal = env.state.deals
				.rows()
				.find((d) => d.boardId === 34628320 && d.dealStageId !== 5509);
			const before = { ...deal };
			const run = await env.run({
				resource: 'deal',
				operation: 'update',
				deal: fromList(String(deal.dealsId)),
				dealStageId: 5509,
			});
			expect(run.error).toBeUndefined();
			// Venio needs the five every time: read first, then sent back as they were.
			expect(run.requests.map((r) => `${r.method} ${r.path}`)).toEqual([
				`GET /v1/deals/${deal.dealsId}`,
				`PUT /v1/deals/${deal.dealsId}`,
			]);
			expect(run.requests[1].body).toEqual({
				dealName: before.dealsName,
				dealValue: before.dealsValue,
				probability: before.probability,
				expectedCloseDate: before.expectedCloseDate,
				assignTo: before.assignTo,
				dealStageId: 5509,
			});
			const after = env.state.deals.get(deal.dealsId);
			expect(after.dealStageId).toBe(5509);
			for (const field of [
				'dealsName',
				'dealsValue',
				'probability',
				'expectedCloseDate',
				'assignTo',
				'notes',
				'customerCode',
				'dealsLabels',
				'dealsInterests',
			]) {
				expect([field, after[field]]).toEqual([field, before[field]]);
			}
		},
	);

	test('an update that sets all five fields Venio needs sends no read', async () => {
		const deal = env.recordAt('deals', 2);
		const [owner] = env.activeEmployees();
		const run = await env.run({
			resource: 'deal',
			operation: 'update',
			deal: fromList(String(deal.dealsId)),
			owner: byCode(owner.staffCode),
			updateFields: {
				dealName: 'All set',
				dealValue: 5,
				probability: 10,
				expectedCloseDate: '2026-12-31T00:00:00+07:00',
			},
		});
		expect(run.requests.map((r) => r.method)).toEqual(['PUT']);
		expect(env.state.deals.get(deal.dealsId).dealsName).toBe('All set');
	});

	test('a field Venio does not give back is asked for, and nothing is written', async () => {
		const deal = env.recordAt('deals', 4);
		const id = deal.dealsId;
		const saved = env.state.deals.get(id);
		env.state.deals.insert({ ...saved, assignTo: undefined });
		try {
			const run = await env.run({
				resource: 'deal',
				operation: 'update',
				deal: fromList(String(id)),
				updateFields: { dealValue: 7 },
			});
			expect(run.error.message).toBe('Owner is required here');
			expect(run.error.description).toMatch(/Set Owner\./);
			expect(run.requests.map((r) => r.method)).toEqual(['GET']);
		} finally {
			env.state.deals.insert(saved);
		}
	});
});
