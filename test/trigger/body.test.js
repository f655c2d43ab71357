'use strict';
// Malformed bodies answer 400 with a short reason, oversized ones 413, other methods 405; none
// starts anything. Where n8n itself answers before the node runs, the test says so.
const { Engine } = require('../harness/engine');
const { serveTrigger } = require('../harness/webhook');

const engine = new Engine();
let trigger;
let small;

beforeAll(async () => {
	trigger = await serveTrigger(engine, { parameters: {} });
	small = await serveTrigger(engine, { parameters: { options: { maxBodySizeKb: 1 } } });
});

afterAll(async () => {
	await trigger.stop();
	await small.stop();
});

afterEach(() => {
	expect(trigger.executions).toHaveLength(0);
	expect(small.executions).toHaveLength(0);
});

const text = (raw, contentType = 'text/plain') => ({ raw, headers: contentType ? { 'Content-Type': contentType } : {} });

test.each([
	['text that is not JSON', text('topic=Customer'), 'The body is not valid JSON'],
	['bytes without a Content-Type that are not JSON', text('<xml/>', null), 'The body is not valid JSON'],
	['a form post', text('topic=Customer&event=Create', 'application/x-www-form-urlencoded'), 'The body is not valid JSON'],
	['an empty body', text('', null), 'The body is empty'],
	['a JSON array', text('[{"topic":"Customer","event":"Create"}]', 'application/json'), 'The body must be a JSON object, not an array'],
	['a JSON string', text('"Customer"', 'application/json'), 'The body must be a JSON object, not a string'],
	['JSON null', text('null', 'application/json'), 'The body must be a JSON object, not null'],
	['no topic', text('{"event":"Create","data":{}}', 'application/json'), 'The envelope has no topic (expected a non-empty string)'],
	['no event', text('{"Topic":"Customer","Data":{}}', 'application/json'), 'The envelope has no event (expected a non-empty string)'],
	['an empty topic', text('{"topic":"  ","event":"Create"}', 'application/json'), 'The envelope has no topic (expected a non-empty string)'],
	['a topic that is not a string', text('{"topic":7,"event":"Create"}', 'application/json'), 'The envelope has no topic (expected a non-empty string)'],
])('%s answers 400 with the reason', async (_case, request, reason) => {
	const response = await trigger.post(undefined, request);

	expect(response.status).toBe(400);
	expect(response.body).toEqual({ message: reason });
	expect(response.answeredBy).toBe('node');
});

test('malformed JSON labelled application/json is refused by n8n itself (422) before the node runs', async () => {
	const response = await trigger.post(undefined, text('{"topic":', 'application/json'));

	expect(response.status).toBe(422);
	expect(response.answeredBy).toBe('n8n');
});

test('a body over the size limit answers 413 and says the limit', async () => {
	const body = { topic: 'Customer', event: 'Create', data: { note: 'x'.repeat(2000) } };

	const response = await small.post(body);

	expect(response.status).toBe(413);
	expect(response.body.message).toMatch(/^The body has \d+ bytes; this trigger accepts at most 1024$/);
});

test('the size is measured on the bytes received, whatever their format', async () => {
	const response = await small.post(undefined, text('y'.repeat(1025)));

	expect(response.status).toBe(413);
});

test('a body just under the limit goes through', async () => {
	const body = { topic: 'Customer', event: 'Create', data: {} };
	const padding = 1024 - JSON.stringify({ ...body, pad: '' }).length;

	const response = await small.post({ ...body, pad: 'z'.repeat(padding) });

	expect(response.status).toBe(200);
	expect(response.started).toBe(true);
	small.executions.length = 0;
});

test('the default limit (1 MB) lets ordinary bodies through and stops larger ones', async () => {
	const response = await trigger.post({ topic: 'Customer', event: 'Create', data: { note: 'x'.repeat(1024 * 1024) } });

	expect(response.status).toBe(413);
});

test.each(['GET', 'PUT', 'DELETE'])('%s answers 405 with Allow: POST', async (method) => {
	const response = await trigger.post(method === 'GET' ? undefined : { topic: 'Customer', event: 'Create' }, { method });

	expect(response.status).toBe(405);
	expect(response.headers.allow).toBe('POST');
	expect(response.body).toEqual({ message: 'Only POST is accepted' });
});
