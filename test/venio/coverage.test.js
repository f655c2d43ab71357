'use strict';
// Every operation of the Venio node must have its module, nodes/Venio/actions/<resource>/<operation>.ts,
// and a test: an `opTest('<resource>', '<operation>', ...)` call in one of this folder's test files.
// An operation added without either fails here.
const fs = require('node:fs');
const path = require('node:path');

const { Venio } = require('../../index.js');

function nodeOperations() {
	const { properties } = new Venio().description;
	const operations = [];
	for (const property of properties.filter((p) => p.name === 'operation')) {
		const [resource] = property.displayOptions.show.resource;
		for (const option of property.options) operations.push(`${resource}.${option.value}`);
	}
	return operations.sort();
}

function testedOperations() {
	const tested = new Set();
	for (const file of fs.readdirSync(__dirname).filter((f) => f.endsWith('.test.js'))) {
		const text = fs.readFileSync(path.join(__dirname, file), 'utf8');
		for (const match of text.matchAll(/opTest\(\s*'(\w+)',\s*'(\w+)'/g)) {
			tested.add(`${match[1]}.${match[2]}`);
		}
	}
	return tested;
}

test('every operation of the Venio node has a test', () => {
	const tested = testedOperations();
	const untested = nodeOperations().filter((op) => !tested.has(op));
	expect(untested).toEqual([]);
});

test('no test names an operation the node does not have', () => {
	const known = new Set(nodeOperations());
	const stale = [...testedOperations()].filter((op) => !known.has(op));
	expect(stale).toEqual([]);
});

test('the node covers every Venio operation of the API reference', () => {
	// Each endpoint of the reference (but the token call, which the credential makes) is used by
	// exactly one action, so nothing of the API is missing and nothing is exposed twice.
	const { ENDPOINTS } = require('../endpoints');
	const { RESOURCES } = require('../../dist/nodes/Venio/actions');
	const used = RESOURCES.flatMap((r) => r.actions.map((a) => a.endpoint)).sort();
	expect(used).toEqual(Object.keys(ENDPOINTS).sort());
});

test('every operation has its own module, actions/<resource>/<operation>.ts, exporting it', () => {
	const { RESOURCES } = require('../../dist/nodes/Venio/actions');
	const root = path.join(__dirname, '../..');
	const misplaced = [];
	for (const resource of RESOURCES) {
		for (const action of resource.actions) {
			const module = path.join('nodes/Venio/actions', resource.value, action.value);
			const exported =
				fs.existsSync(path.join(root, `${module}.ts`)) &&
				Object.values(require(path.join(root, 'dist', `${module}.js`))).includes(action);
			if (!exported) misplaced.push(`${resource.value}.${action.value}`);
		}
	}
	expect(misplaced).toEqual([]);
});
