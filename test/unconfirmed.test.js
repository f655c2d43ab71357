'use strict';
// Paths Venio's public reference does not show: a 404 from one says the path is not confirmed for
// every tenant and how to reach the endpoint meanwhile (through n8n-core's engine against the
// sandbox), and the README lists those operations as the endpoint table flags them.
const fs = require('node:fs');
const path = require('node:path');

const { startSandbox } = require('./sandbox');
const { Engine, venioWorkflow } = require('./harness/engine');
const { unconfirmedList } = require('./unconfirmed-list');

let sandbox;
let engine;
let credentials;
beforeAll(async () => {
	sandbox = await startSandbox();
	engine = new Engine();
	credentials = engine.addVenioCredential(sandbox.credentials);
});
afterAll(() => sandbox.stop());
afterEach(() => sandbox.faults.clear());

/** Runs one Venio node whose endpoint answers 404 as an API gateway does for an unknown path. */
async function runAgainst404(operationId, parameters) {
	sandbox.faults.add({
		operationId,
		kind: 'answer',
		status: 404,
		body: { statusCode: 404, message: 'Resource not found' },
	});
	sandbox.resetStats();
	const result = await engine.run(venioWorkflow({ items: [{}], parameters, credentials }));
	const calls = sandbox.stats.requests.filter((r) => r.operationId === operationId);
	return { error: result.error, calls };
}

test('a 404 from an unconfirmed path says so and names the HTTP Request node with the credential', async () => {
	const { error, calls } = await runAgainst404('taskCreate', {
		resource: 'task',
		operation: 'create',
		taskJson: '{ "subject": "Call back" }',
	});
	expect(calls).toHaveLength(1);
	expect(error.name).toBe('NodeApiError');
	expect(error.message).toBe('Venio: Resource not found');
	expect(error.httpCode).toBe('404');
	expect(error.description).toContain(
		"This operation's path (POST /v1/task) is not in Venio's public API reference (inferred from the portal's navigation), so it is not confirmed for every tenant",
	);
	expect(error.description).toContain(
		'HTTP Request node (Authentication: Predefined Credential Type, Venio API)',
	);
	expect(error.description).toMatch(/\(item 0, Task › Create\)$/);
	expect(error.context.itemIndex).toBe(0);
});

test('a path seen only in client code says where it was seen', async () => {
	const { error } = await runAgainst404('headerTemplateGet', {
		resource: 'setting',
		operation: 'getManyHeaderTemplates',
	});
	expect(error.description).toContain('(seen only in third-party client code)');
});

test('a 404 from a documented path keeps the plain hint', async () => {
	const { error, calls } = await runAgainst404('customerEventTypesGet', {
		resource: 'customer',
		operation: 'getManyEventTypes',
	});
	expect(calls).toHaveLength(1);
	expect(error.description).toMatch(/^Venio has no such path on this tenant\./);
	expect(error.description).not.toContain('not confirmed');
});

test("the README's limits list the operations on unconfirmed paths, as the endpoint table makes them", () => {
	const readme = fs.readFileSync(path.join(__dirname, '..', 'README.md'), 'utf8');
	const list = unconfirmedList();
	expect(list.split('\n').length).toBeGreaterThan(5);
	expect(readme).toContain(list);
});
