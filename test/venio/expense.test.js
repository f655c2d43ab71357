'use strict';
// Expense actions, run through the real n8n engine against the Venio sandbox.
const { opTest, useVenio } = require('./support');

const env = useVenio();

const expenses = () => [...env.state.expenses.values()];
const editable = () => expenses().find((e) => [301, 302, 304].includes(e.statusId));

const LINES = {
	line: [
		{ expenseTypeId: 1003, amount: 500, milesStart: 1000, milesEnd: 1100, usedFuelCard: true, note: '' },
		{ expenseTypeId: 1001, amount: 1800.5, night: 2 },
		{ expenseTypeId: 1005, amount: 3000, trainingTitle: 'Negotiation', hours: 3, minutes: 30, person: 4 },
		{ expenseTypeId: 1006, amount: 250, taxi: 120, tollway: 50, parking: 0, note: 'Airport' },
	],
};

const SENT_DETAILS = [
	{ expenseTypeId: 1003, amount: 500, milesStart: 1000, milesEnd: 1100, usedFuelCard: true },
	{ expenseTypeId: 1001, amount: 1800.5, night: 2 },
	{ expenseTypeId: 1005, amount: 3000, trainingTitle: 'Negotiation', hours: 3, minutes: 30, person: 4 },
	{ expenseTypeId: 1006, amount: 250, taxi: 120, tollway: 50, note: 'Airport' },
];

const createParameters = (overrides = {}) => ({
	resource: 'expense',
	operation: 'create',
	subject: 'Customer visit',
	expenseLines: LINES,
	additionalFields: { dateTransaction: '2025-07-01T09:30:00+07:00', remark: 'Q3 trip' },
	...overrides,
});

describe('Create', () => {
	opTest('expense', 'create', 'sends ExpenseDetails (PascalCase) and the Venio date format', async () => {
		const before = env.state.expenses.size;
		const run = await env.run(createParameters({ simplify: false }));
		const request = env.expectOneRequest(run, 'POST', '/v1/Expenses');
		expect(request.body).toEqual({
			ExpenseDetails: SENT_DETAILS,
			subject: 'Customer visit',
			dateTransaction: '2025-07-01T09:30:00+0700',
			remark: 'Q3 trip',
		});
		expect(env.state.expenses.size).toBe(before + 1);
		const stored = env.state.expenses.last();
		expect(stored).toMatchObject({ subject: 'Customer visit', totalBaht: 5550.5, dateTransaction: '2025-07-01T09:30:00+0700' });
		expect(run.items).toEqual([stored]);
		expect(run.paired).toEqual([{ item: 0 }]);
	});

	test('simplifies the answer by default', async () => {
		const run = await env.run(createParameters());
		expect(run.error).toBeUndefined();
		const stored = env.state.expenses.last();
		expect(run.items[0]).toMatchObject({ expenseId: stored.expenseId, expenseNo: stored.expenseNo, totalBaht: 5550.5 });
		expect(run.items[0].expenseDetails).toBeUndefined();
	});

	test('rejects bad lines, dates and missing values, sending nothing', async () => {
		await env.expectRejected(createParameters({ subject: '={{ "" }}' }), /Subject is required/);
		await env.expectRejected(createParameters({ expenseLines: {} }), /Expense Lines are required/);
		await env.expectRejected(
			createParameters({ expenseLines: { line: [{ expenseTypeId: 1003, amount: 10, milesStart: 200, milesEnd: 100 }] } }),
			/Expense line 1: Miles Start must be less than Miles End/,
		);
		await env.expectRejected(
			createParameters({ expenseLines: { line: [{ expenseTypeId: 1004, amount: '={{ "lots" }}' }] } }),
			/Expense line 1: Amount must be a number/,
		);
		await env.expectRejected(
			createParameters({ expenseLines: { line: [{ expenseTypeId: 1005, amount: 1, trainingTitle: ' ' }] } }),
			/Training Title is required/,
		);
		await env.expectRejected(
			createParameters({ expenseLines: { line: [{ expenseTypeId: 1001, amount: 1, night: 1.5 }] } }),
			/Nights must be a whole number/,
		);
		await env.expectRejected(createParameters({ additionalFields: { dateTransaction: '31/12/2025' } }), /Date is not a valid date/);
		await env.expectRejected(createParameters({ additionalFields: { attachments: '[{' } }), /Attachments \(JSON\) is not valid JSON/);
	});

	test('with Continue On Fail, a bad item becomes an error item and the others are created', async () => {
		const before = env.state.expenses.size;
		const run = await env.run(
			createParameters({
				subject: '={{ $json.subject }}',
				expenseLines: { line: [{ expenseTypeId: 1004, amount: '={{ $json.amount }}' }] },
				additionalFields: {},
			}),
			{
				items: [
					{ subject: 'Lunch', amount: 300 },
					{ subject: 'Dinner', amount: 'n/a' },
					{ subject: 'Snacks', amount: '45.5' },
				],
				continueOnFail: true,
			},
		);
		expect(run.error).toBeUndefined();
		expect(run.items).toHaveLength(3);
		expect(run.items[0].subject).toBe('Lunch');
		expect(run.items[1].error).toMatch(/Amount must be a number/);
		expect(run.items[2].subject).toBe('Snacks');
		expect(run.paired).toEqual([{ item: 0 }, { item: 1 }, { item: 2 }]);
		expect(run.requests.map((r) => r.body.ExpenseDetails[0].amount)).toEqual([300, 45.5]);
		expect(env.state.expenses.size).toBe(before + 2);
	});
});

