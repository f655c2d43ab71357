'use strict';
// The Venio API credential, run the way n8n runs it: preAuthentication through n8n-core's
// httpRequestWithAuthentication (token stored with the credential, refreshed on 401), the generic
// authenticate headers, and the credential test.
const { startSandbox } = require('./sandbox');
const { Engine, getByCode, venioWorkflow } = require('./harness/engine');
const { credentialTypes } = require('./harness/types');
const { plainHelpers, testCredential, venioCredentialData } = require('./harness/credentials');

/** Starts a sandbox before all (or each) of the tests around it, hands it to `use`, stops it after. */
function withSandbox(options, use, { each = false } = {}) {
	let started;
	(each ? beforeEach : beforeAll)(async () => {
		started = await startSandbox({ tokenTtlSeconds: 3600, ...options });
		use(started);
	});
	(each ? afterEach : afterAll)(async () => {
		await started.stop();
	});
}

// A sandbox for each test: its URL is one of the credential values, so each test's values are new
// to the process-wide token memory and no test depends on another's tokens.
let sandbox;
withSandbox(
	{ seed: { customers: 30 } },
	(started) => {
		sandbox = started;
	},
	{ each: true },
);

const codes = () => [...sandbox.state.customers.keys()];

function getCustomers(engine, credentials, items) {
	return engine.run(
		venioWorkflow({
			items: items.map((code) => ({ code })),
			credentials,
			parameters: getByCode(),
		}),
	);
}

function apiRequests() {
	return sandbox.stats.requests.filter((r) => r.operationId !== 'authorizationToken');
}

describe('token', () => {
	test('is fetched once for many items, stored with the credential, and sent on every call', async () => {
		const engine = new Engine();
		const credentials = engine.addVenioCredential(sandbox.credentials);
		sandbox.resetStats();
		const result = await getCustomers(engine, credentials, codes().slice(0, 20));
		expect(result.error).toBeUndefined();
		expect(result.items.Venio.map((c) => c.customerCode)).toEqual(codes().slice(0, 20));
		expect(sandbox.stats.tokenCalls).toBe(1);
		const token = engine.credentials.stored('venio-1').accessToken;
		expect(token).toMatch(/.{16,}/);
		const calls = apiRequests();
		expect(calls).toHaveLength(20);
		for (const call of calls) {
			expect(call.headers.authorization).toBe(`Bearer ${token}`);
			expect(call.headers['ocp-apim-subscription-key']).toBe(sandbox.credentials.subscriptionKey);
		}
		const tokenCall = sandbox.stats.requests.find((r) => r.operationId === 'authorizationToken');
		expect(tokenCall.headers['ocp-apim-subscription-key']).toBe(sandbox.credentials.subscriptionKey);
		expect(tokenCall.headers['content-type']).toMatch(/application\/x-www-form-urlencoded/);
		expect(tokenCall.body).toMatchObject({
			grant_type: 'client_credentials',
			client_id: sandbox.credentials.clientId,
			client_secret: sandbox.credentials.clientSecret,
		});
	});

	test('is reused by the next execution', async () => {
		const engine = new Engine();
		const credentials = engine.addVenioCredential(sandbox.credentials);
		await getCustomers(engine, credentials, codes().slice(0, 2));
		sandbox.resetStats();
		const result = await getCustomers(engine, credentials, codes().slice(0, 5));
		expect(result.items.Venio).toHaveLength(5);
		expect(sandbox.stats.tokenCalls).toBe(0);
	});

	test('is fetched again once after Venio expires it mid-run, and the run completes', async () => {
		const engine = new Engine();
		const credentials = engine.addVenioCredential(sandbox.credentials);
		await getCustomers(engine, credentials, codes().slice(0, 1));
		const before = engine.credentials.stored('venio-1').accessToken;
		sandbox.expireTokens();
		sandbox.resetStats();
		const result = await getCustomers(engine, credentials, codes().slice(0, 10));
		expect(result.error).toBeUndefined();
		expect(result.items.Venio).toHaveLength(10);
		expect(sandbox.stats.tokenCalls).toBe(1);
		const after = engine.credentials.stored('venio-1').accessToken;
		expect(after).not.toBe(before);
		// Items run in parallel: each call sent with the expired token is refused once and sent
		// again with the one new token (10 successes, at most one 401 per item).
		const refused = apiRequests().filter((r) => r.status === 401);
		expect(refused.length).toBeGreaterThanOrEqual(1);
		expect(new Set(refused.map((r) => r.path)).size).toBe(refused.length);
		expect(apiRequests().filter((r) => r.status === 200)).toHaveLength(10);
	});

	test('is refreshed after a 401 on one call (token revoked at the gateway)', async () => {
		const engine = new Engine();
		const credentials = engine.addVenioCredential(sandbox.credentials);
		await getCustomers(engine, credentials, codes().slice(0, 1));
		sandbox.faults.add({ operationId: 'customerGetByCode', kind: 'expireToken', times: 1 });
		sandbox.resetStats();
		const result = await getCustomers(engine, credentials, codes().slice(0, 3));
		expect(result.error).toBeUndefined();
		expect(result.items.Venio).toHaveLength(3);
		expect(sandbox.stats.tokenCalls).toBe(1);
	});

	test('expires after its lifetime and a new one is fetched', async () => {
		const shortLived = await startSandbox({ seed: { customers: 3 }, tokenTtlSeconds: 1 });
		try {
			const engine = new Engine();
			const credentials = engine.addVenioCredential(shortLived.credentials);
			const code = [...shortLived.state.customers.keys()][0];
			await getCustomers(engine, credentials, [code]);
			await new Promise((resolve) => setTimeout(resolve, 1500));
			shortLived.resetStats();
			const result = await getCustomers(engine, credentials, [code]);
			expect(result.items.Venio[0].customerCode).toBe(code);
			expect(shortLived.stats.tokenCalls).toBe(1);
		} finally {
			await shortLived.stop();
		}
	});
});

