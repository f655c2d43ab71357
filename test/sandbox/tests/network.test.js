'use strict';
// The sandbox's real-network modes (network.js): latency with jitter and a gateway rate limit per
// subscription key, set from tests, over the admin endpoints and on the command line; the count of
// requests in flight and the request timeline.

const path = require('path');
const { spawn } = require('child_process');
const { startSandbox } = require('..');
const { parseRate } = require('../network');
const { request } = require('./client');
const { useSandbox } = require('./useSandbox');

describe('real-network modes', () => {
	const { sandbox, api } = useSandbox();
	const admin = (method, route, body) => request(sandbox.url, method, `/__sandbox/${route}`, { body });
	afterEach(() => sandbox.network({ latencyMs: 0, jitterMs: 0, rateLimit: 0 }));

	test('are off by default and set over the admin endpoints', async () => {
		expect((await admin('GET', 'network')).json).toEqual({ latencyMs: 0, jitterMs: 0, rateLimit: 0 });
		const set = await admin('POST', 'network', { latencyMs: 30, rateLimit: 3 });
		expect(set.json).toEqual({ latencyMs: 30, jitterMs: 0, rateLimit: 3 });
		expect((await admin('POST', 'network', { latencyMs: -1 })).status).toBe(400);
	});

	test('a rate limit refuses calls beyond it per key with 429 and Retry-After', async () => {
		sandbox.network({ rateLimit: 3 });
		const answers = [];
		for (let i = 0; i < 5; i++) answers.push(await api.call('GET', '/v1/deals/boards'));
		expect(answers.map((a) => a.status)).toEqual([200, 200, 200, 429, 429]);
		expect(answers[3].headers['retry-after']).toBe('1');
		expect(answers[3].json.message).toMatch(/Rate limit is exceeded/);
		expect(sandbox.stats.requests.slice(-2).map((r) => r.fault)).toEqual(['rateLimit', 'rateLimit']);
		// Another subscription key has its own allowance (and is then refused as unknown).
		const other = await request(sandbox.url, 'GET', '/v1/deals/boards', {
			headers: { 'Ocp-Apim-Subscription-Key': 'another-key' },
		});
		expect(other.status).toBe(401);
	});

	test('latency delays every answer; in flight and its peak are counted; the timeline has both ends', async () => {
		sandbox.network({ latencyMs: 300, jitterMs: 20 });
		sandbox.resetStats();
		await Promise.all([1, 2, 3].map(() => api.call('GET', '/v1/deals/boards')));
		expect(sandbox.load.peakInFlight).toBe(3);
		expect(sandbox.load.inFlight).toBe(0);
		const { timeline } = (await admin('GET', 'timeline')).json;
		expect(timeline).toHaveLength(3);
		for (const entry of timeline) {
			expect(entry).toMatchObject({ method: 'GET', path: '/v1/deals/boards', status: 200 });
			expect(entry.end - entry.start).toBeGreaterThanOrEqual(299);
		}
		expect((await admin('GET', 'stats?last=0')).json).toMatchObject({ inFlight: 0, peakInFlight: 3 });
	});

	test('are options of startSandbox', async () => {
		const own = await startSandbox({ seed: { customers: 1 }, latencyMs: 5, rateLimit: 7 });
		try {
			expect(own.network()).toEqual({ latencyMs: 5, jitterMs: 0, rateLimit: 7 });
		} finally {
			await own.stop();
		}
	});
});

describe('command line', () => {
	test('--latency, --jitter and --rate-limit N/s', async () => {
		const cli = path.join(__dirname, '..', 'cli.js');
		const child = spawn(process.execPath, [cli, '--port', '0', '--customers', '1', '--latency', '25', '--jitter', '5', '--rate-limit', '40/s'], {
			stdio: ['ignore', 'pipe', 'pipe'],
		});
		let stdout = '';
		await new Promise((resolve, reject) => {
			child.stdout.on('data', (chunk) => {
				stdout += chunk;
				if (/Network: .*\n/.test(stdout)) resolve();
			});
			child.on('error', reject);
			child.on('exit', () => reject(new Error(`the sandbox exited: ${stdout}`)));
		});
		child.kill('SIGTERM');
		expect(stdout).toMatch(/Network: {2,}\{"latencyMs":25,"jitterMs":5,"rateLimit":40\}/);
		expect(parseRate('12/s')).toBe(12);
		expect(parseRate('12')).toBe(12);
		expect(() => parseRate('fast')).toThrow(/40\/s/);
	});
});
