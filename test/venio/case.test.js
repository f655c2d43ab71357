'use strict';
// Case: Create (Add Case), Update (Edit Case by CaseNo), Get (by case number), Get Many Categories,
// and the Case dropdowns (categories, assignees by user ID).
const { opTest, useVenio, byCode, byNumber } = require('./support');

const env = useVenio();

function caseParameters(operation, overrides = {}) {
	const [assignee] = env.activeEmployees();
	return {
		resource: 'case',
		operation,
		subject: 'Device not charging',
		categoryId: 2140016587,
		dateCase: '2026-11-27T09:30:00+07:00',
		dateDue: '2026-11-30T18:00:00+07:00',
		assignedToUserId: assignee.userId,
		...overrides,
	};
}

describe('Case › Create', () => {
	opTest('case', 'create', 'opens a case with customer, links and assignee', async () => {
		const [, assignee] = env.activeEmployees();
		const customerCode = env.state.customers.order[2];
		const deals = env.state.deals.rows().slice(0, 2);
		const activities = env.state.activities.rows().slice(0, 1);
		const before = env.state.cases.size;
		const run = await env.run(
			caseParameters('create', {
				caseType: 2,
				customer: byCode(customerCode),
				assignedToUserId: assignee.userId,
				additionalFields: {
					dealNos: deals.map((d) => d.dealNo).join(', '),
					activityNos: activities[0].activityNo,
					note: 'Customer called twice',
				},
			}),
		);
		const request = env.expectOneRequest(run, 'POST', '/v1/case');
		expect(request.body).toEqual({
			caseType: 2,
			subject: 'Device not charging',
			categoryId: 2140016587,
			dateCase: '2026-11-27T09:30:00+0700',
			dateDue: '2026-11-30T18:00:00+0700',
			assignedToUserId: assignee.userId,
			customerCode,
			dealNos: deals.map((d) => d.dealNo),
			activityNos: [activities[0].activityNo],
			note: 'Customer called twice',
		});
		expect(env.state.cases.size).toBe(before + 1);
		const stored = env.state.cases.last();
		expect(stored.caseTypeName).toBe('For Your Information');
		expect(stored.categoryName).toBe('Delivery');
		expect(stored.assignedToStaffCode).toBe(assignee.staffCode);
		expect(stored.customerCode).toBe(customerCode);
		expect(run.items).toEqual([stored]);
		expect(run.paired).toEqual([{ item: 0 }]);
	});

	test('without a customer, no customerCode is sent', async () => {
		const run = await env.run(caseParameters('create', { caseType: 1 }));
		expect(run.error).toBeUndefined();
		expect(Object.keys(run.requests[0].body).sort()).toEqual(
			['assignedToUserId', 'caseType', 'categoryId', 'dateCase', 'dateDue', 'subject'].sort(),
		);
		expect(env.state.cases.last().customerCode).toBeNull();
	});

	test('bad input fails before anything is sent', async () => {
		// Blank required values arrive through expressions (a literal blank is stopped by n8n itself).
		const cases = [
			[{ subject: '={{ "   " }}' }, /Subject is required/],
			[{ dateDue: 'soon' }, /Due Date is not a valid date/],
			[{ dateCase: '={{ $json.missing }}' }, /Case Date is required/],
			[{ assignedToUserId: '={{ "" }}' }, /Assigned To is required/],
			[{ categoryId: '={{ "billing" }}' }, /Category must be a whole number above 0/],
		];
		for (const [overrides, message] of cases) {
			const run = await env.run(caseParameters('create', { caseType: 1, ...overrides }));
			expect(run.error?.message).toMatch(message);
			expect(run.requests).toEqual([]);
		}
	});

	test('with Continue On Fail, an unknown category and a bad date become error items', async () => {
		const run = await env.run(
			caseParameters('create', {
				caseType: 1,
				categoryId: '={{ $json.category }}',
				dateDue: '={{ $json.due }}',
			}),
			{
				items: [
					{ category: 2140016585, due: '2026-12-01T10:00:00+07:00' },
					{ category: 1, due: '2026-12-01T10:00:00+07:00' },
					{ category: 2140016585, due: 'tomorrow-ish' },
				],
				continueOnFail: true,
			},
		);
		expect(run.error).toBeUndefined();
		expect(run.requests).toHaveLength(2);
		expect(run.items[0].caseNo).toMatch(/^T\d{9}$/);
		expect(run.items[1].error).toBeDefined();
		expect(`${run.items[1].error} ${run.items[1].description}`).toMatch(
			/Case category 1 was not found/,
		);
		expect(run.items[2].error).toBe('Due Date is not a valid date');
		expect(run.paired).toEqual([{ item: 0 }, { item: 1 }, { item: 2 }]);
	});
});

