'use strict';
// The example workflows users import (examples/): only the Venio nodes and n8n's core nodes, the
// credential names the README gives, and Venio parameters the built node has for the chosen
// resource and operation (a renamed parameter fails here, not in a user's n8n). Each one is run
// in a real n8n by test/n8n/e2e.test.js; examples/ai-*.json have their own suite.
const fs = require('node:fs');
const path = require('node:path');

const { Venio } = require('../dist/nodes/Venio/Venio.node');
const { VenioTrigger } = require('../dist/nodes/VenioTrigger/VenioTrigger.node');

const DIR = path.join(__dirname, '..', 'examples');
const FILES = fs
	.readdirSync(DIR)
	.filter((file) => file.endsWith('.json') && !file.startsWith('ai-'));
const E2E = fs.readFileSync(path.join(__dirname, 'n8n', 'e2e.test.js'), 'utf8');
const CREDENTIAL_NAMES = { venioApi: 'Venio API', venioTriggerAuthApi: 'Venio webhook secret' };

const load = (file) => JSON.parse(fs.readFileSync(path.join(DIR, file), 'utf8'));

/** Whether a property shows for these parameter values (its show/hide conditions on them). */
function shows(property, values) {
	const { show = {}, hide = {} } = property.displayOptions ?? {};
	const matches = (key, allowed) => key in values && allowed.includes(values[key]);
	return (
		Object.entries(show).every(([key, allowed]) => !(key in values) || matches(key, allowed)) &&
		!Object.entries(hide).some(([key, allowed]) => matches(key, allowed))
	);
}

/** What is wrong with a node's parameters against its type's description, in words. */
function parameterProblems(description, parameters) {
	const problems = [];
	const visible = description.properties.filter((p) => shows(p, parameters));
	for (const [name, value] of Object.entries(parameters)) {
		const property = visible.find((p) => p.name === name);
		if (!property) {
			problems.push(`${name}: no such parameter here`);
			continue;
		}
		const isExpression = typeof value === 'string' && value.startsWith('=');
		if (property.type === 'options' && !isExpression && !property.typeOptions?.loadOptionsMethod) {
			const allowed = property.options.map((o) => o.value);
			if (!allowed.includes(value))
				problems.push(`${name}: ${JSON.stringify(value)} is not an option`);
		}
	}
	return problems;
}

const DESCRIPTIONS = {
	'n8n-nodes-venio.venio': new Venio().description,
	'n8n-nodes-venio.venioTrigger': new VenioTrigger().description,
};

test('there are examples, each run by the real-n8n suite', () => {
	expect(FILES.length).toBeGreaterThanOrEqual(4);
	for (const file of FILES) expect(E2E).toContain(`'${file}'`);
});

test.each(FILES)(
	'%s uses Venio and core nodes, named credentials and parameters the node has',
	(file) => {
		const workflow = load(file);
		expect(workflow.name).toMatch(/^Venio/);
		for (const node of workflow.nodes) {
			expect(node.type).toMatch(/^(n8n-nodes-venio\.(venio|venioTrigger)|n8n-nodes-base\.\w+)$/);
			for (const [type, reference] of Object.entries(node.credentials ?? {})) {
				expect(reference).toEqual({ id: '', name: CREDENTIAL_NAMES[type] });
			}
			const description = DESCRIPTIONS[node.type];
			if (description)
				expect([node.name, parameterProblems(description, node.parameters)]).toEqual([
					node.name,
					[],
				]);
		}
		for (const [from, { main }] of Object.entries(workflow.connections)) {
			const names = workflow.nodes.map((node) => node.name);
			expect(names).toContain(from);
			for (const link of main.flat()) expect(names).toContain(link.node);
		}
	},
);

test('a renamed parameter or a removed option value in an example is caught', () => {
	const description = DESCRIPTIONS['n8n-nodes-venio.venio'];
	expect(
		parameterProblems(description, { resource: 'product', operation: 'updateStock', quantity: 5 }),
	).toEqual(['quantity: no such parameter here']);
	expect(
		parameterProblems(description, { resource: 'customer', operation: 'upsert', inputMode: 'xml' }),
	).toEqual(['inputMode: "xml" is not an option']);
});
