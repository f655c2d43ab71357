'use strict';
// Issue 8, actions and transport: nothing applied twice, nothing silently missing, no input read
// other than as typed. Each test runs the Venio node through n8n-core's WorkflowExecute against
// the sandbox, with the sandbox's faults standing in for a gateway, a proxy or a capped server.
const { Settings } = require('luxon');

const { startSandbox } = require('./sandbox');
const { Engine, venioWorkflow } = require('./harness/engine');
const { DEFAULT_PAGE_SIZE } = require('../dist/nodes/shared/transport/paging');

const PAGE_CAP = 50;
let sandbox;
let engine;
let credentials;
beforeAll(async () => {
	// A server that serves at most PAGE_CAP rows per page, whatever the page size asked for.
	sandbox = await startSandbox({ seed: { customers: 420, products: 160 }, maxPageSize: PAGE_CAP });
	engine = new Engine();
	credentials = engine.addVenioCredential(sandbox.credentials);
});
afterAll(() => sandbox.stop());
afterEach(() => sandbox.faults.clear());

/** Runs the Venio node; `settings` are the workflow's (e.g. its time zone). */
async function run(parameters, { items = [{}], settings } = {}) {
	sandbox.resetStats();
	const result = await engine.run({
		...venioWorkflow({ items, parameters, credentials }),
		settings,
	});
	const task = result.run.data.resultData.runData.Venio?.[0];
	return {
		out: result.items.Venio ?? [],
		error: result.error,
		hints: task?.hints ?? [],
		calls: sandbox.stats.requests.filter((r) => r.operationId !== 'authorizationToken'),
	};
}

const customersOfType = (type) =>
	[...sandbox.state.customers.values()].filter((c) => c.customerType === type);
const listCustomers = (extra) => ({
	resource: 'customer',
	operation: 'getMany',
	customerType: 11300,
	simplify: true,
	...extra,
});

