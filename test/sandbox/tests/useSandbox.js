'use strict';
// A test file's shared sandbox (default seed) and an authenticated client for it: started
// before the file's tests, stopped after them, its faults cleared after each test.

const { startSandbox } = require('..');
const { clientFor } = require('./client');

/** Stands in for the object `current()` returns once it exists: reads and writes go to it. */
function standIn(current) {
	return new Proxy(
		{},
		{
			get: (_, key) => current()[key],
			set: (_, key, value) => {
				current()[key] = value;
				return true;
			},
			has: (_, key) => key in current(),
		},
	);
}

/**
 * Call in a describe scope. Returns { sandbox, api }: stand-ins for the sandbox and its client,
 * which start in beforeAll, so that tests can name them where they are declared.
 */
function useSandbox() {
	let sandbox;
	let api;
	beforeAll(async () => {
		sandbox = await startSandbox();
		api = await clientFor(sandbox);
	});
	afterAll(() => sandbox.stop());
	afterEach(() => sandbox.faults.clear());
	return { sandbox: standIn(() => sandbox), api: standIn(() => api) };
}

module.exports = { useSandbox };
