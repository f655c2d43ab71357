'use strict';
// The sandbox's injectable faults (test/sandbox/faults.js): what each kind answers, and which
// requests it applies to.

const { setTimeout: sleep } = require('timers/promises');

const { AUTH_REQUIRED } = require('../auth');
const { tokenRequest, newToken, clientFor, success } = require('./client');
const { useSandbox } = require('./useSandbox');

describe('Venio sandbox', () => {
	const { sandbox, api } = useSandbox();

	describe('faults', () => {
		test("'429' answers Retry-After and counts down times", async () => {
			sandbox.faults.add({ path: '/v1/deals/boards', kind: '429', retryAfter: 7, times: 2 });
			for (let i = 0; i < 2; i++) {
				const limited = await api.call('GET', '/v1/deals/boards');
				expect(limited.status).toBe(429);
				expect(limited.headers['retry-after']).toBe('7');
				expect(limited.json.statusCode).toBe(429);
				expect(sandbox.faults.list()).toHaveLength(i === 0 ? 1 : 0);
			}
			expect((await api.call('GET', '/v1/deals/boards')).status).toBe(200);
		});

		test.each(['403', '500', '502', '503', '504'])("'%s' answers that status", async (kind) => {
			sandbox.faults.add({ operationId: 'dealLabelsGet', kind, retryAfter: 3 });
			const failed = await api.call('GET', '/v1/deals/labels');
			expect(failed.status).toBe(Number(kind));
			// Retry-After only where a gateway sends it: a spent quota, a 502 of a proxy, a 503.
			expect(failed.headers['retry-after']).toBe(['403', '502', '503'].includes(kind) ? '3' : undefined);
			expect((await api.call('GET', '/v1/deals/labels')).status).toBe(200);
		});

		test("'slow' delays, then answers normally", async () => {
			sandbox.faults.add({
				method: 'GET',
				path: /^\/v1\/deals\/interests$/i,
				kind: 'slow',
				delayMs: 300,
			});
			const started = Date.now();
			const slow = await api.call('GET', '/v1/deals/interests');
			expect(Date.now() - started).toBeGreaterThanOrEqual(290);
			expect(slow.json).toMatchObject(success);
		});

		test("'drop' closes the socket without an answer", async () => {
			sandbox.faults.add({ path: '/v1/products/groups', kind: 'drop' });
			await expect(api.call('GET', '/v1/products/groups')).rejects.toThrow(
				/socket hang up|ECONNRESET/,
			);
			expect(sandbox.stats.requests.at(-1)).toMatchObject({
				path: '/v1/products/groups',
				status: null,
				fault: 'drop',
			});
			expect((await api.call('GET', '/v1/products/groups')).status).toBe(200);
		});

		test("'malformed' answers 200 with truncated JSON", async () => {
			sandbox.faults.add({ operationId: 'productUnitsGet', kind: 'malformed' });
			const broken = await api.call('GET', '/v1/products/units');
			expect(broken.status).toBe(200);
			expect(broken.headers['content-type']).toBe('application/json');
			expect(broken.text.startsWith('{"status":')).toBe(true);
			expect(() => JSON.parse(broken.text)).toThrow();
		});

		test.each(['504', 'drop'])(
			"'%s' with after: true carries the request out, then fails its answer",
			async (kind) => {
				const code = sandbox.state.products.order[0];
				const before = sandbox.state.products.get(code).qty;
				sandbox.faults.add({ operationId: 'productStockUpdate', kind, after: true });
				const answer = api.call('PUT', '/v1/products/stock', [{ productCode: code, qty: 5 }]);
				if (kind === 'drop') await expect(answer).rejects.toThrow(/socket hang up|ECONNRESET/);
				else expect((await answer).status).toBe(504);
				expect(sandbox.state.products.get(code).qty).toBe(before + 5);
			},
		);

		test("'cut' announces the full length, sends half and closes the connection", async () => {
			sandbox.faults.add({ operationId: 'productUnitsGet', kind: 'cut' });
			await expect(api.call('GET', '/v1/products/units')).rejects.toThrow(
				/aborted|socket hang up|ECONNRESET/,
			);
			expect(sandbox.stats.requests.at(-1)).toMatchObject({ status: 200, fault: 'cut' });
			expect((await api.call('GET', '/v1/products/units')).status).toBe(200);
		});

		test("'hang' never answers", async () => {
			sandbox.faults.add({ operationId: 'productUnitsGet', kind: 'hang' });
			const answer = api.call('GET', '/v1/products/units').then(() => 'answered', () => 'failed');
			const first = await Promise.race([answer, sleep(300).then(() => 'waiting')]);
			expect(first).toBe('waiting');
			expect(sandbox.faults.list()).toEqual([]);
		});

		test("'expireToken' expires the request's token: 401 now and on retry", async () => {
			const client = await clientFor(sandbox);
			sandbox.faults.add({ operationId: 'productPropertiesGet', kind: 'expireToken' });
			const first = await client.call('GET', '/v1/products/properties');
			expect([first.status, first.json.message]).toEqual([401, AUTH_REQUIRED]);
			expect((await client.call('GET', '/v1/products/properties')).status).toBe(401);
			client.token = await newToken(sandbox);
			expect((await client.call('GET', '/v1/products/properties')).status).toBe(200);
		});

		test('faults apply to the token endpoint and only to matching requests', async () => {
			sandbox.faults.add({ operationId: 'authorizationToken', kind: '503' });
			sandbox.faults.add({ method: 'POST', path: '/v1/deals/boards', kind: '500' });
			expect((await api.call('GET', '/v1/deals/boards')).status).toBe(200); // method differs
			expect((await tokenRequest(sandbox)).status).toBe(503);
			expect((await tokenRequest(sandbox)).status).toBe(200);
			expect(sandbox.faults.list()).toEqual([expect.objectContaining({ kind: '500', times: 1 })]);
			sandbox.faults.clear();
			expect(sandbox.faults.list()).toEqual([]);
			expect(() => sandbox.faults.add({ kind: 'teapot' })).toThrow(/Unknown fault kind/);
		});
	});
});