describe('Case › Update', () => {
	opTest('case', 'update', 'edits a case by number, sending customerCode', async () => {
		const existing = env.recordAt('cases', 0);
		const [, , assignee] = env.activeEmployees();
		const customerCode = env.state.customers.order[5];
		const run = await env.run({
			resource: 'case',
			operation: 'update',
			case: byNumber(existing.caseNo),
			customer: byCode(customerCode),
			updateFields: {
				subject: 'Device not charging - replaced',
				categoryId: 2140016585,
				dateCase: '2026-11-27T09:30:00+07:00',
				dateDue: '2026-11-30T18:00:00+07:00',
				assignedToUserId: assignee.userId,
				note: 'Replacement shipped',
			},
		});
		expect(run.error).toBeUndefined();
		expect(run.requests.map((r) => `${r.method} ${r.path}`)).toEqual([
			`GET /v1/case/${existing.caseNo}`,
			`PUT /v1/case/${existing.caseNo}`,
		]);
		const request = run.requests[1];
		env.expectAuthHeaders(request);
		expect(request.body).toEqual({
			subject: 'Device not charging - replaced',
			categoryId: 2140016585,
			dateCase: '2026-11-27T09:30:00+0700',
			dateDue: '2026-11-30T18:00:00+0700',
			assignedToUserId: assignee.userId,
			customerCode,
			activityNos: existing.activityNos,
			dealNos: existing.dealNos,
			note: 'Replacement shipped',
		});
		expect(request.body).not.toHaveProperty('customerNo');
		expect(request.body).not.toHaveProperty('caseType');
		const stored = env.state.cases.get(existing.caseNo);
		expect(stored.subject).toBe('Device not charging - replaced');
		expect(stored.customerCode).toBe(customerCode);
		expect(stored.assignedToStaffCode).toBe(assignee.staffCode);
		expect(run.items).toEqual([stored]);
		expect(run.paired).toEqual([{ item: 0 }]);
	});

	opTest('case', 'update', 'keeps what was not set: only a new note leaves the rest of the case as it was', async () => {
		const existing = env.state.cases.rows().find((c) => c.customerCode && c.dealNos.length > 0) ?? env.recordAt('cases', 1);
		const before = { ...existing };
		const run = await env.run({
			resource: 'case',
			operation: 'update',
			case: byNumber(existing.caseNo),
			updateFields: { note: 'Called back' },
		});
		expect(run.error).toBeUndefined();
		const after = env.state.cases.get(existing.caseNo);
		expect(after.note).toBe('Called back');
		for (const field of ['subject', 'categoryId', 'dateCase', 'dateDue', 'assignedToUserId', 'customerCode', 'activityNos', 'dealNos']) {
			expect([field, after[field]]).toEqual([field, before[field]]);
		}
	});

	test('a missing case number fails before anything is sent', async () => {
		const run = await env.run({ resource: 'case', operation: 'update', case: byNumber('={{ " " }}') });
		expect(run.error?.message).toBe('Case is required');
		expect(run.requests).toEqual([]);
	});
});