describe('Update', () => {
	opTest('expense', 'update', 'replaces subject and lines of an editable expense', async () => {
		const target = editable();
		const detailId = target.expenseDetails[0].expenseDetailId;
		const run = await env.run({
			resource: 'expense',
			operation: 'update',
			expenseId: String(target.expenseId),
			expenseLines: { line: [{ expenseTypeId: 1004, amount: 99, note: 'Parking', expenseDetailId: detailId }] },
			updateFields: { subject: 'Updated visit', remark: 'fixed' },
			simplify: false,
		});
		expect(run.error).toBeUndefined();
		expect(run.requests.map((r) => `${r.method} ${r.path}`)).toEqual([
			`GET /v1/expenses/${target.expenseId}`,
			`PUT /v1/Expenses/${target.expenseId}`,
		]);
		const request = run.requests[1];
		expect(request.body).toMatchObject({
			ExpenseDetails: [{ expenseTypeId: 1004, amount: 99, expenseDetailId: detailId, note: 'Parking' }],
			subject: 'Updated visit',
			remark: 'fixed',
		});
		const stored = env.state.expenses.get(target.expenseId);
		expect(stored).toMatchObject({ subject: 'Updated visit', remark: 'fixed', totalBaht: 99 });
		expect(run.items).toEqual([stored]);
		expect(run.paired).toEqual([{ item: 0 }]);
	});

	test('rejects an expense id that is not a whole number (no path tricks), sending nothing', async () => {
		const base = { resource: 'expense', operation: 'update', updateFields: { subject: 'x' } };
		await env.expectRejected({ ...base, expenseId: '1/../2' }, /Expense ID must be a whole number above 0/);
		await env.expectRejected({ ...base, expenseId: '5?x#y' }, /Expense ID must be a whole number above 0/);
		await env.expectRejected({ ...base, expenseId: '={{ "" }}' }, /Expense ID is required/);
	});
});

