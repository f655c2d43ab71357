'use strict';
// The sandbox's token endpoint, and the gateway's subscription-key and bearer-token checks
// (test/sandbox/auth.js), over real loopback HTTP.

const { setTimeout: sleep } = require('timers/promises');
const { startSandbox } = require('..');
const { MISSING_KEY, INVALID_KEY, AUTH_REQUIRED } = require('../auth');
const { request, tokenRequest, newToken, clientFor } = require('./client');
const { SMALL_SEED } = require('./smallSeed');
const { useSandbox } = require('./useSandbox');

describe('Venio sandbox', () => {
	const { sandbox, api } = useSandbox();

	describe('token endpoint', () => {
		test('issues an unguessable bearer token', async () => {
			const first = await tokenRequest(sandbox);
			const second = await tokenRequest(sandbox);
			expect(first.status).toBe(200);
			expect(first.headers['content-type']).toBe('application/json');
			expect(first.json).toEqual({
				access_token: expect.any(String),
				expires_in: 3600,
				token_type: 'Bearer',
				scope: 'venio_api',
			});
			expect(first.json.access_token.length).toBeGreaterThanOrEqual(32);
			expect(first.json.access_token).not.toBe(second.json.access_token);
		});

		test('answers each failure with its documented body', async () => {
			const missing = await tokenRequest(sandbox, { key: null });
			expect([missing.status, missing.json]).toEqual([
				401,
				{ statusCode: 401, message: MISSING_KEY },
			]);
			expect(MISSING_KEY).toBe(
				'Access denied due to missing subscription key. Make sure to include subscription key when making requests to an API.',
			);

			const wrongKey = await tokenRequest(sandbox, { key: 'nope' });
			expect([wrongKey.status, wrongKey.json]).toEqual([
				401,
				{ statusCode: 401, message: INVALID_KEY },
			]);
			expect(INVALID_KEY).toBe(
				'Access denied due to invalid subscription key. Make sure to provide a valid key for an active subscription.',
			);

			const base = {
				grant_type: 'client_credentials',
				client_id: 'sandbox-client',
				client_secret: 'sandbox-secret',
			};
			const wrongId = await tokenRequest(sandbox, { form: { ...base, client_id: 'other' } });
			expect([wrongId.status, wrongId.json]).toEqual([400, { error: 'invalid_client' }]);
			const wrongSecret = await tokenRequest(sandbox, {
				form: { ...base, client_secret: 'other' },
			});
			expect([wrongSecret.status, wrongSecret.json]).toEqual([400, { error: 'invalid_client' }]);
			const grant = await tokenRequest(sandbox, { form: { ...base, grant_type: 'password' } });
			expect([grant.status, grant.json]).toEqual([400, { error: 'unsupported_grant_type' }]);
		});

		test('accepts client credentials as HTTP Basic auth', async () => {
			const basic = Buffer.from('sandbox-client:sandbox-secret').toString('base64');
			const answer = await tokenRequest(sandbox, {
				form: { grant_type: 'client_credentials' },
				headers: { Authorization: `Basic ${basic}` },
			});
			expect(answer.status).toBe(200);
		});
	});

	describe('gateway and bearer checks', () => {
		test('checks the subscription key first, then the bearer token', async () => {
			const noKey = await request(sandbox.url, 'GET', '/v3/customers/C000001', {
				headers: { Authorization: `Bearer ${api.token}` },
			});
			expect([noKey.status, noKey.json]).toEqual([401, { statusCode: 401, message: MISSING_KEY }]);
			const badKey = await api.call('GET', '/v3/customers/C000001', undefined, {
				headers: { 'Ocp-Apim-Subscription-Key': 'bad' },
			});
			expect([badKey.status, badKey.json]).toEqual([
				401,
				{ statusCode: 401, message: INVALID_KEY },
			]);
			const noBearer = await request(sandbox.url, 'GET', '/v3/customers/C000001', {
				headers: { 'Ocp-Apim-Subscription-Key': 'sandbox-key' },
			});
			expect([noBearer.status, noBearer.json]).toEqual([
				401,
				{ statusCode: 401, message: AUTH_REQUIRED },
			]);
			const unknown = await api.call('GET', '/v3/customers/C000001', undefined, {
				token: 'made-up',
			});
			expect([unknown.status, unknown.json]).toEqual([
				401,
				{ statusCode: 401, message: 'User authentication required V2.' },
			]);
		});

		test('expireTokens() invalidates every token issued so far', async () => {
			const client = await clientFor(sandbox);
			expect((await client.call('GET', '/v1/deals/boards')).status).toBe(200);
			sandbox.expireTokens();
			const expired = await client.call('GET', '/v1/deals/boards');
			expect([expired.status, expired.json.message]).toEqual([401, AUTH_REQUIRED]);
			client.token = await newToken(sandbox);
			expect((await client.call('GET', '/v1/deals/boards')).status).toBe(200);
			api.token = await newToken(sandbox);
		});

		test('tokens expire after tokenTtlSeconds', async () => {
			const shortLived = await startSandbox({ tokenTtlSeconds: 1, seed: SMALL_SEED });
			try {
				const answer = await tokenRequest(shortLived);
				expect(answer.json.expires_in).toBe(1);
				const client = await clientFor(shortLived);
				expect((await client.call('GET', '/v1/products/units')).status).toBe(200);
				await sleep(1200);
				const late = await client.call('GET', '/v1/products/units');
				expect([late.status, late.json.message]).toEqual([401, AUTH_REQUIRED]);
			} finally {
				await shortLived.stop();
			}
		});

		test('unknown paths are 404 and paths match case-insensitively', async () => {
			const missing = await api.call('GET', '/v9/nothing');
			expect([missing.status, missing.json]).toEqual([
				404,
				{ statusCode: 404, message: 'Resource not found' },
			]);
			// The vendor sample calls /v2/products/getproduct for the documented /v2/Products/GetProduct.
			const lower = await api.call('POST', '/v2/products/getproduct', { take: 3, status: [1] });
			expect(lower.status).toBe(200);
			expect(lower.json.data).toHaveLength(3);
		});
	});
});
