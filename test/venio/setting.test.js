'use strict';
// Setting: Get Many Header Templates, and the header template dropdown quotations and sales
// orders use.
const { LoadOptionsContext } = require('n8n-core');

const { venioWorkflow } = require('../harness/engine');
const { Venio } = require('../../index.js');
const { opTest, useVenio } = require('./support');

const env = useVenio();
const venio = new Venio();
const state = () => env.sandbox.state;

/** Runs a dropdown method of the node through n8n-core's real LoadOptionsContext. */
async function dropdown(kind, method, parameters, ...args) {
	const workflow = env.engine.workflow(venioWorkflow({ parameters, credentials: env.credentials }));
	const node = workflow.getNode('Venio');
	const base = 'http://127.0.0.1:5678';
	const additionalData = {
		credentialsHelper: env.engine.credentials,
		currentNodeParameters: parameters,
		restApiUrl: `${base}/rest`,
		instanceBaseUrl: `${base}/`,
		webhookBaseUrl: `${base}/webhook`,
		webhookWaitingBaseUrl: `${base}/webhook-waiting`,
		webhookTestBaseUrl: `${base}/webhook-test`,
		formBaseUrl: `${base}/form`,
		formWaitingBaseUrl: `${base}/form-waiting`,
		formTestBaseUrl: `${base}/form-test`,
		variables: {},
		userId: 'harness-user',
	};
	const context = new LoadOptionsContext(workflow, node, additionalData, `parameters.${method}`);
	env.sandbox.resetStats();
	const result = await venio.methods[kind][method].call(context, ...args);
	const requests = env.sandbox.stats.requests.filter((r) => r.operationId !== 'authorizationToken');
	return { result, requests };
}

describe('Setting › Get Many Header Templates', () => {
	opTest('setting', 'getManyHeaderTemplates', 'lists the header templates', async () => {
		const run = await env.run({
			resource: 'setting',
			operation: 'getManyHeaderTemplates',
			returnAll: true,
		});
		expect(run.error).toBeUndefined();
		expect(run.requests).toHaveLength(1);
		const [request] = run.requests;
		expect(request.method).toBe('GET');
		expect(request.path).toBe('/v2/salesorder/headerTemplate');
		expect(request.headers.authorization).toMatch(/^Bearer \S+$/);
		expect(request.headers['ocp-apim-subscription-key']).toBe(
			env.sandbox.credentials.subscriptionKey,
		);
		expect(run.items).toEqual(state().headerTemplates);
		expect(run.paired).toEqual(state().headerTemplates.map(() => ({ item: 0 })));
	});

	test('Limit keeps the first ones; each input item gets its own list', async () => {
		const run = await env.run(
			{ resource: 'setting', operation: 'getManyHeaderTemplates', returnAll: false, limit: 1 },
			{ items: [{}, {}] },
		);
		expect(run.requests).toHaveLength(2);
		expect(run.items).toEqual([state().headerTemplates[0], state().headerTemplates[0]]);
		expect(run.paired).toEqual([{ item: 0 }, { item: 1 }]);
	});

	test('a gateway outage is retried, then the list comes back', async () => {
		env.sandbox.faults.add({ kind: '503', operationId: 'headerTemplateGet', times: 1 });
		const run = await env.run({
			resource: 'setting',
			operation: 'getManyHeaderTemplates',
			returnAll: true,
		});
		expect(run.error).toBeUndefined();
		expect(run.requests.map((r) => r.status)).toEqual([503, 200]);
		expect(run.items).toEqual(state().headerTemplates);
	});
});

describe('Header template dropdown', () => {
	test('loads the templates from the account, sorted by name', async () => {
		const { result, requests } = await dropdown('loadOptions', 'getHeaderTemplates', {
			resource: 'quotation',
			operation: 'createOrUpdate',
		});
		expect(requests.map((r) => `${r.method} ${r.path}`)).toEqual([
			'GET /v2/salesorder/headerTemplate',
		]);
		expect(result).toEqual(
			state()
				.headerTemplates.map((t) => ({ name: t.headerTemplateName, value: t.headerTemplateId }))
				.sort((a, b) => a.name.localeCompare(b.name)),
		);
	});
});