describe('Get', () => {
	opTest('expense', 'get', 'gets an expense by id, unwrapping the {data:{value}} answer', async () => {
		const target = expenses()[0];
		const run = await env.run({ resource: 'expense', operation: 'get', expenseId: String(target.expenseId), simplify: false });
		env.expectOneRequest(run, 'GET', `/v1/expenses/${target.expenseId}`);
		expect(run.items).toEqual([env.state.expenses.get(target.expenseId)]);
		expect(run.paired).toEqual([{ item: 0 }]);
	});

	test('simplifies by default and turns an unknown id into an error item with Continue On Fail', async () => {
		const target = expenses()[1];
		const run = await env.run(
			{ resource: 'expense', operation: 'get', expenseId: '={{ $json.id }}' },
			{ items: [{ id: target.expenseId }, { id: 999999 }], continueOnFail: true },
		);
		expect(run.items[0]).toEqual({
			expenseId: target.expenseId,
			expenseNo: target.expenseNo,
			subject: target.subject,
			statusId: target.statusId,
			statusName: target.statusName,
			dateTransaction: target.dateTransaction,
			totalBaht: target.totalBaht,
			...(target.activityId === undefined ? {} : { activityId: target.activityId }),
			remark: target.remark,
			dateCreated: target.dateCreated,
			dateUpdated: target.dateUpdated,
		});
		expect(run.items[1].error).toMatch(/999999 was not found/);
		expect(run.paired).toEqual([{ item: 0 }, { item: 1 }]);
	});
});

describe('Get Many', () => {
	opTest('expense', 'getMany', 'sends the filters once and returns every match with Return All', async () => {
		const run = await env.run({ resource: 'expense', operation: 'getMany', returnAll: true, simplify: false });
		const request = env.expectOneRequest(run, 'POST', '/v1/expenses/enquiry');
		expect(request.body).toEqual({ expenseTypeId: 0 });
		expect(run.items.map((e) => e.expenseId)).toEqual(expenses().map((e) => e.expenseId));
		expect(run.paired.every((p) => p.item === 0)).toBe(true);
	});

	test('applies Limit to the answer', async () => {
		const run = await env.run({ resource: 'expense', operation: 'getMany', limit: 3 });
		expect(run.error).toBeUndefined();
		expect(run.requests).toHaveLength(1);
		expect(run.requests[0].body.skip).toBeUndefined();
		expect(run.requests[0].body.take).toBeUndefined();
		expect(run.items.map((e) => e.expenseId)).toEqual(expenses().slice(0, 3).map((e) => e.expenseId));
	});

	test('sends type, status, staff, text and date filters', async () => {
		const sample = expenses().find((e) => e.expenseDetails.some((d) => d.expenseTypeId === 1003)) ?? expenses()[0];
		const type = sample.expenseDetails[0].expenseTypeId;
		const run = await env.run({
			resource: 'expense',
			operation: 'getMany',
			returnAll: true,
			expenseTypeId: type,
			filters: {
				statusIds: `${sample.statusId}, 999`,
				staffCodes: sample.staffCode,
				dateStart: '2020-01-01T00:00:00+07:00',
				dateEnd: '2030-01-01',
				searchText: sample.subject,
			},
		});
		expect(run.error).toBeUndefined();
		expect(run.requests[0].body).toEqual({
			expenseTypeId: type,
			statusIds: [String(sample.statusId), '999'],
			staffCodes: [sample.staffCode],
			dateStart: '2020-01-01T00:00:00+0700',
			dateEnd: expect.stringMatching(/^2030-01-01T00:00:00[+-]\d{4}$/),
			searchText: sample.subject,
		});
		expect(run.items.map((e) => e.expenseId)).toContain(sample.expenseId);
		for (const item of run.items) {
			const stored = env.state.expenses.get(item.expenseId);
			expect(stored.staffCode).toBe(sample.staffCode);
			expect(stored.expenseDetails.some((d) => d.expenseTypeId === type)).toBe(true);
		}
	});

	test('rejects an unparsable date filter, sending nothing', async () => {
		await env.expectRejected(
			{ resource: 'expense', operation: 'getMany', filters: { dateStart: 'yesterday' } },
			/Date From is not a valid date/,
		);
	});
});
