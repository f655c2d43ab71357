'use strict';
// Labels the editor shows: no field is labelled like the operation it belongs to (issue 10,
// point 5: Create or Update had a field also called "Create or Update").
const { Venio } = require('../../index.js');

const { description } = new Venio();

const operationsOf = (resource) =>
	description.properties.find(
		(p) => p.name === 'operation' && p.displayOptions.show.resource.includes(resource),
	).options;

const fieldsOf = (resource, operation) =>
	description.properties.filter(
		(p) =>
			p.displayOptions?.show?.resource?.includes(resource) &&
			p.displayOptions.show.operation?.includes(operation),
	);

test('no field is labelled like the operation it belongs to', () => {
	const clashes = [];
	let checked = 0;
	for (const { value: resource } of description.properties.find((p) => p.name === 'resource').options) {
		for (const { value: operation, name } of operationsOf(resource)) {
			for (const field of fieldsOf(resource, operation)) {
				checked++;
				if (field.displayName === name) clashes.push(`${resource} › ${name}: ${field.name}`);
			}
		}
	}
	expect(checked).toBeGreaterThan(200);
	expect(clashes).toEqual([]);
});

test.each([
	['customer', 'Customer'],
	['quotation', 'Quotation'],
	['salesOrder', 'Sales Order'],
])('%s › Create or Update asks "New or Existing %s"', (resource, record) => {
	const field = fieldsOf(resource, 'upsert').find((p) => p.name === 'upsertMode');
	expect(field.displayName).toBe(`New or Existing ${record}`);
	expect(field.options.map((o) => o.name)).toEqual([
		`Create a New ${record}`,
		`Update an Existing ${record}`,
	]);
});
