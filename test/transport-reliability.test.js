'use strict';
// Calls that never answer, a stopped execution, a token endpoint that fails or quotes secrets back,
// a spent quota, and tokens revoked under Return All: the Venio node in n8n-core's engine against
// the sandbox over loopback HTTP. Each test starts its own sandbox, so its credential values (the
// sandbox's port is one of them) are new to the process-wide token memory: no test sees another's
// tokens.
const { startSandbox } = require('./sandbox');
const { Engine, venioWorkflow } = require('./harness/engine');
const { MAX_ATTEMPTS } = require('../dist/nodes/shared/transport/retry');

const SECRET = 'Very$ecret+Value/42';
const KEY = 'sub-key-7f3a9c';

let sandbox;
let engine;
let credentials;
beforeEach(async () => {
	sandbox = await startSandbox({
		seed: { customers: 40 },
		clientSecret: SECRET,
		subscriptionKey: KEY,
	});
	engine = new Engine();
	credentials = engine.addVenioCredential(sandbox.credentials);
});
afterEach(async () => {
	await sandbox.stop();
});

const firstCode = () => sandbox.state.customers.order[0];
const apiCalls = () => sandbox.stats.requests.filter((r) => r.operationId !== 'authorizationToken');

const getCustomer = (code = firstCode(), options = {}) => ({
	resource: 'customer',
	operation: 'get',
	customer: { __rl: true, mode: 'code', value: code },
	simplify: false,
	options,
});

function workflow(parameters, { items = [{}], continueOnFail = false } = {}) {
	return venioWorkflow({ items, parameters, credentials, continueOnFail });
}

async function run(parameters, settings) {
	sandbox.resetStats();
	const result = await engine.run(workflow(parameters, settings));
	return { ...result, out: result.items.Venio ?? [] };
}

/** Resolves once the sandbox has logged a request matching `test` (no timing involved). */
async function requestLogged(test) {
	while (!sandbox.stats.requests.some(test)) await new Promise((resolve) => setImmediate(resolve));
}

/** Every text of a result a user or a log could see: the error and the output items. */
const visibleText = (result) =>
	JSON.stringify([result.error?.message, result.error?.description, result.out]);

describe('Options › Timeout', () => {
	test('a hanging read is tried again within the same tries, then fails saying no answer came', async () => {
		sandbox.faults.add({ operationId: 'customerGetByCode', kind: 'hang', times: MAX_ATTEMPTS });
		const { error } = await run(getCustomer(firstCode(), { timeout: 300 }));
		expect(error.message).toBe('Venio did not answer in time');
		expect(error.description).toMatch(/did not answer within 300 ms on each of 5 tries/);
		expect(apiCalls()).toHaveLength(MAX_ATTEMPTS);
	});

	test('a read that hangs once is answered on the next try', async () => {
		sandbox.faults.add({ operationId: 'customerGetByCode', kind: 'hang', times: 1 });
		const { out, error } = await run(getCustomer(firstCode(), { timeout: 300 }));
		expect(error).toBeUndefined();
		expect(out[0].customerCode).toBe(firstCode());
		expect(apiCalls()).toHaveLength(2);
	});

	test('a once-only write that gets no answer is not sent again: its outcome is unknown', async () => {
		sandbox.faults.add({ operationId: 'customerCreateOrUpdate', kind: 'hang', times: 1 });
		const { error } = await run({
			resource: 'customer',
			operation: 'upsert',
			customerName: 'Timeout Trading',
			customerState: 3,
			options: { timeout: 300 },
		});
		expect(error.message).toMatch(/^Outcome unknown/);
		expect(error.description).toMatch(/no answer came in time/);
		expect(apiCalls().filter((r) => r.operationId === 'customerCreateOrUpdate')).toHaveLength(1);
	});

	test('the token call is bounded too: a hanging token endpoint is tried again', async () => {
		sandbox.faults.add({ operationId: 'authorizationToken', kind: 'hang', times: 1 });
		// The token call's own bound is the default timeout; the sandbox's hang ends when the
		// client gives up, so this test waits for that bound once.
		const { out, error } = await run(getCustomer());
		expect(error).toBeUndefined();
		expect(out).toHaveLength(1);
		expect(sandbox.stats.tokenCalls).toBe(2);
	}, 120_000);
});

