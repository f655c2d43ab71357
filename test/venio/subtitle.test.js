'use strict';
// The canvas subtitle, evaluated the way n8n's editor evaluates it: an expression over the node's
// parameters (Expression.getSimpleParameterValue in 'internal' mode).
const { Venio } = require('../../index.js');
const { Engine, venioNode } = require('../harness/engine');

const { description } = new Venio();
const engine = new Engine();

function subtitleFor(parameters) {
	const node = venioNode(parameters);
	const workflow = engine.workflow({ nodes: [node], connections: {} });
	return workflow.expression.getSimpleParameterValue(node, description.subtitle, 'internal', {});
}

/** The names the Resource and Operation dropdowns show for these values. */
function dropdownNames(resource, operation) {
	const resourceName = description.properties
		.find((p) => p.name === 'resource')
		.options.find((o) => o.value === resource).name;
	const operationName = description.properties
		.find((p) => p.name === 'operation' && p.displayOptions.show.resource.includes(resource))
		.options.find((o) => o.value === operation).name;
	return `${operationName}: ${resourceName}`;
}

test.each([
	['customer', 'upsert', 'Create or Update: Customer'],
	['deal', 'getMany', 'Get Many: Deal'],
	['salesOrder', 'get', 'Get: Sales Order'],
])('%s › %s reads "%s" on the canvas', (resource, operation, expected) => {
	expect(subtitleFor({ resource, operation })).toBe(expected);
});

test('every action’s subtitle shows the names its dropdowns show', () => {
	const resources = description.properties.find((p) => p.name === 'resource').options;
	let checked = 0;
	for (const { value: resource } of resources) {
		const operations = description.properties.find(
			(p) => p.name === 'operation' && p.displayOptions.show.resource.includes(resource),
		).options;
		for (const { value: operation } of operations) {
			expect(subtitleFor({ resource, operation })).toBe(dropdownNames(resource, operation));
			checked++;
		}
	}
	expect(checked).toBeGreaterThan(50);
});

test('an operation this version does not know shows its raw value instead of nothing', () => {
	expect(subtitleFor({ resource: 'deal', operation: 'archive' })).toBe('archive: deal');
});
