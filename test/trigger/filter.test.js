'use strict';
// Topic and event filters: Any, a selection, free text, case-insensitive; a non-matching event is
// answered 200 and starts nothing.
const { Engine } = require('../harness/engine');
const { serveTrigger } = require('../harness/webhook');

const engine = new Engine();
const servers = [];

async function triggerWith(parameters) {
	const trigger = await serveTrigger(engine, { parameters });
	servers.push(trigger);
	return trigger;
}

afterAll(async () => {
	await Promise.all(servers.map((server) => server.stop()));
});

const event = (topic, name) => ({ modifiedBy: 'EMP0001', webhookName: 'to-n8n', topic, event: name, data: { CreatedBy: 'EMP0001' } });

test('by default (Any / Any) every topic and event starts the workflow, unknown ones included', async () => {
	const trigger = await triggerWith({});

	for (const [topic, name] of [['Customer', 'Create'], ['Expense', 'Paid'], ['Invoice', 'Voided']]) {
		const response = await trigger.post(event(topic, name));
		expect(response.started).toBe(true);
	}
	expect(trigger.executions).toHaveLength(3);
});

test('"Any" alongside other choices still means any', async () => {
	const trigger = await triggerWith({ topics: ['Customer', '*'], events: ['Create', '*'] });

	expect((await trigger.post(event('Payroll', 'Paid'))).started).toBe(true);
});

test('a selection of topics and events lets only those through', async () => {
	const trigger = await triggerWith({ topics: ['Customer', 'Case'], events: ['Create', 'Closed'] });

	const outcomes = {};
	for (const [topic, name] of [
		['Customer', 'Create'],
		['Case', 'Closed'],
		['Customer', 'Edit'],
		['Quotation', 'Create'],
		['Expense', 'Paid'],
	]) {
		outcomes[`${topic} ${name}`] = (await trigger.post(event(topic, name))).started;
	}

	expect(outcomes).toEqual({
		'Customer Create': true,
		'Case Closed': true,
		'Customer Edit': false,
		'Quotation Create': false,
		'Expense Paid': false,
	});
	expect(trigger.executions.map(([item]) => `${item.topic} ${item.event}`)).toEqual(['Customer Create', 'Case Closed']);
});

test('matching ignores case on both sides', async () => {
	const trigger = await triggerWith({ topics: ['SaleOrder'], events: ['PendingSummary', 'Completed'] });

	expect((await trigger.post(event('saleorder', 'COMPLETED'))).started).toBe(true);
	expect((await trigger.post(event('SALEORDER', 'pendingsummary'))).started).toBe(true);
});

test('free-text topics and events add to the list, comma- or space-separated, any case', async () => {
	const trigger = await triggerWith({
		topics: ['Customer'],
		events: ['Create'],
		options: { otherTopics: 'Deal, invoice', otherEvents: 'Won;Approve  Cancel' },
	});

	const outcomes = {};
	for (const [topic, name] of [
		['Deal', 'Won'],
		['Invoice', 'approve'],
		['INVOICE', 'Cancel'],
		['Customer', 'Create'],
		['Deal', 'Lost'],
		['Activity', 'Create'],
	]) {
		outcomes[`${topic} ${name}`] = (await trigger.post(event(topic, name))).started;
	}

	expect(outcomes).toEqual({
		'Deal Won': true,
		'Invoice approve': true,
		'INVOICE Cancel': true,
		'Customer Create': true,
		'Deal Lost': false,
		'Activity Create': false,
	});
});

test('free text alone (nothing chosen in the list) filters on the free text', async () => {
	const trigger = await triggerWith({ topics: [], events: [], options: { otherTopics: 'Deal' } });

	expect((await trigger.post(event('Deal', 'Won'))).started).toBe(true);
	expect((await trigger.post(event('Customer', 'Create'))).started).toBe(false);
});

test('nothing chosen at all means any, never a trigger that cannot fire', async () => {
	const trigger = await triggerWith({ topics: [], events: [] });

	expect((await trigger.post(event('Chat', 'Message'))).started).toBe(true);
});

test('a non-matching event is answered 200, says why, and starts nothing', async () => {
	const trigger = await triggerWith({ topics: ['Customer'], events: ['*'] });

	const response = await trigger.post(event('Expense', 'Paid'));

	expect(response.status).toBe(200);
	expect(response.body).toEqual({ message: 'Ignored: this trigger does not listen to Expense Paid' });
	expect(response.started).toBe(false);
	expect(trigger.executions).toHaveLength(0);
});

test('the "ignored" answer quotes a long topic and event only in part', async () => {
	const trigger = await triggerWith({ topics: ['Customer'] });
	const topic = `Exp${'e'.repeat(500 * 1024)}nse`;

	const response = await trigger.post(event(topic, `Pa${'i'.repeat(1000)}d`));

	expect(response.started).toBe(false);
	expect(response.status).toBe(200);
	expect(response.body.message).toMatch(/^Ignored: this trigger does not listen to Expe+… Pai+…$/);
	expect(response.text.length).toBeLessThan(300);
});
