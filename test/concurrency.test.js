'use strict';
// The in-flight limit finding itself (nodes/shared/transport/concurrencyLimit.ts), through n8n-core's
// engine against the sandbox's network modes: over a slow network it raises the requests in flight
// above where it starts, never above Parallel Requests; Parallel Requests 1 still sends one at a
// time; under a gateway rate limit every item still comes out. No assertion is about speed.
const { startSandbox } = require('./sandbox');
const { Engine, venioWorkflow } = require('./harness/engine');
const { CONCURRENCY_START } = require('../dist/nodes/shared/transport/concurrencyLimit');

let sandbox;
let engine;
let credentials;
beforeAll(async () => {
	sandbox = await startSandbox({ seed: { customers: 300 } });
	engine = new Engine();
	credentials = engine.addVenioCredential(sandbox.credentials);
});
afterAll(async () => {
	await sandbox.stop();
});
afterEach(() => sandbox.network({ latencyMs: 0, jitterMs: 0, rateLimit: 0 }));

const getCustomers = (options) => ({
	resource: 'customer',
	operation: 'get',
	customer: { __rl: true, mode: 'code', value: '={{ $json.code }}' },
	simplify: false,
	options,
});

async function run(options, count) {
	const wanted = sandbox.state.customers.order.slice(0, count);
	sandbox.resetStats();
	const result = await engine.run(
		venioWorkflow({
			items: wanted.map((code) => ({ code })),
			parameters: getCustomers(options),
			credentials,
		}),
	);
	const out = (result.items.Venio ?? []).map((c) => c.customerCode);
	return {
		wanted,
		out,
		error: result.error,
		peak: sandbox.load.peakInFlight,
		calls: sandbox.stats.requests,
	};
}

test('over a 100 ms network it raises the requests in flight past where it starts, up to Parallel Requests', async () => {
	sandbox.network({ latencyMs: 100, jitterMs: 10 });
	const { wanted, out, error, peak } = await run({ parallelRequests: 200 }, 300);
	expect(error).toBeUndefined();
	expect(out).toEqual(wanted);
	expect(peak).toBeGreaterThan(CONCURRENCY_START);
	expect(peak).toBeLessThanOrEqual(200);
});

test('Parallel Requests 1 sends one request at a time', async () => {
	sandbox.network({ latencyMs: 20 });
	const { wanted, out, peak } = await run({ parallelRequests: 1 }, 20);
	expect(out).toEqual(wanted);
	expect(peak).toBe(1);
});

test('under a gateway rate limit with the default ceiling, every item comes out once', async () => {
	sandbox.network({ latencyMs: 20, rateLimit: 40 });
	const { wanted, out, error, calls } = await run({}, 120);
	expect(error).toBeUndefined();
	expect(out).toEqual(wanted);
	const answered = calls.filter((c) => c.status === 200 && c.operationId !== 'authorizationToken');
	expect(answered).toHaveLength(120);
});