describe('Case › Get', () => {
	opTest('case', 'get', 'gets a case by its number', async () => {
		const existing = env.recordAt('cases', 1);
		const run = await env.run({
			resource: 'case',
			operation: 'get',
			case: byNumber(existing.caseNo),
		});
		env.expectRequest(run, 'GET', `/v1/case/${existing.caseNo}`);
		expect(run.items).toEqual([existing]);
		expect(run.paired).toEqual([{ item: 0 }]);
	});

	test('a case number with / ? # stays one path segment', async () => {
		const run = await env.run({
			resource: 'case',
			operation: 'get',
			case: byNumber('T25/02?x=1#frag'),
		});
		expect(run.requests).toHaveLength(1);
		expect(run.requests[0].path).toBe('/v1/case/T25%2F02%3Fx%3D1%23frag');
		expect(run.requests[0].query).toEqual({});
		expect(`${run.error.message} ${run.error.description}`).toMatch(
			/Case T25\/02\?x=1#frag was not found/,
		);
	});

	test('a case number of dots fails before anything is sent (it would walk the path)', async () => {
		for (const value of ['..', '.']) {
			const run = await env.run({ resource: 'case', operation: 'get', case: byNumber(value) });
			expect(run.error?.message).toMatch(/not a valid key: a value made only of dots/);
			expect(run.error?.context?.itemIndex).toBe(0);
			expect(run.requests).toEqual([]);
		}
	});

	test('with Continue On Fail, an unknown case is an error item between good ones', async () => {
		const [a, b] = env.state.cases.order;
		const run = await env.run(
			{ resource: 'case', operation: 'get', case: byNumber('={{ $json.no }}') },
			{ items: [{ no: a }, { no: 'T000000000' }, { no: b }], continueOnFail: true },
		);
		expect(run.items[0].caseNo).toBe(a);
		expect(run.items[1].error).toBeDefined();
		expect(run.items[2].caseNo).toBe(b);
		expect(run.paired).toEqual([{ item: 0 }, { item: 1 }, { item: 2 }]);
	});
});

describe('Case › Get Many Categories', () => {
	opTest('case', 'getManyCategories', 'lists the case categories, with Limit', async () => {
		const run = await env.run({
			resource: 'case',
			operation: 'getManyCategories',
			returnAll: true,
		});
		expect(run.error).toBeUndefined();
		expect(run.requests.map((r) => `${r.method} ${r.path}`)).toEqual(['GET /v1/case/categories']);
		env.expectAuthHeaders(run.requests[0]);
		expect(run.items).toEqual(env.state.caseCategories);
		expect(run.paired).toEqual(env.state.caseCategories.map(() => ({ item: 0 })));

		const limited = await env.run({ resource: 'case', operation: 'getManyCategories', limit: 3 });
		expect(limited.items).toEqual(env.state.caseCategories.slice(0, 3));
	});
});

describe('Case dropdowns', () => {
	test('categories load from the account, sorted by name', async () => {
		const { result, requests } = await env.dropdown('loadOptions', 'getCaseCategories', {
			parameters: {
				resource: 'case',
				operation: 'create',
			},
		});
		expect(requests.map((r) => `${r.method} ${r.path}`)).toEqual(['GET /v1/case/categories']);
		env.expectAuthHeaders(requests[0]);
		expect(result).toEqual(
			env.state.caseCategories
				.map((c) => ({ name: c.categoryName, value: c.categoryId }))
				.sort((x, y) => x.name.localeCompare(y.name)),
		);
	});

	test('assignees come from the shared employee dropdown, valued by user ID', async () => {
		const { result, requests } = await env.dropdown('loadOptions', 'getEmployeeUsers', {
			parameters: {
				resource: 'case',
				operation: 'create',
			},
		});
		expect(requests[0].path.toLowerCase()).toBe('/v1/employees/enquiry');
		const userIds = env.state.employees
			.rows()
			.map((e) => e.userId)
			.sort();
		expect(result.map((o) => o.value).sort()).toEqual(userIds);
	});
});
