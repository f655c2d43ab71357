'use strict';
// "Include Full Record" against the Venio sandbox: the record the event is about is loaded with the
// Venio API credential and added as `record`; when it cannot be, the item still goes out with
// `recordError`. Venio's call is answered before the record is loaded.
const { startSandbox } = require('../sandbox');
const { Engine } = require('../harness/engine');
const { serveTrigger } = require('../harness/webhook');

let sandbox;
let engine;
let credentials;
const servers = [];

async function triggerWith(parameters, nodeCredentials = credentials) {
	const trigger = await serveTrigger(engine, { parameters, credentials: nodeCredentials });
	servers.push(trigger);
	return trigger;
}

beforeAll(async () => {
	sandbox = await startSandbox();
	engine = new Engine();
	credentials = engine.addVenioCredential(sandbox.credentials);
});

afterAll(async () => {
	await Promise.all(servers.map((server) => server.stop()));
	await sandbox.stop();
});

afterEach(() => {
	sandbox.faults.clear();
});

/** Topic/event → the data key naming the record, and the record field that must equal it. */
const ENRICHED = [
	['Customer', 'Create', 'CustomerCode', 'customerCode'],
	['Customer', 'Convert', 'CustomerCode', 'customerCode'],
	['Customer', 'Merge', 'ToCustomerCode', 'customerCode'],
	['Quotation', 'Create', 'QuotationNo', 'quotationNo'],
	['Quotation', 'Revise', 'QuotationNo', 'quotationNo'],
	['SaleOrder', 'Create', 'SaleOrderNo', 'salesOrderNo'],
	['SaleOrder', 'Edit', 'SaleOrderNo', 'salesOrderNo'],
	['SaleOrder', 'Completed', 'SaleOrderNo', 'salesOrderNo'],
	['Case', 'Create', 'CaseNo', 'caseNo'],
	['Case', 'Edit', 'CaseNo', 'caseNo'],
	['Case', 'Completed', 'CaseNo', 'caseNo'],
	['Case', 'Closed', 'CaseNo', 'caseNo'],
];

test.each(ENRICHED)('%s %s: the record named by data.%s is added as "record"', async (topic, event, dataKey, recordKey) => {
	const trigger = await triggerWith({ includeFullRecord: true });
	const example = sandbox.webhookExample(topic, event);
	sandbox.resetStats();

	const response = await trigger.post(example);

	expect(response.status).toBe(200);
	expect(response.body).toEqual({ message: 'Workflow was started' });
	expect(response.items).toHaveLength(1);
	const { record, ...envelope } = response.items[0];
	expect(envelope).toEqual(example);
	expect(record[recordKey]).toBe(example.data[dataKey]);
	expect(response.items[0].recordError).toBeUndefined();
	// One authenticated GET for the record (plus the token call the first time).
	const calls = sandbox.stats.requests.filter((r) => !r.path.startsWith('/authorization'));
	expect(calls).toHaveLength(1);
	expect(calls[0]).toMatchObject({ method: 'GET', status: 200 });
	expect(decodeURIComponent(calls[0].path)).toContain(example.data[dataKey]);
});

test('the record number is found whatever the casing of its key in data', async () => {
	const trigger = await triggerWith({ includeFullRecord: true });
	const caseNo = sandbox.webhookExample('Case', 'Edit').data.CaseNo;

	const response = await trigger.post({ Topic: 'case', Event: 'Edit', Data: { caseno: caseNo } });

	expect(response.items[0].record.caseNo).toBe(caseNo);
	expect(response.items[0].data).toEqual({ caseno: caseNo });
});

test.each([
	['Expense', 'Paid'],
	['User', 'Inactive'],
	['Payroll', 'Paid'],
	['Chat', 'Message'],
	['Asset', 'Transfer'],
])('%s %s has no record to load: the item goes out as sent, without calling Venio', async (topic, event) => {
	const trigger = await triggerWith({ includeFullRecord: true });
	const example = sandbox.webhookExample(topic, event);
	sandbox.resetStats();

	const response = await trigger.post(example);

	expect(response.items).toEqual([example]);
	expect(sandbox.stats.requests).toHaveLength(0);
});

test('off (the default), nothing is loaded', async () => {
	const trigger = await triggerWith({});
	sandbox.resetStats();

	const response = await trigger.post(sandbox.webhookExample('Customer', 'Create'));

	expect(response.items[0].record).toBeUndefined();
	expect(sandbox.stats.requests).toHaveLength(0);
});

