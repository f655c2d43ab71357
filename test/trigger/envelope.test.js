'use strict';
// Every example envelope Venio documents reaches the workflow as one item, keys in the documented
// camelCase whatever casing Venio used, `data` exactly as sent.
const { Engine } = require('../harness/engine');
const { DOCUMENTED_EXAMPLES, pascalCase, serveTrigger } = require('../harness/webhook');

let trigger;

beforeAll(async () => {
	trigger = await serveTrigger(new Engine(), { parameters: {} });
});

afterAll(async () => {
	await trigger.stop();
});

describe.each(['camelCase', 'PascalCase'])('%s envelopes', (casing) => {
	test.each(DOCUMENTED_EXAMPLES.map((example) => [`${example.topic} ${example.event}`, example]))(
		'%s starts one execution with the envelope',
		async (_name, example) => {
			const sent = casing === 'PascalCase' ? pascalCase(example) : example;
			const before = trigger.executions.length;

			const response = await trigger.post(sent);

			expect(response.status).toBe(200);
			expect(response.body).toEqual({ message: 'Workflow was started' });
			expect(trigger.executions.length).toBe(before + 1);
			expect(response.items).toHaveLength(1);
			const [item] = response.items;
			expect(item).toEqual(example);
			expect(Object.keys(item)).toEqual(['modifiedBy', 'webhookName', 'topic', 'event', 'data']);
			// data passes through untouched: same keys, same order, same casing.
			expect(Object.keys(item.data)).toEqual(Object.keys(example.data));
		},
	);
});

test('keys in any casing are recognised; unknown keys pass through after the documented ones', async () => {
	const response = await trigger.post({
		TOPIC: 'Case',
		eVeNt: 'Edit',
		DATA: { CaseNo: 'T1', extra: { Nested: true } },
		WebhookName: 'crm',
		retryCount: 2,
	});

	expect(response.items).toEqual([
		{ webhookName: 'crm', topic: 'Case', event: 'Edit', data: { CaseNo: 'T1', extra: { Nested: true } }, retryCount: 2 },
	]);
	expect(Object.keys(response.items[0])).toEqual(['webhookName', 'topic', 'event', 'data', 'retryCount']);
});

test('when both spellings arrive, the documented camelCase key wins', async () => {
	const response = await trigger.post({ Topic: 'Quotation', topic: 'Case', event: 'Edit', data: {} });

	expect(response.items[0].topic).toBe('Case');
});

test('topic and event values keep the casing Venio sent', async () => {
	const response = await trigger.post({ topic: 'saleorder', event: 'COMPLETED', data: { SaleOrderNo: 'SO1' } });

	expect(response.items[0]).toMatchObject({ topic: 'saleorder', event: 'COMPLETED' });
});

test('an envelope without data still starts the workflow, with no data key invented', async () => {
	const response = await trigger.post({ topic: 'Asset', event: 'Transfer' });

	expect(response.started).toBe(true);
	expect(response.items).toEqual([{ topic: 'Asset', event: 'Transfer' }]);
});

test('JSON sent as text/plain or without a Content-Type is read all the same', async () => {
	const body = JSON.stringify(DOCUMENTED_EXAMPLES[0]);

	const asText = await trigger.post(undefined, { raw: body, headers: { 'Content-Type': 'text/plain' } });
	const untyped = await trigger.post(undefined, { raw: body });

	expect(asText.items).toEqual([DOCUMENTED_EXAMPLES[0]]);
	expect(untyped.items).toEqual([DOCUMENTED_EXAMPLES[0]]);
});

test('a top-level "__proto__" key is passed on as data, not dropped', async () => {
	const raw = '{"topic":"Case","event":"Edit","data":{"CaseNo":"T1"},"__proto__":{"injected":true}}';

	const response = await trigger.post(undefined, { raw, headers: { 'Content-Type': 'application/json' } });

	const [item] = response.items;
	expect(Object.keys(item)).toEqual(['topic', 'event', 'data', '__proto__']);
	expect(Object.getOwnPropertyDescriptor(item, '__proto__').value).toEqual({ injected: true });
	expect(Object.getPrototypeOf(item)).toBe(Object.prototype);
	expect(item.injected).toBeUndefined();
});
