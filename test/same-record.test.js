'use strict';
// Items of one run that change the same record, with Parallel Requests left at its default: an
// update that reads its record first must read what the earlier item wrote, or it sends the old
// values back and undoes that item. Through n8n-core's engine against the sandbox, with latency so
// that reads and writes overlap unless the node orders them.
const { startSandbox } = require('./sandbox');
const { Engine, venioWorkflow } = require('./harness/engine');

let sandbox;
let engine;
let credentials;
beforeAll(async () => {
	sandbox = await startSandbox({ seed: { customers: 20 } });
	engine = new Engine();
	credentials = engine.addVenioCredential(sandbox.credentials);
});
afterAll(async () => {
	await sandbox.stop();
});
beforeEach(() => sandbox.network({ latencyMs: 20 }));
afterEach(() => {
	sandbox.faults.clear();
	sandbox.network({ latencyMs: 0 });
});

const first = (collection) => {
	const { order } = sandbox.state[collection];
	return sandbox.state[collection].get(order[0]);
};
const byId = (value) => ({ __rl: true, mode: 'id', value: String(value) });
const byNumber = (value) => ({ __rl: true, mode: 'number', value });
const byCode = (value) => ({ __rl: true, mode: 'code', value });
const CHANGE = '={{ $json.change }}';
/** What the sandbox lets an update change: expense statuses, and the quotation statuses it refuses. */
const EXPENSE_EDITABLE = new Set([301, 302, 304]);
const COMPLETED = 5;
const CANCELLED = 7;

async function run(parameters, items, continueOnFail = false) {
	sandbox.resetStats();
	const result = await engine.run(venioWorkflow({ items, parameters, credentials, continueOnFail }));
	const calls = sandbox.stats.requests.filter((r) => r.operationId !== 'authorizationToken');
	return { result, out: result.items.Venio ?? [], calls };
}

/**
 * Each update that reads its record first: where its record is kept in the sandbox (`collection`,
 * by `key`), the field it changes there, the records it may change (`accepts`, all by default),
 * and its parameters for that record with the change as CHANGE.
 */
const UPDATES = [
	{
		title: 'Deal › Update',
		collection: 'deals',
		key: 'dealsId',
		field: 'dealsName',
		parameters: (deal) => ({
			resource: 'deal',
			operation: 'update',
			deal: byId(deal.dealsId),
			updateFields: { dealName: CHANGE },
		}),
	},
	{
		title: 'Case › Update',
		collection: 'cases',
		key: 'caseNo',
		field: 'subject',
		parameters: (found) => ({
			resource: 'case',
			operation: 'update',
			case: byNumber(found.caseNo),
			updateFields: { subject: CHANGE },
		}),
	},
	{
		title: 'Expense › Update',
		collection: 'expenses',
		key: 'expenseId',
		field: 'subject',
		accepts: (expense) => EXPENSE_EDITABLE.has(expense.statusId),
		parameters: (expense) => ({
			resource: 'expense',
			operation: 'update',
			expenseId: String(expense.expenseId),
			updateFields: { subject: CHANGE },
		}),
	},
	{
		title: 'Customer › Update Event',
		collection: 'customerEvents',
		key: 'eventId',
		field: 'eventName',
		parameters: (event) => ({
			resource: 'customer',
			operation: 'updateEvent',
			eventId: event.eventId,
			customer: byCode(
				[...sandbox.state.customers.values()].find((c) => c.customerId === event.customerId)
					.customerCode,
			),
			updateFields: { eventName: CHANGE },
		}),
	},
	{
		title: 'Customer › Create or Update',
		collection: 'customers',
		key: 'customerCode',
		field: 'customerName',
		parameters: (customer) => ({
			resource: 'customer',
			operation: 'upsert',
			upsertMode: 'update',
			customer: byCode(customer.customerCode),
			customerName: CHANGE,
		}),
	},
	{
		title: 'Quotation › Create or Update',
		collection: 'quotations',
		key: 'quotationNo',
		field: 'quotationSubject',
		accepts: (quotation) => ![COMPLETED, CANCELLED].includes(quotation.quotationStatus),
		parameters: (quotation) => ({
			resource: 'quotation',
			operation: 'upsert',
			inputMode: 'fields',
			upsertMode: 'update',
			quotation: byNumber(quotation.quotationNo),
			quotationSubject: CHANGE,
			// Venio needs one on every edit, and the seeded quotations have none.
			additionalFields: { referenceNo: 'REF-1' },
		}),
	},
	{
		title: 'Sales Order › Create or Update',
		collection: 'salesOrders',
		key: 'salesOrderNo',
		field: 'salesOrderSubject',
		parameters: (order) => ({
			resource: 'salesOrder',
			operation: 'upsert',
			inputMode: 'fields',
			upsertMode: 'update',
			salesOrder: byNumber(order.salesOrderNo),
			salesOrderSubject: CHANGE,
		}),
	},
];

/** The first record an update of the table may change. */
const recordFor = ({ collection, accepts = () => true }) =>
	[...sandbox.state[collection].values()].find(accepts);

/** The changed field of that record as the sandbox holds it now. */
const storedValue = ({ collection, key, field }, record) =>
	sandbox.state[collection].get(record[key])[field];