describe('when the record cannot be loaded, the event still goes out with recordError', () => {
	test('an unknown number: Venio\'s own message', async () => {
		const trigger = await triggerWith({ includeFullRecord: true });

		const response = await trigger.post({ topic: 'Customer', event: 'Create', data: { CustomerCode: 'C999999' } });

		expect(response.status).toBe(200);
		expect(response.items).toHaveLength(1);
		expect(response.items[0]).toMatchObject({ topic: 'Customer', data: { CustomerCode: 'C999999' } });
		expect(response.items[0].record).toBeUndefined();
		expect(response.items[0].recordError).toMatch(/^Could not load Customer C999999\. Venio: .*C999999.*not found/);
	});

	test('no number in data', async () => {
		const trigger = await triggerWith({ includeFullRecord: true });

		const response = await trigger.post({ topic: 'Customer', event: 'Merge', data: { FromCustomerCode: 'C000001' } });

		expect(response.items[0].recordError).toBe("The event's data has no CustomerCode or ToCustomerCode to load the record by");
	});

	test('Venio fails (HTTP 500)', async () => {
		const trigger = await triggerWith({ includeFullRecord: true });
		sandbox.faults.add({ kind: '500', operationId: 'quotationGetByNo' });

		const response = await trigger.post(sandbox.webhookExample('Quotation', 'Revise'));

		expect(response.items).toHaveLength(1);
		expect(response.items[0].recordError).toMatch(/^Could not load Quotation QT\d+\. Venio: Internal server error\. Venio was unavailable/);
	});

	test('Venio is rate-limited once: the transport retries and the record arrives', async () => {
		const trigger = await triggerWith({ includeFullRecord: true });
		sandbox.faults.add({ kind: '429', retryAfter: 0, operationId: 'caseGetByCaseNo' });
		const example = sandbox.webhookExample('Case', 'Edit');

		const response = await trigger.post(example);

		expect(response.items[0].record.caseNo).toBe(example.data.CaseNo);
	});

	test('the Venio API credential is wrong', async () => {
		const wrong = engine.credentials.add('venio-wrong', 'venioApi', {
			...engine.credentials.stored('venio-1'),
			clientSecret: 'not-the-secret',
			accessToken: '',
		});
		const trigger = await triggerWith({ includeFullRecord: true }, wrong);

		const response = await trigger.post(sandbox.webhookExample('SaleOrder', 'Completed'));

		expect(response.status).toBe(200);
		expect(response.items[0].recordError).toMatch(/^Could not load Sales order SO\d+\. .*(invalid_client|Client ID|Client Secret)/);
		expect(response.items[0].recordError).not.toContain('not-the-secret');
	});

	test('no Venio API credential is set on the node', async () => {
		const trigger = await triggerWith({ includeFullRecord: true }, {});

		const response = await trigger.post(sandbox.webhookExample('Case', 'Create'));

		expect(response.items).toHaveLength(1);
		expect(response.items[0].recordError).toMatch(/^Could not load Case .*credential/i);
	});
});

test('Venio is answered before the record is loaded, so a slow API cannot time Venio out', async () => {
	const trigger = await triggerWith({ includeFullRecord: true });
	sandbox.faults.add({ kind: 'slow', delayMs: 1000, operationId: 'customerGetByCode' });

	const response = await trigger.post(sandbox.webhookExample('Customer', 'Create'));

	expect(response.status).toBe(200);
	expect(response.answeredBy).toBe('node');
	// The answer arrived while webhook() was still loading the record.
	expect(response.receivedAt < response.call.webhookReturnedAt).toBe(true);
	expect(response.items[0].record).toBeDefined();
});

test.each(['constructor', '__proto__'])(
	'a topic named like a built-in property ("%s") starts the workflow with the event and loads nothing',
	async (topic) => {
		const trigger = await triggerWith({ includeFullRecord: true });
		const event = { topic, event: 'Create', data: { CustomerCode: 'C000001' } };
		sandbox.resetStats();

		const response = await trigger.post(event);

		expect(response.status).toBe(200);
		expect(response.started).toBe(true);
		expect(response.items).toEqual([event]);
		expect(sandbox.stats.requests).toHaveLength(0);
	},
);

describe('Record Time Limit: an answered event waits for its record at most this long, then goes out', () => {
	const timeLimited = { includeFullRecord: true, options: { recordTimeLimitSeconds: 1 } };

	test('Venio never answers: the event goes out with recordError, and the request is abandoned', async () => {
		const trigger = await triggerWith(timeLimited);
		sandbox.faults.add({ kind: 'hang', operationId: 'customerGetByCode' });
		const example = sandbox.webhookExample('Customer', 'Create');
		sandbox.resetStats();

		const response = await trigger.post(example);

		expect(response.status).toBe(200);
		expect(response.items).toHaveLength(1);
		const { recordError, ...envelope } = response.items[0];
		expect(envelope).toEqual(example);
		expect(recordError).toBe(
			`Could not load Customer ${example.data.CustomerCode} within the Record Time Limit of 1 second, so the event went out without it. Load it in a later step, or raise the limit under Options.`,
		);
		const calls = sandbox.stats.requests.filter((r) => r.operationId === 'customerGetByCode');
		expect(calls).toHaveLength(1);
	});

	test('Venio keeps rate-limiting with a long Retry-After: the event goes out without waiting it out', async () => {
		const trigger = await triggerWith(timeLimited);
		sandbox.faults.add({ kind: '429', retryAfter: 30, times: 10, operationId: 'caseGetByCaseNo' });
		const example = sandbox.webhookExample('Case', 'Edit');
		sandbox.resetStats();

		const response = await trigger.post(example);

		expect(response.items).toHaveLength(1);
		expect(response.items[0].record).toBeUndefined();
		expect(response.items[0].recordError).toMatch(/^Could not load Case T\d+ within the Record Time Limit of 1 second/);
		expect(sandbox.stats.requests.filter((r) => r.operationId === 'caseGetByCaseNo')).toHaveLength(1);
	});
});
