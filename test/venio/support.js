'use strict';
// Shared setup for the Venio node's tests: one sandbox and one engine per test file, a runner
// for "input items -> Venio node" workflows, and the request log the sandbox recorded.
const { startSandbox } = require('../sandbox');
const { Engine, venioWorkflow } = require('../harness/engine');

/**
 * Declares the test of one operation. coverage.test.js reads these calls to check that every
 * operation of the node has one, so keep the resource and operation as plain string literals.
 */
function opTest(resource, operation, title, fn, timeout) {
	test(`[${resource}.${operation}] ${title}`, fn, timeout);
}

/** Call in a describe/file scope: starts the sandbox before, stops it after. */
function useVenio(sandboxOptions = {}) {
	const env = {};
	beforeAll(async () => {
		env.sandbox = await startSandbox(sandboxOptions);
		env.engine = new Engine();
		env.credentials = env.engine.addVenioCredential(env.sandbox.credentials);
	});
	afterAll(async () => {
		await env.sandbox?.stop();
	});
	/**
	 * Runs the Venio node with `parameters` over `items` and returns
	 * { items, paired, error, nodeError, requests }: the node's output json, its pairedItem
	 * values, the run error, and the sandbox requests made by this run (token calls excluded).
	 */
	env.run = async (parameters, { items = [{}], continueOnFail = false } = {}) => {
		env.sandbox.resetStats();
		const result = await env.engine.run(
			venioWorkflow({ items, parameters, credentials: env.credentials, continueOnFail }),
		);
		return {
			items: result.items.Venio ?? [],
			paired: result.pairedItems.Venio ?? [],
			error: result.error,
			nodeError: result.errors.Venio,
			requests: env.sandbox.stats.requests.filter((r) => r.operationId !== 'authorizationToken'),
		};
	};
	/** Runs a dropdown method (loadOptions / listSearch) through a real LoadOptionsContext. */
	env.method = (kind, method, options) =>
		env.engine.callMethod(env.credentials, kind, method, options);
	return env;
}

/** A resource-locator value as the n8n editor stores it. */
const byCode = (value) => ({ __rl: true, mode: 'code', value });
const fromList = (value) => ({ __rl: true, mode: 'list', value });

module.exports = { opTest, useVenio, byCode, fromList };
