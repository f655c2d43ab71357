'use strict';
// Venio's deliveries, end to end: the sandbox's webhook sender POSTs as Venio would to a local
// HTTP server, which feeds the request to the trigger through n8n-core's webhook context and
// answers with what the trigger decided. Records for "Include Full Record" come from the same
// sandbox.
const { startSandbox } = require('../sandbox');
const { Engine } = require('../harness/engine');
const { n8nLogger, serveTrigger } = require('../harness/webhook');

const SECRET = 'e2e-secret-4f9a1c7d2b8e6a30';

let sandbox;
let engine;
let venioApi;
let tokenAuth;
const servers = [];

async function triggerWith(parameters, credentials = { ...venioApi, ...tokenAuth }) {
	const trigger = await serveTrigger(engine, { parameters, credentials });
	servers.push(trigger);
	return trigger;
}

const withToken = (trigger, token = SECRET) => `${trigger.url}?token=${encodeURIComponent(token)}`;

/** The sender's answer, its body parsed, once the trigger has finished with the call. */
async function send(trigger, url, options) {
	const answer = await sandbox.sendWebhook(url, options);
	await trigger.idle();
	return { ...answer, json: JSON.parse(answer.body), call: trigger.calls.at(-1) };
}

beforeAll(async () => {
	// Refusals are logged as warnings (auth.test.js checks what); here they would only be noise.
	jest.spyOn(n8nLogger(), 'log').mockImplementation(() => {});
	sandbox = await startSandbox();
	engine = new Engine();
	venioApi = engine.addVenioCredential(sandbox.credentials);
	tokenAuth = engine.credentials.add('secret-1', 'venioTriggerAuthApi', { secret: SECRET });
});

afterAll(async () => {
	jest.restoreAllMocks();
	await Promise.all(servers.map((server) => server.stop()));
	await sandbox.stop();
});

const EXAMPLES = [
	['Customer', 'Create', 'customerCode'],
	['Customer', 'Merge', 'customerCode'],
	['Customer', 'Convert', 'customerCode'],
	['Quotation', 'Create', 'quotationNo'],
	['Quotation', 'Revise', 'quotationNo'],
	['Expense', 'Paid', null],
	['Expense', 'PendingSummary', null],
	['User', 'Inactive', null],
	['Payroll', 'Paid', null],
	['SaleOrder', 'Create', 'salesOrderNo'],
	['SaleOrder', 'Edit', 'salesOrderNo'],
	['SaleOrder', 'Completed', 'salesOrderNo'],
	['Asset', 'Edit', null],
	['Asset', 'Transfer', null],
	['Case', 'Create', 'caseNo'],
	['Case', 'Edit', 'caseNo'],
	['Case', 'Closed', 'caseNo'],
	['Chat', 'Message', null],
];

describe.each(['camel', 'pascal'])('Venio sends %sCase envelopes to a secured trigger with full records', (casing) => {
	let trigger;

	beforeAll(async () => {
		trigger = await triggerWith({ authentication: 'querySecret', includeFullRecord: true });
	});

	test.each(EXAMPLES)('%s %s', async (topic, event, recordKey) => {
		const answer = await send(trigger, withToken(trigger), { topic, event, casing });

		expect(answer.status).toBe(200);
		expect(answer.json).toEqual({ message: 'Workflow was started' });
		const [item] = answer.call.items;
		const { record, ...envelope } = item;
		expect(envelope).toEqual(sandbox.webhookExample(topic, event));
		if (recordKey) {
			expect(record).toBeDefined();
			expect(Object.values(envelope.data)).toContain(record[recordKey]);
		} else {
			expect(record).toBeUndefined();
		}
		expect(item.recordError).toBeUndefined();
	});
});

test('without the token, or with a wrong one, Venio gets 401 and nothing starts', async () => {
	const trigger = await triggerWith({ authentication: 'querySecret' });

	const missing = await send(trigger, trigger.url, { topic: 'Customer', event: 'Create' });
	const wrong = await send(trigger, withToken(trigger, 'guess-guess-guess-guess'), { topic: 'Customer', event: 'Create' });

	expect([missing.status, wrong.status]).toEqual([401, 401]);
	expect(missing.json).toEqual({ message: 'Unauthorized' });
	expect(trigger.executions).toHaveLength(0);
});

test('a sender that sets a header can use the header mode', async () => {
	const headerAuth = engine.credentials.add('secret-header', 'venioTriggerAuthApi', { secret: SECRET, headerName: 'X-Venio-Token' });
	const trigger = await triggerWith({ authentication: 'headerSecret' }, headerAuth);

	const right = await send(trigger, trigger.url, { topic: 'Case', event: 'Edit', headers: { 'X-Venio-Token': SECRET } });
	const wrong = await send(trigger, trigger.url, { topic: 'Case', event: 'Edit', headers: { 'X-Venio-Token': 'nope' } });

	expect([right.status, wrong.status]).toEqual([200, 401]);
	expect(trigger.executions).toHaveLength(1);
});