describe("a stopped execution ends the node's waits", () => {
	test('during a rate-limit pause: the run ends and nothing more is sent', async () => {
		sandbox.faults.add({ operationId: 'customerGetByCode', kind: '429', retryAfter: 25, times: 1 });
		sandbox.resetStats();
		const running = engine.start(workflow(getCustomer()));
		await requestLogged((r) => r.fault === '429');
		running.cancel();
		const result = await running.done;
		expect(result.out ?? result.items.Venio ?? []).toEqual([]);
		expect(apiCalls()).toHaveLength(1);
	});

	test("during a retry's back-off: the run ends and the call is not sent again", async () => {
		// A 502 is waited out by the request itself (not the pacer), for its Retry-After.
		sandbox.faults.add({ operationId: 'customerGetByCode', kind: '502', retryAfter: 25, times: 1 });
		sandbox.resetStats();
		const running = engine.start(workflow(getCustomer()));
		await requestLogged((r) => r.fault === '502');
		running.cancel();
		await running.done;
		expect(apiCalls()).toHaveLength(1);
	});

	test('during Return All, with a page in flight that never answers', async () => {
		sandbox.faults.add({ operationId: 'customersEnquiry', kind: 'hang', times: 1 });
		sandbox.resetStats();
		const running = engine.start(
			workflow({ resource: 'customer', operation: 'getMany', customerType: 11300, returnAll: true }),
		);
		await requestLogged((r) => r.fault === 'hang');
		running.cancel();
		await running.done;
		expect(apiCalls()).toHaveLength(1);
	});

	test('during a call that never answers', async () => {
		sandbox.faults.add({ operationId: 'customerGetByCode', kind: 'hang', times: 1 });
		sandbox.resetStats();
		const running = engine.start(workflow(getCustomer()));
		await requestLogged((r) => r.fault === 'hang');
		running.cancel();
		await running.done;
		expect(apiCalls()).toHaveLength(1);
	});

	test.each([true, false])(
		'with Continue On Fail %s: the execution ends as stopped, its output the items Venio carried out, and no later item is read or sent',
		async (continueOnFail) => {
			const codes = sandbox.state.customers.order.slice(0, 8);
			// Item 3's call never answers: the user stops the execution while it waits.
			sandbox.faults.add({ path: `/v3/customers/${codes[3]}`, kind: 'hang', times: 1 });
			sandbox.resetStats();
			const running = engine.start(
				workflow(
					{
						...getCustomer(),
						customer: { __rl: true, mode: 'code', value: '={{ $json.code }}' },
						options: { parallelRequests: 1 },
					},
					{ items: codes.map((code) => ({ code })), continueOnFail },
				),
			);
			await requestLogged((r) => r.fault === 'hang');
			running.cancel();
			const result = await running.done;
			expect(result.run.status).toBe('canceled');
			expect(result.errors).toEqual({});
			// Not an error item for each item the stop cut short or never reached.
			expect(result.items.Venio.map((item) => item.customerCode)).toEqual(codes.slice(0, 3));
			expect(result.pairedItems.Venio).toEqual([0, 1, 2].map((item) => ({ item })));
			expect(apiCalls()).toHaveLength(4);
		},
	);

	test('at the token gate: items waiting for the first token stop with it', async () => {
		sandbox.faults.add({ operationId: 'authorizationToken', kind: 'hang', times: 1 });
		sandbox.resetStats();
		const codes = sandbox.state.customers.order.slice(0, 8);
		const running = engine.start(
			workflow(
				{ ...getCustomer(), customer: { __rl: true, mode: 'code', value: '={{ $json.code }}' } },
				{ items: codes.map((code) => ({ code })) },
			),
		);
		await requestLogged((r) => r.fault === 'hang');
		running.cancel();
		await running.done;
		expect(apiCalls()).toHaveLength(0);
	});
});

describe('the token endpoint', () => {
	test.each(['503', '429', '500', '502', '504', 'drop'])(
		'failing with %s twice is tried again and the run completes',
		async (kind) => {
			sandbox.faults.add({ operationId: 'authorizationToken', kind, times: 2, retryAfter: 0 });
			const { out, error } = await run(getCustomer());
			expect(error).toBeUndefined();
			expect(out[0].customerCode).toBe(firstCode());
			expect(sandbox.stats.tokenCalls).toBe(3);
		},
	);

	test('unavailable on every try says so, not "fix the value"; Continue On Fail items share the failure', async () => {
		sandbox.faults.add({ operationId: 'authorizationToken', kind: '503', times: 100 });
		const items = [{}, {}, {}];
		const { out } = await run(getCustomer(), { items, continueOnFail: true });
		expect(out).toHaveLength(3);
		for (const item of out) {
			expect(item.error).toMatch(
				/Venio's token endpoint is unavailable \(HTTP 503, tried 5 times\)/,
			);
			expect(item.description).toMatch(/Nothing needs fixing in the credential/);
			expect(item.description).not.toMatch(/Fix the value/);
		}
		expect(sandbox.stats.tokenCalls).toBe(MAX_ATTEMPTS);
		expect(apiCalls()).toHaveLength(0);
	});

	test('a refused credential is asked once per run, however many items go on after it', async () => {
		const wrong = engine.addVenioCredential({ ...sandbox.credentials, clientSecret: 'wrong' }, 'w');
		sandbox.resetStats();
		const result = await engine.run(
			venioWorkflow({
				items: [{}, {}, {}, {}],
				parameters: getCustomer(),
				credentials: wrong,
				continueOnFail: true,
			}),
		);
		const out = result.items.Venio;
		expect(out).toHaveLength(4);
		for (const item of out) expect(item.error).toMatch(/refused the Client ID or Client Secret/);
		expect(sandbox.stats.tokenCalls).toBe(1);
	});

	test('a spent quota (403 with Retry-After) is not a credential error: it says when it renews', async () => {
		sandbox.faults.add({ operationId: 'authorizationToken', kind: '403', retryAfter: 3600 });
		const { error } = await run(getCustomer());
		expect(error.message).toMatch(/quota is spent; it renews in 3600 seconds/);
		expect(error.description).not.toMatch(/Fix the value/);
		expect(sandbox.stats.tokenCalls).toBe(1);
	});

	test('a quota that renews within the rate-limit cap is waited for', async () => {
		sandbox.faults.add({ operationId: 'authorizationToken', kind: '403', retryAfter: 0 });
		const { out, error } = await run(getCustomer());
		expect(error).toBeUndefined();
		expect(out).toHaveLength(1);
		expect(sandbox.stats.tokenCalls).toBe(2);
	});
});

