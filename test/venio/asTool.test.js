'use strict';
// The Venio node as an AI tool (the `venioTool` variant), run through the real n8n engine against
// the sandbox: answers bounded and saying when more match, errors in the terms of the arguments a
// model passed. The same run in a real n8n over MCP is test/n8n/ai/mcp.test.js.
const { venioWorkflow } = require('../harness/engine');
const { useVenio } = require('./support');

const env = useVenio();

/** Runs the tool variant once with the arguments `args` (its one input item). */
async function runTool(parameters, args = {}) {
	const workflow = venioWorkflow({ items: [args], parameters, credentials: env.credentials });
	workflow.nodes[1].type = 'n8n-nodes-venio.venioTool';
	const result = await env.engine.run(workflow);
	return { items: result.items.Venio ?? [], error: result.errors.Venio ?? result.error };
}

const search = (keyword, more = {}) => ({
	resource: 'customer',
	operation: 'getMany',
	customerType: 11300,
	limit: 3,
	filters: { keyword },
	...more,
});

describe('a Get Many as a tool', () => {
	test('answers at most Limit records and then says more match, even with Return All saved on', async () => {
		const { items, error } = await runTool(search('a', { returnAll: true }));
		expect(error).toBeUndefined();
		expect(items).toHaveLength(4);
		for (const record of items.slice(0, 3)) expect(record.customerCode).toEqual(expect.any(String));
		expect(items[3]).toEqual({
			moreResults: true,
			note: expect.stringMatching(/^Only the first 3 results are shown; more match\./),
		});
	});

	test('says when nothing matched', async () => {
		const { items } = await runTool(search('no such customer anywhere'));
		expect(items).toEqual([{ found: 0, note: expect.stringMatching(/^Nothing matched/) }]);
	});

	test('the Venio node itself still returns all with Return All', async () => {
		const run = await env.run(search('a', { returnAll: true }));
		expect(run.items.length).toBeGreaterThan(4);
		expect(run.items.every((record) => record.customerCode)).toBe(true);
	});
});

describe('an error as a tool', () => {
	test('a record Venio does not know: Venio’s words, the argument passed, what to try', async () => {
		const { error } = await runTool(
			{
				resource: 'customer',
				operation: 'get',
				customer: {
					__rl: true,
					mode: 'code',
					value: "={{ $fromAI('customerCode', 'The code', 'string') }}",
				},
			},
			{ customerCode: 'C999999' },
		);
		expect(error.name).toBe('Venio');
		expect(error.message).toBe('Customer C999999 was not found.');
		expect(error.description).toMatch(/^You passed customerCode C999999\. /);
		expect(error.description).toMatch(/look it up with a search or list tool first\.$/);
		expect(`${error.message} ${error.description}`).not.toMatch(/\bitem \d|›/);
	});

	test('a value the node refuses names the $fromAI argument, not the form field', async () => {
		const { error } = await runTool(
			{
				resource: 'deal',
				operation: 'create',
				customer: { __rl: true, mode: 'code', value: 'C000001' },
				boardId: 34628319,
				dealName: 'Too likely',
				dealValue: 1,
				probability: "={{ $fromAI('chance', 'How likely, 0 to 100', 'number') }}",
				expectedCloseDate: '2027-03-31',
				owner: { __rl: true, mode: 'code', value: 'EMP0001' },
			},
			{ chance: 150 },
		);
		expect(error.name).toBe('Invalid input');
		expect(error.message).toBe('chance must be between 0 and 100');
		expect(error.description).toMatch(/^You passed chance 150\. .*Correct that argument/);
	});
});
