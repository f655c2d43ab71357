'use strict';
// Shared setup for the Venio node's tests: one sandbox and one engine per test file, a runner
// for "input items -> Venio node" workflows, the request log the sandbox recorded, and the
// assertions and sandbox look-ups the test files have in common.
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

	/** The requests sent to Venio since the last resetStats, token calls excluded. */
	const sentRequests = () =>
		env.sandbox.stats.requests.filter((r) => r.operationId !== 'authorizationToken');

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
			requests: sentRequests(),
		};
	};

	/** Runs a dropdown method (loadOptions / listSearch) through a real LoadOptionsContext. */
	env.method = (kind, method, options) =>
		env.engine.callMethod(env.credentials, kind, method, options);

	/** env.method, with the requests it sent to Venio: { result, requests }. */
	env.dropdown = async (kind, method, options) => {
		env.sandbox.resetStats();
		const result = await env.method(kind, method, options);
		return { result, requests: sentRequests() };
	};

	/** The request carries the credential: a bearer token and the subscription key. */
	env.expectAuthHeaders = (request) => {
		expect(request.headers.authorization).toMatch(/^Bearer \S+$/);
		expect(request.headers['ocp-apim-subscription-key']).toBe(
			env.sandbox.credentials.subscriptionKey,
		);
	};

	/**
	 * The run succeeded and its first request to Venio was `method path`, with the credential's
	 * headers. Returns that request.
	 */
	env.expectRequest = (run, method, path) => {
		expect(run.error).toBeUndefined();
		const [request] = run.requests;
		expect(request.method).toBe(method);
		expect(request.path).toBe(path);
		env.expectAuthHeaders(request);
		return request;
	};

	/** As expectRequest, and that request was the only one. */
	env.expectOneRequest = (run, method, path) => {
		expect(run.error).toBeUndefined();
		expect(run.requests).toHaveLength(1);
		return env.expectRequest(run, method, path);
	};

	/** Runs expecting a NodeOperationError matching `message` before anything reaches Venio. */
	env.expectRejected = async (parameters, message, items) => {
		const run = await env.run(parameters, { items });
		expect(run.error).toBeDefined();
		expect(run.error.name).toBe('NodeOperationError');
		expect(run.error.message).toMatch(message);
		expect(run.requests).toEqual([]);
		return run;
	};

	/** The sandbox's records (a getter: the sandbox starts in beforeAll), as tests read them back. */
	Object.defineProperty(env, 'state', { get: () => env.sandbox.state });
	/** The n-th record of a sandbox table, in seed order. */
	env.recordAt = (table, n) => env.state[table].get(env.state[table].order[n]);
	env.activeEmployees = () => [...env.state.employees.values()].filter((e) => e.isActive);
	/** The code of the n-th active product (the seed stocks tracked ones with 50 or more). */
	env.productCode = (n = 0) =>
		[...env.state.products.values()].filter((p) => p.active !== false)[n].productCode;

	return env;
}

/** A resource-locator value as the n8n editor stores it, in each of the node's modes. */
const byCode = (value) => ({ __rl: true, mode: 'code', value });
const fromList = (value) => ({ __rl: true, mode: 'list', value });
const byNumber = (value) => ({ __rl: true, mode: 'number', value });
const byId = (value) => ({ __rl: true, mode: 'id', value });

// An expression that resolves to nothing: what reaches the node when an input field is absent
// (a literal empty required parameter is stopped by n8n itself before the node runs).
const NOTHING = '={{ $json.absent }}';

/** The keys of `record` named in `keys` that it has: what Simplify keeps. */
const pick = (record, keys) =>
	Object.fromEntries(keys.filter((k) => record[k] !== undefined).map((k) => [k, record[k]]));

/** A record as it arrives over JSON (dates as strings, no undefined keys). */
const plain = (value) => JSON.parse(JSON.stringify(value));

module.exports = { opTest, useVenio, byCode, fromList, byNumber, byId, NOTHING, pick, plain };
