'use strict';
// The Venio API credential, run the way n8n runs it: preAuthentication through n8n-core's
// httpRequestWithAuthentication (token stored with the credential, refreshed on 401), the generic
// authenticate headers, and the credential test.
const { startSandbox } = require('./sandbox');
const { Engine, venioWorkflow } = require('./harness/engine');
const { testCredential, venioCredentialData } = require('./harness/credentials');

let sandbox;
beforeAll(async () => {
	sandbox = await startSandbox({ seed: { customers: 30 }, tokenTtlSeconds: 3600 });
});
afterAll(async () => {
	await sandbox.stop();
});

const codes = () => [...sandbox.state.customers.keys()];

function getCustomers(engine, credentials, items) {
	return engine.run(
		venioWorkflow({
			items: items.map((code) => ({ code })),
			credentials,
			parameters: {
				resource: 'customer',
				operation: 'get',
				customer: { __rl: true, mode: 'code', value: '={{ $json.code }}' },
				simplify: false,
			},
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
		const result = await testCredential('venioApi', data);
		expect(result.status).toBe('Error');
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
