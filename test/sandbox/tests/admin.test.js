'use strict';
// The sandbox's admin endpoints (/__sandbox/...): stats, faults, token expiry and webhook sending.

const http = require('http');
const { request, tokenRequest, newToken, clientFor } = require('./client');
const { useSandbox } = require('./useSandbox');

describe('Venio sandbox', () => {
	const { sandbox, api } = useSandbox();

	describe('admin endpoints', () => {
		const admin = (method, path, body) =>
			request(sandbox.url, method, `/__sandbox/${path}`, { body });

		test('stats, reset-stats, faults, expire-tokens, webhook sending; not counted themselves', async () => {
			expect((await admin('POST', 'reset-stats')).json).toEqual({ ok: true });
			await api.call('GET', '/v1/deals/boards');
			await tokenRequest(sandbox);
			const stats = await admin('GET', 'stats?last=1');
			expect(stats.json).toMatchObject({ tokenCalls: 1, requestCount: 2, logged: 2 });
			expect(stats.json.requests).toEqual([
				expect.objectContaining({
					method: 'POST',
					path: '/authorization/connect/token',
					status: 200,
					operationId: 'authorizationToken',
				}),
			]);
			expect(sandbox.stats.requests).toHaveLength(2);

			expect(
				(await admin('POST', 'faults', { path: '/v1/deals/boards', kind: '503', retryAfter: 2 }))
					.status,
			).toBe(200);
			expect(
				(await admin('POST', 'faults', { pathRegex: '^/v1/deals/lab', kind: '500', times: 3 }))
					.status,
			).toBe(200);
			expect((await admin('GET', 'faults')).json.faults).toHaveLength(2);
			const unavailable = await api.call('GET', '/v1/deals/boards');
			expect([unavailable.status, unavailable.headers['retry-after']]).toEqual([503, '2']);
			expect((await api.call('GET', '/v1/deals/labels')).status).toBe(500);
			expect((await admin('DELETE', 'faults')).json).toEqual({ ok: true });
			expect((await api.call('GET', '/v1/deals/labels')).status).toBe(200);
			expect((await admin('POST', 'faults', { kind: 'nope' })).status).toBe(400);

			const client = await clientFor(sandbox);
			expect((await admin('POST', 'expire-tokens')).json).toEqual({ ok: true });
			expect((await client.call('GET', '/v1/deals/boards')).status).toBe(401);
			api.token = await newToken(sandbox);

			const target = http.createServer((req, res) => {
				req.resume();
				req.on('end', () => res.writeHead(202).end('accepted'));
			});
			await new Promise((resolve) => target.listen(0, '127.0.0.1', resolve));
			try {
				const sent = await admin('POST', 'webhooks/send', {
					url: `http://127.0.0.1:${target.address().port}/hook`,
					topic: 'Case',
					event: 'Create',
					casing: 'pascal',
				});
				expect(sent.json).toMatchObject({ status: 202, body: 'accepted' });
			} finally {
				await new Promise((resolve) => target.close(resolve));
			}
			const unreachable = await admin('POST', 'webhooks/send', {
				url: 'http://127.0.0.1:1/hook',
				topic: 'Case',
				event: 'Create',
			});
			expect(unreachable.status).toBe(502);

			const count = sandbox.stats.requests.filter((r) => r.path.startsWith('/__sandbox')).length;
			expect(count).toBe(0);
		});
	});
});