test('basic auth carried by the sender', async () => {
	const basicAuth = engine.credentials.add('secret-basic', 'venioTriggerAuthApi', { secret: SECRET, user: 'venio' });
	const trigger = await triggerWith({ authentication: 'basicAuth' }, basicAuth);
	const authorization = `Basic ${Buffer.from(`venio:${SECRET}`).toString('base64')}`;

	const answer = await send(trigger, trigger.url, { topic: 'Payroll', event: 'Paid', headers: { Authorization: authorization } });

	expect(answer.status).toBe(200);
	expect(trigger.executions).toHaveLength(1);
});

test('an event the trigger does not listen to is acknowledged with 200 and starts nothing', async () => {
	const trigger = await triggerWith({ authentication: 'querySecret', topics: ['Customer', 'Case'], events: ['Create'] });

	const ignored = await send(trigger, withToken(trigger), { topic: 'Expense', event: 'Paid' });
	const taken = await send(trigger, withToken(trigger), { topic: 'Case', event: 'Create', casing: 'pascal' });

	expect(ignored.status).toBe(200);
	expect(ignored.json).toEqual({ message: 'Ignored: this trigger does not listen to Expense Paid' });
	expect(taken.status).toBe(200);
	expect(trigger.executions).toHaveLength(1);
});

test('free-text topics catch what the list does not know', async () => {
	const trigger = await triggerWith({ authentication: 'querySecret', topics: [], events: ['*'], options: { otherTopics: 'Deal' } });

	const answer = await send(trigger, withToken(trigger), { topic: 'Deal', event: 'Won', data: { DealNo: 'D1' } });

	expect(answer.status).toBe(200);
	expect(trigger.executions[0]).toEqual([expect.objectContaining({ topic: 'Deal', event: 'Won', data: { DealNo: 'D1' } })]);
});

test('malformed bodies: 400 from the trigger, or 422 from n8n when labelled JSON', async () => {
	const trigger = await triggerWith({ authentication: 'querySecret' });

	const asText = await send(trigger, withToken(trigger), { body: 'hello', headers: { 'Content-Type': 'text/plain' } });
	const noTopic = await send(trigger, withToken(trigger), { body: { event: 'Create', data: {} } });
	const labelledJson = await send(trigger, withToken(trigger), { body: '{"topic":' });

	expect([asText.status, asText.json]).toEqual([400, { message: 'The body is not valid JSON' }]);
	expect([noTopic.status, noTopic.json]).toEqual([400, { message: 'The envelope has no topic (expected a non-empty string)' }]);
	expect(labelledJson.status).toBe(422);
	expect(trigger.executions).toHaveLength(0);
});

test('an oversized body is refused with 413', async () => {
	const trigger = await triggerWith({ authentication: 'querySecret', options: { maxBodySizeKb: 4 } });

	const answer = await send(trigger, withToken(trigger), { topic: 'Customer', event: 'Create', data: { note: 'x'.repeat(5000) } });

	expect(answer.status).toBe(413);
	expect(trigger.executions).toHaveLength(0);
});

test('a redelivery is acknowledged without a second execution', async () => {
	const trigger = await triggerWith({ authentication: 'querySecret', options: { ignoreDuplicates: true } });

	const first = await send(trigger, withToken(trigger), { topic: 'SaleOrder', event: 'Completed' });
	const again = await send(trigger, withToken(trigger), { topic: 'SaleOrder', event: 'Completed', casing: 'pascal' });

	expect(first.json).toEqual({ message: 'Workflow was started' });
	expect(again.status).toBe(200);
	expect(again.json).toEqual({ message: 'Ignored: duplicate of a delivery already received' });
	expect(trigger.executions).toHaveLength(1);
});

test('with full records too, a redelivery sent the moment Venio got its answer starts nothing', async () => {
	const trigger = await triggerWith({ authentication: 'querySecret', includeFullRecord: true, options: { ignoreDuplicates: true } });

	// No waiting between the two: the second goes out as soon as the first is answered.
	const first = await sandbox.sendWebhook(withToken(trigger), { topic: 'Customer', event: 'Create' });
	const again = await sandbox.sendWebhook(withToken(trigger), { topic: 'Customer', event: 'Create' });
	await trigger.idle();

	expect([first.status, again.status]).toEqual([200, 200]);
	expect(JSON.parse(again.body)).toEqual({ message: 'Ignored: duplicate of a delivery already received' });
	expect(trigger.executions).toHaveLength(1);
	expect(trigger.executions[0][0].record).toBeDefined();
});

test('a record that is gone still lets the event through, with recordError', async () => {
	const trigger = await triggerWith({ authentication: 'querySecret', includeFullRecord: true });

	const answer = await send(trigger, withToken(trigger), { topic: 'Quotation', event: 'Revise', data: { QuotationNo: 'QT0000000000' } });

	expect(answer.status).toBe(200);
	expect(trigger.executions[0][0].recordError).toMatch(/^Could not load Quotation QT0000000000\./);
});
