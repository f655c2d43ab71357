'use strict';
// Employee: Get and Get Many, plus the employee dropdowns (searchEmployees for "From list"
// locators such as customer owners, getEmployees / getEmployeeUsers for multi-selects).
const { opTest, useVenio, byCode, fromList, pick, plain } = require('./support');

// More employees than one dropdown page (50), so paging is exercised.
const env = useVenio({ seed: { employees: 120, customers: 10 } });

const employees = () => [...env.state.employees.values()];

const SUMMARY = ['userId', 'staffCode', 'fullname', 'nickname', 'position', 'teamId', 'teamName', 'role', 'phoneNumber', 'isActive'];
const summary = (e) => pick(e, SUMMARY);
const ENQUIRY_DEFAULTS = { employeeType: null, teamId: null, status: null, keyWord: '', orderBy: 0, type: null };

describe('Employee › Get', () => {
	opTest('employee', 'get', 'gets an employee by staff code, simplified or raw', async () => {
		const employee = env.recordAt('employees', 4);
		const run = await env.run({ resource: 'employee', operation: 'get', employee: byCode(employee.staffCode) });
		env.expectOneRequest(run, 'GET', `/v1/Employees/${employee.staffCode}`);
		expect(run.items).toEqual([summary(employee)]);
		expect(run.paired).toEqual([{ item: 0 }]);

		const raw = await env.run({ resource: 'employee', operation: 'get', employee: fromList(employee.staffCode), simplify: false });
		expect(raw.items).toEqual([plain(employee)]);
	});

	test('a staff code with / ? # stays one path segment', async () => {
		const run = await env.run({ resource: 'employee', operation: 'get', employee: byCode('EMP/1?x#2') }, { continueOnFail: true });
		expect(run.requests.map((r) => r.path)).toEqual(['/v1/Employees/EMP%2F1%3Fx%232']);
		expect(run.items[0].error).toMatch(/EMP\/1\?x#2 was not found/);
		expect(run.paired).toEqual([{ item: 0 }]);
	});

	test('a missing staff code is rejected before sending', async () => {
		await env.expectRejected({ resource: 'employee', operation: 'get', employee: byCode('={{ $json.absent }}') }, /Employee is required/);
	});

	test('Continue On Fail: an unknown employee becomes an error item, the others pass', async () => {
		const [a, b] = [env.recordAt('employees', 0), env.recordAt('employees', 1)];
		const run = await env.run(
			{ resource: 'employee', operation: 'get', employee: byCode('={{ $json.code }}') },
			{ items: [{ code: a.staffCode }, { code: 'NOPE' }, { code: b.staffCode }], continueOnFail: true },
		);
		expect(run.items.map((i) => i.staffCode ?? 'error')).toEqual([a.staffCode, 'error', b.staffCode]);
		expect(run.items[1].error).toMatch(/NOPE was not found/);
		expect(run.paired).toEqual([{ item: 0 }, { item: 1 }, { item: 2 }]);
	});
});

describe('Employee › Get Many', () => {
	opTest('employee', 'getMany', 'returns all employees across pages, or up to Limit', async () => {
		// One page at a time, so the requests can be listed in order (parallel.test.js reads ahead).
		const all = await env.run({ resource: 'employee', operation: 'getMany', returnAll: true, options: { parallelRequests: 1 } });
		expect(all.error).toBeUndefined();
		expect(all.items).toEqual(employees().map(summary));
		expect(all.requests.map((r) => [r.method, r.path])).toEqual([
			['POST', '/v1/Employees/Enquiry'],
			['POST', '/v1/Employees/Enquiry'],
			['POST', '/v1/Employees/Enquiry'],
		]);
		expect(all.requests.map((r) => r.body)).toEqual([
			{ ...ENQUIRY_DEFAULTS, pageLength: 100, skip: 0 },
			{ ...ENQUIRY_DEFAULTS, pageLength: 100, skip: 100 },
			{ ...ENQUIRY_DEFAULTS, pageLength: 100, skip: employees().length },
		]);
		all.requests.forEach(env.expectAuthHeaders);

		const limited = await env.run({ resource: 'employee', operation: 'getMany', limit: 7, simplify: false });
		expect(limited.requests.map((r) => r.body)).toEqual([{ ...ENQUIRY_DEFAULTS, pageLength: 7, skip: 0 }]);
		expect(limited.items).toEqual(employees().slice(0, 7).map(plain));
		expect(limited.paired).toHaveLength(7);
		expect(limited.paired.every((p) => p.item === 0)).toBe(true);
	});

	test('sends the keyword (keyWord) and team filters', async () => {
		const target = env.recordAt('employees', 8);
		const run = await env.run({
			resource: 'employee',
			operation: 'getMany',
			returnAll: true,
			filters: { keyWord: ` ${target.lastname} `, teamId: target.teamId },
		});
		expect(run.requests[0].body).toEqual({ ...ENQUIRY_DEFAULTS, keyWord: target.lastname, teamId: target.teamId, pageLength: 100, skip: 0 });
		const expected = employees().filter(
			(e) => e.teamId === target.teamId && [e.fullname, e.staffCode, e.nickname, e.username].some((v) => String(v).toLowerCase().includes(target.lastname.toLowerCase())),
		);
		expect(run.items.map((e) => e.staffCode)).toEqual(expected.map((e) => e.staffCode));
		expect(run.items.map((e) => e.staffCode)).toContain(target.staffCode);
	});

	test('a team ID that is not a number is rejected before sending', async () => {
		await env.expectRejected({ resource: 'employee', operation: 'getMany', filters: { teamId: '={{ "sales" }}' } }, /Team ID must be a whole number above 0/);
	});
});

describe('Employee dropdowns', () => {
	test('searchEmployees lists staff codes a page at a time and searches by keyword', async () => {
		const first = await env.method('listSearch', 'searchEmployees', {});
		expect(first.results).toEqual(
			employees().slice(0, 50).map((e) => ({ name: `${e.fullname} (${e.staffCode})`, value: e.staffCode })),
		);
		expect(first.paginationToken).toBe('50');
		const second = await env.method('listSearch', 'searchEmployees', { paginationToken: first.paginationToken });
		expect(second.results.map((r) => r.value)).toEqual(employees().slice(50, 100).map((e) => e.staffCode));
		const last = await env.method('listSearch', 'searchEmployees', { paginationToken: '100' });
		expect(last.results.map((r) => r.value)).toEqual(employees().slice(100).map((e) => e.staffCode));
		// A short page is not taken for the end (Venio may serve fewer than asked); an empty one is.
		expect(last.paginationToken).toBe(String(employees().length));
		const after = await env.method('listSearch', 'searchEmployees', { paginationToken: last.paginationToken });
		expect(after).toEqual({ results: [], paginationToken: undefined });

		env.sandbox.resetStats();
		const target = env.recordAt('employees', 3);
		const found = await env.method('listSearch', 'searchEmployees', { filter: target.staffCode });
		expect(found.results).toEqual([{ name: `${target.fullname} (${target.staffCode})`, value: target.staffCode }]);
		const [request] = env.sandbox.stats.requests.filter((r) => r.operationId === 'employeesEnquiry');
		expect(request.body).toEqual({ ...ENQUIRY_DEFAULTS, keyWord: target.staffCode, skip: 0, pageLength: 50 });
		env.expectAuthHeaders(request);
	});

	test('getEmployees loads every employee by staff code, sorted by name', async () => {
		const options = await env.method('loadOptions', 'getEmployees');
		expect(options).toHaveLength(employees().length);
		expect(options.map((o) => o.name)).toEqual([...options.map((o) => o.name)].sort((a, b) => a.localeCompare(b)));
		const target = env.recordAt('employees', 10);
		expect(options).toContainEqual({
			name: `${target.fullname} (${target.staffCode})`,
			value: target.staffCode,
			description: `${target.position}, ${target.teamName}`,
		});
	});

	test('getEmployeeUsers loads employees by user ID', async () => {
		const options = await env.method('loadOptions', 'getEmployeeUsers');
		expect(new Set(options.map((o) => o.value))).toEqual(new Set(employees().map((e) => e.userId)));
		const target = env.recordAt('employees', 2);
		expect(options.find((o) => o.value === target.userId).name).toBe(`${target.fullname} (${target.userId})`);
	});

	test('customer owners picked with searchEmployees are sent as staff codes', async () => {
		const [a, b] = [env.recordAt('employees', 0), env.recordAt('employees', 1)];
		const run = await env.run({
			resource: 'customer',
			operation: 'upsert',
			customerName: 'Owner Check Co',
			customerState: 3,
			owners: { owner: [{ employee: fromList(a.staffCode) }, { employee: byCode(b.staffCode) }] },
		});
		expect(run.error).toBeUndefined();
		expect(run.requests[0].body.owners).toEqual([a.staffCode, b.staffCode]);
		expect(env.state.customers.get(run.items[0].customerCode).customerOwnersStr).toEqual([a.staffCode, b.staffCode]);
	});
});