describe('a spent quota on an API call', () => {
	test('renewing later than the cap fails at once, saying when', async () => {
		sandbox.faults.add({ operationId: 'customerGetByCode', kind: '403', retryAfter: 3600 });
		const { error } = await run(getCustomer());
		expect(error.message).toBe("Venio's quota for this Subscription Key is spent");
		expect(error.description).toMatch(/quota renews, in 3600 seconds/);
		expect(apiCalls()).toHaveLength(1);
	});

	test('renewing within the cap is waited for', async () => {
		sandbox.faults.add({ operationId: 'customerGetByCode', kind: '403', retryAfter: 0 });
		const { out, error } = await run(getCustomer());
		expect(error).toBeUndefined();
		expect(out).toHaveLength(1);
		expect(apiCalls()).toHaveLength(2);
	});
});

describe("no secret leaves through Venio's own words", () => {
	test('a token endpoint quoting the client secret and key back', async () => {
		sandbox.faults.add({ operationId: 'authorizationToken', kind: 'echo', status: 400 });
		const result = await run(getCustomer(), { items: [{}, {}], continueOnFail: true });
		const text = visibleText(result);
		expect(text).toMatch(/\[redacted\]/);
		expect(text).not.toContain(SECRET);
		expect(text).not.toContain(encodeURIComponent(SECRET));
		expect(text).not.toContain(new URLSearchParams({ s: SECRET }).toString().slice(2));
		expect(text).not.toContain(KEY);
	});

	test('an API answer quoting the bearer token and key back', async () => {
		sandbox.faults.add({ operationId: 'customerGetByCode', kind: 'echo', status: 400 });
		const result = await run(getCustomer());
		const token = engine.credentials.stored('venio-1').accessToken;
		expect(token).toMatch(/.{16,}/);
		const text = visibleText(result);
		expect(result.error.message).toMatch(/\[redacted\]/);
		expect(text).not.toContain(token);
		expect(text).not.toContain(KEY);
	});
});

describe('Return All under token churn', () => {
	const listAll = {
		resource: 'customer',
		operation: 'getMany',
		customerType: 11300,
		returnAll: true,
		simplify: false,
	};

	test('a page refused again with each newer token is sent again; every record comes out once', async () => {
		const churn = await startSandbox({ seed: { customers: 2500 } });
		try {
			const creds = engine.addVenioCredential(churn.credentials, 'churn');
			const expected = [...churn.state.customers.values()]
				.filter((c) => c.customerType === 11300)
				.map((c) => c.customerCode);
			expect(expected.length).toBeGreaterThan(1000); // pages are read ahead
			await engine.run(venioWorkflow({ parameters: getCustomer('x'), credentials: creds }));
			// Each refusal revokes the token it came with: the first page is refused with the run's
			// token, then with the token that replaced it, then with the next one.
			churn.faults.add({ operationId: 'customersEnquiry', kind: 'expireToken', times: 3 });
			churn.resetStats();
			const result = await engine.run(venioWorkflow({ parameters: listAll, credentials: creds }));
			expect(result.error).toBeUndefined();
			const codes = result.items.Venio.map((c) => c.customerCode);
			expect(codes).toEqual(expected);
			expect(churn.stats.tokenCalls).toBe(3);
		} finally {
			await churn.stop();
		}
	});

	test('a request refused with every new token fails after three token changes', async () => {
		sandbox.faults.add({ operationId: 'customerGetByCode', kind: 'expireToken', times: 100 });
		const { error } = await run(getCustomer());
		expect(error.httpCode).toBe('401');
		expect(apiCalls()).toHaveLength(4);
		expect(sandbox.stats.tokenCalls).toBe(4);
	});
});