describe('token shared by the executions of one process', () => {
	const RUNS = 5;
	let fresh;
	// A sandbox for each test, so its credential values are new to this process (a cold start).
	withSandbox(
		{ seed: { customers: 10 } },
		(started) => {
			fresh = started;
		},
		{ each: true },
	);

	const freshCodes = () => [...fresh.state.customers.keys()];
	/**
	 * RUNS executions whose preAuthentication runs reach the credential together (all of them
	 * run it: n8n's rules decide that); each must get every customer.
	 */
	async function runTogether(engine, credentials) {
		engine.credentials.preAuthenticationRuns = 0;
		engine.credentials.holdPreAuthentication(RUNS);
		const results = await Promise.all(
			Array.from({ length: RUNS }, () => getCustomers(engine, credentials, freshCodes())),
		);
		for (const result of results) {
			expect(result.error).toBeUndefined();
			expect(result.items.Venio).toHaveLength(freshCodes().length);
		}
		expect(engine.credentials.preAuthenticationRuns).toBe(RUNS);
	}

	test(`${RUNS} executions starting together before any token is stored make one token call`, async () => {
		const engine = new Engine();
		const credentials = engine.addVenioCredential(fresh.credentials);
		// Each read the credential before a token was stored.
		await runTogether(engine, credentials);
		expect(fresh.stats.tokenCalls).toBe(1);
	});

	test(`${RUNS} executions meeting a 401 together make one refresh, and every item comes out`, async () => {
		const engine = new Engine();
		const credentials = engine.addVenioCredential(fresh.credentials);
		await getCustomers(engine, credentials, freshCodes().slice(0, 1));
		fresh.expireTokens();
		fresh.resetStats();
		await runTogether(engine, credentials);
		// Each execution's first calls (as many as Parallel Requests had in flight) were refused and
		// sent again with the one new token.
		const refused = fresh.stats.requests.filter((r) => r.status === 401);
		expect(refused.length).toBeGreaterThanOrEqual(RUNS);
		expect(refused.length).toBeLessThanOrEqual(RUNS * freshCodes().length);
		expect(fresh.stats.tokenCalls).toBe(1);
	});

	// The credential's own decisions, called as n8n's credentials helper calls it: with the token
	// the execution holds ('' for none). `held` after a 401 is the token that was refused.
	const preAuthenticate = async (values, held) =>
		(await credentialTypes.venioApi.preAuthentication.call(plainHelpers, {
			...venioCredentialData(values),
			accessToken: held,
		})).accessToken;

	test('a caller holding a token the process already replaced gets the newest without a call', async () => {
		const first = await preAuthenticate(fresh.credentials, '');
		const second = await preAuthenticate(fresh.credentials, first); // `first` was refused
		expect(second).not.toBe(first);
		fresh.resetStats();
		expect(await preAuthenticate(fresh.credentials, first)).toBe(second);
		expect(await preAuthenticate(fresh.credentials, '')).toBe(second);
		expect(fresh.stats.tokenCalls).toBe(0);
		// The newest refused: a new one.
		const third = await preAuthenticate(fresh.credentials, second);
		expect(third).not.toBe(second);
		expect(fresh.stats.tokenCalls).toBe(1);
	});

	test('a refused token the process does not know (another n8n process stored it) is replaced once', async () => {
		await preAuthenticate(fresh.credentials, '');
		const elsewhere = 'a-token-another-worker-stored';
		fresh.resetStats();
		const replacement = await preAuthenticate(fresh.credentials, elsewhere);
		expect(await preAuthenticate(fresh.credentials, elsewhere)).toBe(replacement);
		expect(fresh.stats.tokenCalls).toBe(1);
	});

	test('a token is not handed out near the end of the lifetime Venio gave it', async () => {
		const shortLived = await startSandbox({ seed: { customers: 1 }, tokenTtlSeconds: 1 });
		try {
			const first = await preAuthenticate(shortLived.credentials, '');
			await new Promise((resolve) => setTimeout(resolve, 1000));
			shortLived.resetStats();
			expect(await preAuthenticate(shortLived.credentials, '')).not.toBe(first);
			expect(shortLived.stats.tokenCalls).toBe(1);
		} finally {
			await shortLived.stop();
		}
	});

	test('a token without a lifetime is handed out until it is refused', async () => {
		fresh.faults.add({
			operationId: 'authorizationToken',
			kind: 'answer',
			body: { access_token: 'token-without-lifetime', token_type: 'Bearer' },
		});
		expect(await preAuthenticate(fresh.credentials, '')).toBe('token-without-lifetime');
		fresh.resetStats();
		expect(await preAuthenticate(fresh.credentials, '')).toBe('token-without-lifetime');
		expect(fresh.stats.tokenCalls).toBe(0);
		expect(await preAuthenticate(fresh.credentials, 'token-without-lifetime')).not.toBe(
			'token-without-lifetime',
		);
		expect(fresh.stats.tokenCalls).toBe(1);
	});
});

