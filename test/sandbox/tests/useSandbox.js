'use strict';
// A test file's shared sandbox (default seed) and an authenticated client for it: started
// before the file's tests, stopped after them, its faults cleared after each test.

const { startSandbox } = require('..');
const { clientFor } = require('./client');

/** Call in a describe scope; `onStart(sandbox, api)` receives both once they are running. */
function useSandbox(onStart) {
	let sandbox;
	beforeAll(async () => {
		sandbox = await startSandbox();
		onStart(sandbox, await clientFor(sandbox));
	});
	afterAll(() => sandbox.stop());
	afterEach(() => sandbox.faults.clear());
}

module.exports = { useSandbox };
