'use strict';
// Setting: Get Many Header Templates, and the header template dropdown quotations and sales
// orders use.
const { opTest, useVenio } = require('./support');

const env = useVenio();

describe('Setting › Get Many Header Templates', () => {
	opTest('setting', 'getManyHeaderTemplates', 'lists the header templates', async () => {
		const run = await env.run({
			resource: 'setting',
			operation: 'getManyHeaderTemplates',
			returnAll: true,
		});
		env.expectOneRequest(run, 'GET', '/v2/salesorder/headerTemplate');
		expect(run.items).toEqual(env.state.headerTemplates);
		expect(run.paired).toEqual(env.state.headerTemplates.map(() => ({ item: 0 })));
	});

	test('Limit keeps the first ones; each input item gets its own list', async () => {
		const run = await env.run(
			{ resource: 'setting', operation: 'getManyHeaderTemplates', returnAll: false, limit: 1 },
			{ items: [{}, {}] },
		);
		expect(run.requests).toHaveLength(2);
		expect(run.items).toEqual([env.state.headerTemplates[0], env.state.headerTemplates[0]]);
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
		expect(run.items).toEqual(env.state.headerTemplates);
	});
});

describe('Header template dropdown', () => {
	test('loads the templates from the account, sorted by name', async () => {
		const { result, requests } = await env.dropdown('loadOptions', 'getHeaderTemplates', {
			parameters: {
				resource: 'quotation',
				operation: 'createOrUpdate',
			},
		});
		expect(requests.map((r) => `${r.method} ${r.path}`)).toEqual([
			'GET /v2/salesorder/headerTemplate',
		]);
		expect(result).toEqual(
			env.state.headerTemplates
				.map((t) => ({ name: t.headerTemplateName, value: t.headerTemplateId }))
				.sort((a, b) => a.name.localeCompare(b.name)),
		);
	});
});