describe('credential test', () => {
	test('passes with the right values', async () => {
		sandbox.resetStats();
		const result = await testCredential('venioApi', venioCredentialData(sandbox.credentials));
		expect(result).toEqual({ status: 'OK', message: 'Connection successful!' });
		expect(sandbox.stats.tokenCalls).toBe(1);
		expect(apiRequests().map((r) => r.operationId)).toEqual(['customerEventTypesGet']);
	});

	test.each([
		['clientSecret', 'a-wrong-secret-value', /Client ID or Client Secret/],
		['clientId', 'someone-else', /Client ID or Client Secret/],
		['subscriptionKey', 'a-wrong-subscription-key', /Subscription Key/],
	])('fails with a wrong %s and names the field, not its value', async (field, wrong, expected) => {
		const data = venioCredentialData({ ...sandbox.credentials, [field]: wrong });
		await testCredential('venioApi', venioCredentialData(sandbox.credentials));
		sandbox.resetStats();
		const result = await testCredential('venioApi', data);
		expect(result.status).toBe('Error');
		// Its own token call, though this process holds a token for the right values.
		expect(sandbox.stats.tokenCalls).toBe(1);
		expect(result.message).toMatch(expected);
		for (const secret of [wrong, sandbox.credentials.clientSecret, sandbox.credentials.subscriptionKey]) {
			expect(result.message).not.toContain(secret);
		}
	});

	test('resolves the Base URL expression, with or without a trailing slash', async () => {
		sandbox.resetStats();
		const data = venioCredentialData({ ...sandbox.credentials, baseUrl: `${sandbox.url}/` });
		expect(await testCredential('venioApi', data)).toMatchObject({ status: 'OK' });
		expect(apiRequests().map((r) => r.path)).toEqual(['/v1/customerEvent/event-types']);
	});

	test('fails with an unreachable Base URL and says to check it', async () => {
		const data = venioCredentialData({ ...sandbox.credentials, baseUrl: 'http://127.0.0.1:9' });
		const result = await testCredential('venioApi', data);
		expect(result.status).toBe('Error');
		expect(result.message).toMatch(/Could not reach Venio at http:\/\/127\.0\.0\.1:9.*Base URL/);
	});
});

describe('secrets', () => {
	test('never appear in a failed run: not in the error, not in the execution data', async () => {
		const engine = new Engine();
		const wrong = { ...sandbox.credentials, clientSecret: 'do-not-leak-this-secret-7731' };
		const credentials = engine.addVenioCredential(wrong);
		const result = await getCustomers(engine, credentials, codes().slice(0, 2));
		expect(result.error).toBeDefined();
		expect(result.error.message).toMatch(/Client ID or Client Secret/);
		expect(result.error.description).toMatch(/No request was sent: the Venio API credential could not get an access token/);
		const everything = JSON.stringify(result.run) + JSON.stringify(result.error) + result.error.stack;
		expect(everything).not.toContain('do-not-leak-this-secret-7731');
		expect(everything).not.toContain(sandbox.credentials.subscriptionKey);
	});

	test('never appear in an API error after a token was issued', async () => {
		const engine = new Engine();
		const credentials = engine.addVenioCredential(sandbox.credentials);
		const result = await getCustomers(engine, credentials, ['NO-SUCH-CUSTOMER']);
		expect(result.error.message).toMatch(/not found/i);
		const token = engine.credentials.stored('venio-1').accessToken;
		const everything = JSON.stringify(result.run) + JSON.stringify(result.error) + result.error.stack;
		for (const secret of [token, sandbox.credentials.clientSecret, sandbox.credentials.subscriptionKey]) {
			expect(everything).not.toContain(secret);
		}
	});
});