describe('1. a write that is not idempotent is never sent twice', () => {
	test.each(['malformed', 'drop', '504', 'cut'])(
		'Update Stock after the write and a %s answer: applied once, the outcome reported unknown',
		async (kind) => {
			const code = sandbox.state.products.order[0];
			const before = sandbox.state.products.get(code).qty;
			sandbox.faults.add({ operationId: 'productStockUpdate', kind, after: true });
			const { error, calls } = await run({
				resource: 'product',
				operation: 'updateStock',
				product: { __rl: true, mode: 'code', value: code },
				qty: 5,
			});
			expect(calls).toHaveLength(1);
			expect(sandbox.state.products.get(code).qty).toBe(before + 5);
			expect(error.name).toBe('NodeApiError');
			expect(error.message).toMatch(/outcome (is )?unknown/i);
			expect(error.description).toMatch(/check in Venio whether the (product's )?stock changed/i);
			expect(error.description).toMatch(/item 0, Product › Update Stock/);
		},
	);
});

describe('2. paging cannot lose records silently', () => {
	test('Return All under a server page cap returns every record once', async () => {
		const expected = customersOfType(11300).map((c) => c.customerCode);
		expect(expected.length).toBeGreaterThan(3 * PAGE_CAP);
		// One page at a time, so the requests can be counted (parallel.test.js reads ahead under a cap).
		const { out, error, calls } = await run(
			listCustomers({ returnAll: true, options: { parallelRequests: 1 } }),
		);
		expect(error).toBeUndefined();
		expect(out.map((c) => c.customerCode)).toEqual(expected);
		// Pages of PAGE_CAP, then one empty page that says the list is over.
		expect(calls).toHaveLength(Math.ceil(expected.length / PAGE_CAP) + 1);
		expect(calls.at(-1).body.skip).toBe(expected.length);
	});

	test('a Limit above the cap is filled across capped pages', async () => {
		const limit = DEFAULT_PAGE_SIZE + 20;
		const { out, error } = await run(listCustomers({ limit }));
		expect(error).toBeUndefined();
		expect(out.map((c) => c.customerCode)).toEqual(
			customersOfType(11300)
				.slice(0, limit)
				.map((c) => c.customerCode),
		);
	});

	test('a list that ignores the offset is not repeated into the output after a short page', async () => {
		// Three conversations for a Limit of 5: the next page is asked, and the list starts over.
		const three = sandbox.state.conversations.rows().slice(0, 3);
		sandbox.faults.add({
			operationId: 'conversationEnquiry',
			kind: 'answer',
			body: { status: { code: '1000', description: 'Success' }, data: three },
			times: 2,
		});
		const { out, error, calls } = await run({ resource: 'conversation', operation: 'getMany', limit: 5 });
		expect(error).toBeUndefined();
		expect(calls.map((c) => [c.body.skip, c.body.take])).toEqual([
			[0, 5],
			[3, 2],
		]);
		expect(out.map((c) => c.conversationId)).toEqual(three.map((c) => c.conversationId));
	});

	test('Get Many by Status (no paging) returns what Venio gives and says it may be cut', async () => {
		const active = [...sandbox.state.products.values()].filter((p) => p.active !== false);
		expect(active.length).toBeGreaterThan(PAGE_CAP);
		const all = await run({ resource: 'product', operation: 'getManyByStatus', returnAll: true });
		expect(all.error).toBeUndefined();
		expect(all.out).toHaveLength(PAGE_CAP);
		expect(all.hints).toEqual([
			expect.objectContaining({ type: 'warning', message: expect.stringMatching(/may be cut/i) }),
		]);
		expect(all.hints[0].message).toMatch(new RegExp(`Get Many by Status returned ${PAGE_CAP} records`));

		// Exactly what a Limit asked for: nothing to warn about.
		const limited = await run({ resource: 'product', operation: 'getManyByStatus', limit: 3 });
		expect(limited.out).toHaveLength(3);
		expect(limited.hints).toEqual([]);
	});
});

describe('3. dates without an offset are in the workflow time zone', () => {
	const addEvent = (eventDate) => ({
		resource: 'customer',
		operation: 'addEvent',
		customer: { __rl: true, mode: 'code', value: sandbox.state.customers.order[0] },
		eventName: 'Visit',
		eventType: 1,
		eventDate,
	});

	test('a Bangkok workflow sends +0700, then a UTC one +0000, whatever luxon was left set to', async () => {
		const bangkok = await run(addEvent('={{ "2026-11-27T09:30:00" }}'), {
			settings: { timezone: 'Asia/Bangkok' },
		});
		expect(bangkok.error).toBeUndefined();
		expect(bangkok.calls[0].body.eventDate).toBe('2026-11-27T09:30:00+0700');

		const defaultZone = Settings.defaultZone;
		Settings.defaultZone = 'Asia/Tokyo'; // as another workflow's expression may leave it
		try {
			const utc = await run(addEvent('2026-11-27T09:30:00'), { settings: { timezone: 'UTC' } });
			expect(utc.error).toBeUndefined();
			expect(utc.calls[0].body.eventDate).toBe('2026-11-27T09:30:00+0000');
		} finally {
			Settings.defaultZone = defaultZone;
		}
	});

	test('a typed offset is kept; an offset no time zone has is refused', async () => {
		const kept = await run(addEvent('2026-11-27T09:30:00-03:00'), { settings: { timezone: 'Asia/Bangkok' } });
		expect(kept.calls[0].body.eventDate).toBe('2026-11-27T09:30:00-0300');

		const refused = await run(addEvent('2026-11-27T09:30:00+25:00'));
		expect(refused.calls).toEqual([]);
		expect(refused.error.name).toBe('NodeOperationError');
		expect(refused.error.message).toMatch(/Event Date/);
		expect(refused.error.description).toMatch(/\+25:00.*between -12:00 and \+14:00/);
	});
});

describe('4. a read cut off mid-body', () => {
	const getCustomer = () => ({
		resource: 'customer',
		operation: 'get',
		customer: { __rl: true, mode: 'code', value: sandbox.state.customers.order[0] },
	});

	test('is retried', async () => {
		sandbox.faults.add({ operationId: 'customerGetByCode', kind: 'cut' });
		const { out, error, calls } = await run(getCustomer());
		expect(error).toBeUndefined();
		expect(calls).toHaveLength(2);
		expect(out[0].customerCode).toBe(sandbox.state.customers.order[0]);
	});

	test('fails, after the last try, with one consistent explanation', async () => {
		sandbox.faults.add({ operationId: 'customerGetByCode', kind: 'cut', times: 50 });
		const { error, calls } = await run(getCustomer());
		expect(calls.length).toBeGreaterThan(1);
		expect(error.message).toMatch(/cut off/i);
		expect(error.message).not.toMatch(/HTTP 200/);
		expect(error.description).not.toMatch(/Could not reach/);
		expect(error.description).toMatch(/cut off on each of \d+ tries/);
	});
});

describe('5. Limit is a positive whole number', () => {
	test.each([
		['0', 0],
		['-3', -3],
		['"abc"', '={{ "abc" }}'],
		['2.5', 2.5],
		['an expression resolving to nothing', '={{ $json.absent }}'],
		['an empty expression result', '={{ "" }}'],
	])('%s is an error naming Limit, and nothing is sent', async (_name, limit) => {
		const { error, calls, out } = await run(listCustomers({ limit }));
		expect(calls).toEqual([]);
		expect(out).toEqual([]);
		expect(error.name).toBe('NodeOperationError');
		expect(error.message).toMatch(/^Limit /);
	});

	test('a Limit from an expression that is a number is used', async () => {
		const { out, calls } = await run(listCustomers({ limit: '={{ "7" }}' }));
		expect(out).toHaveLength(7);
		expect(calls[0].body.pageLength).toBe(7);
	});
});

describe('6. numbers are decimal; ids beyond 2^53 stay exact', () => {
	const stock = (qty) => ({
		resource: 'product',
		operation: 'updateStock',
		product: { __rl: true, mode: 'code', value: sandbox.state.products.order[1] },
		qty,
	});

	test.each([
		['hex', '={{ "0x10" }}'],
		['binary', '={{ "0b101" }}'],
		['an array', '={{ [7] }}'],
		['beyond 2^53', '={{ "99999999999999999999" }}'],
	])('a quantity given as %s is refused before sending', async (_name, qty) => {
		const { error, calls } = await run(stock(qty));
		expect(calls).toEqual([]);
		expect(error.name).toBe('NodeOperationError');
		expect(error.message).toMatch(/^Quantity /);
	});

	test.each([
		['a quantity beyond 2^53', { qty: '99999999999999999999' }, /^Sales Order JSON: salesOrderDetails\[0\]\.qty /],
		['a date with the offset +25:00', { date: '"2023-05-01T09:00:00+25:00"' }, /^Sales Order JSON: salesOrderDate /],
	])('a JSON-mode body with %s is refused, naming the field', async (_name, typed, field) => {
		const body = {
			salesOrderSubject: 'JSON order',
			customerCode: sandbox.state.customers.order[0],
			salesOrderDate: 'DATE',
			vatCalculation: true,
			salesOrderDetails: [{ productCode: sandbox.state.products.order[0], qty: 'QTY' }],
		};
		// Typed as JSON text: JSON.parse rounds 99999999999999999999 before any check can see it.
		const json = JSON.stringify(body)
			.replace('"QTY"', typed.qty ?? '2')
			.replace('"DATE"', typed.date ?? '"2023-05-01"');
		const { error, calls } = await run({ resource: 'salesOrder', operation: 'upsert', inputMode: 'json', salesOrderJson: json });
		expect(calls).toEqual([]);
		expect(error.name).toBe('NodeOperationError');
		expect(error.message).toMatch(field);
	});

	test('a deal id beyond 2^53 reaches the path digit for digit', async () => {
		const id = '99999999999999999999';
		const { calls } = await run({ resource: 'deal', operation: 'get', deal: { __rl: true, mode: 'id', value: id } });
		expect(calls).toHaveLength(1);
		expect(calls[0].path).toBe(`/v1/deals/${id}`);
	});
});

describe('7. data is read as data', () => {
	test('a __proto__ key in a JSON body is refused by name, never dropped', async () => {
		const { error, calls } = await run({
			resource: 'task',
			operation: 'create',
			taskJson: '{"subject":"x","__proto__":{"isAdmin":true}}',
		});
		expect(calls).toEqual([]);
		expect(error.name).toBe('NodeOperationError');
		expect(error.message).toMatch(/__proto__/);
	});

	test('a bare record with its own statusCode field is output, not read as an error', async () => {
		const record = { customerCode: 'C1', statusCode: 2, statusName: 'Suspended' };
		sandbox.faults.add({ operationId: 'customerGetByCode', kind: 'answer', body: record });
		const { out, error } = await run({
			resource: 'customer',
			operation: 'get',
			customer: { __rl: true, mode: 'code', value: 'C1' },
			simplify: false,
		});
		expect(error).toBeUndefined();
		expect(out).toEqual([record]);
	});
});