describe('items that change the same record go in input order', () => {
	test.each(UPDATES.map((update) => [update.title, update]))(
		'%s: the item after reads what the one before wrote, and keeps it',
		async (_title, update) => {
			const record = recordFor(update);
			expect(record).toBeDefined();
			const changed = `Changed by item 0 of ${update.title}`;
			// Item 1 changes nothing: it reads the record and sends its values back as they are.
			// Read before item 0's write, it would send the old value back and undo item 0.
			const { result, calls } = await run(update.parameters(record), [
				{ change: changed },
				{ change: '' },
			]);
			expect(result.error).toBeUndefined();
			expect(storedValue(update, record)).toBe(changed);
			const writes = calls.filter((c) => c.method !== 'GET');
			expect(writes).toHaveLength(2);
			// Item 1's first read started after item 0's write was answered.
			const item1Reads = calls.filter((c) => c.method === 'GET' && c.start >= writes[0].end);
			expect(item1Reads.length).toBeGreaterThan(0);
			expect(calls.filter((c) => c.start < writes[0].end && c.start > writes[0].start)).toEqual([]);
		},
	);

	test('items for other records still read together', async () => {
		const deals = sandbox.state.deals.order.slice(0, 12);
		const items = deals.flatMap((id) => [{ id: String(id), change: `New ${id}` }]);
		// Every other deal twice: the second of a pair waits, the others do not.
		items.push(...deals.slice(0, 6).map((id) => ({ id: String(id), change: `Again ${id}` })));
		const { result, calls } = await run(
			{
				resource: 'deal',
				operation: 'update',
				deal: { __rl: true, mode: 'id', value: '={{ $json.id }}' },
				updateFields: { dealName: CHANGE },
			},
			items,
		);
		expect(result.error).toBeUndefined();
		const reads = calls.filter((c) => c.method === 'GET');
		const together = Math.max(
			...reads.map((r) => reads.filter((o) => o.start <= r.start && o.end > r.start).length),
		);
		expect(together).toBeGreaterThanOrEqual(12);
		// The last item for each deal won, in input order.
		for (const [i, id] of deals.entries()) {
			expect(sandbox.state.deals.get(id).dealsName).toBe(i < 6 ? `Again ${id}` : `New ${id}`);
		}
	});

	test('an earlier item Venio refuses does not hold the next one: with Continue On Fail it reads and writes', async () => {
		const deal = first('deals');
		sandbox.faults.add({ method: 'PUT', path: `/v1/deals/${deal.dealsId}`, kind: 'echo', status: 400, times: 1 });
		const { result, out, calls } = await run(
			{
				resource: 'deal',
				operation: 'update',
				deal: byId(deal.dealsId),
				updateFields: { dealName: CHANGE },
			},
			[{ change: 'Refused' }, { change: 'Accepted' }],
			true,
		);
		expect(result.error).toBeUndefined();
		expect(out[0].error).toBeDefined();
		expect(out[1].error).toBeUndefined();
		expect(sandbox.state.deals.get(deal.dealsId).dealsName).toBe('Accepted');
		expect(calls.filter((c) => c.method !== 'GET')).toHaveLength(2);
	});

	test('without Continue On Fail the run stops at the refused item: the next one for the record is never sent', async () => {
		const deal = first('deals');
		const before = sandbox.state.deals.get(deal.dealsId).dealsName;
		sandbox.faults.add({ method: 'PUT', path: `/v1/deals/${deal.dealsId}`, kind: 'echo', status: 400, times: 1 });
		const { result, calls } = await run(
			{
				resource: 'deal',
				operation: 'update',
				deal: byId(deal.dealsId),
				updateFields: { dealName: CHANGE },
			},
			[{ change: 'Refused' }, { change: 'Never sent' }, { change: 'Never sent either' }],
		);
		expect(result.error.description).toMatch(/Never sent: items 1–2/);
		expect(sandbox.state.deals.get(deal.dealsId).dealsName).toBe(before);
		expect(calls.filter((c) => c.method !== 'GET')).toHaveLength(1);
	});

	test('a stop while items wait for their turn ends the run: none of them reads or writes', async () => {
		const deal = first('deals');
		sandbox.faults.add({ method: 'PUT', path: `/v1/deals/${deal.dealsId}`, kind: 'hang', times: 1 });
		sandbox.resetStats();
		const running = engine.start(
			venioWorkflow({
				items: [{ change: 'Hangs' }, { change: 'Waits' }, { change: 'Waits too' }],
				parameters: {
					resource: 'deal',
					operation: 'update',
					deal: byId(deal.dealsId),
					updateFields: { dealName: CHANGE },
				},
				credentials,
			}),
		);
		while (!sandbox.stats.requests.some((r) => r.fault === 'hang')) {
			await new Promise((resolve) => setImmediate(resolve));
		}
		running.cancel();
		const result = await running.done;
		expect(result.run.status).toBe('canceled');
		const calls = sandbox.stats.requests.filter((r) => r.operationId !== 'authorizationToken');
		// Item 0's read and its write that never answers; items 1 and 2 sent nothing.
		expect(calls.map((c) => c.method)).toEqual(['GET', 'PUT']);
	});
});
