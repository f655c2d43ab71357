'use strict';
// The pacer's bookkeeping (nodes/shared/transport/pacer.ts) on its own: how many requests it lets
// start, and how a rate limit and answers change that. Its effect on real requests is in
// parallel.test.js.
const { Pacer, outcomeOf } = require('../dist/nodes/shared/transport/pacer');

const settled = () => new Promise(setImmediate);

test('lets at most `limit` requests start, and the next one when one ends', async () => {
	const pacer = new Pacer(4);
	const started = await Promise.all([1, 2, 3, 4].map(() => pacer.acquire()));
	let fifth = false;
	pacer.acquire().then(() => (fifth = true));
	await settled();
	expect(fifth).toBe(false);
	pacer.release(started[0], { answered: true });
	await settled();
	expect(fifth).toBe(true);
});

test('a rate limit halves the parallelism, caps the rate and pauses every request', async () => {
	const pacer = new Pacer(8);
	const started = await Promise.all(Array.from({ length: 8 }, () => pacer.acquire()));
	pacer.release(started[7], { pauseMs: 80 });
	expect(pacer.parallelism).toBe(4);
	// Seven requests started in the second before the refused one: the gateway took about that.
	expect(pacer.requestsPerSecond).toBeCloseTo(7 * 0.95);
	// A 429 of a request sent before that decrease is not news: no second halving.
	pacer.release(started[6], { pauseMs: 80 });
	expect(pacer.parallelism).toBe(4);
	for (const at of started.slice(0, 6)) pacer.release(at, { answered: true });
	const before = Date.now();
	await pacer.acquire();
	expect(Date.now() - before).toBeGreaterThanOrEqual(70);
});

test('answers raise the parallelism by one per round trip, never above the limit', async () => {
	const pacer = new Pacer(6);
	const first = await pacer.acquire();
	pacer.release(first, { pauseMs: 0 });
	expect(pacer.parallelism).toBe(3);
	const seen = [];
	for (let i = 0; i < 40; i++) {
		pacer.release(await pacer.acquire(), { answered: true });
		seen.push(pacer.parallelism);
	}
	expect(seen.slice(0, 3)).toEqual([3, 3, 4]);
	expect(Math.max(...seen)).toBe(6);
	// Failures that are not rate limits change nothing.
	pacer.release(await pacer.acquire(), { answered: false });
	expect(pacer.parallelism).toBe(6);
});

test('429, and 503 or a spent quota (403) with Retry-After, pause the run; other failures do not', () => {
	expect(outcomeOf(undefined, 1)).toEqual({ answered: true });
	expect(outcomeOf({ status: 429, retryAfter: '2' }, 1)).toEqual({ pauseMs: 2000 });
	expect(outcomeOf({ status: 503, retryAfter: '1' }, 1)).toEqual({ pauseMs: 1000 });
	expect(outcomeOf({ status: 503 }, 1)).toEqual({ answered: false });
	expect(outcomeOf({ status: 403, retryAfter: '5' }, 1)).toEqual({ pauseMs: 5000 });
	// A quota renewing beyond the 30 s cap is not waited for: the request fails, nothing pauses.
	expect(outcomeOf({ status: 403, retryAfter: '3600' }, 1)).toEqual({ answered: true });
	expect(outcomeOf({ status: 403 }, 1)).toEqual({ answered: true });
	expect(outcomeOf({ status: 400 }, 1)).toEqual({ answered: true });
	expect(outcomeOf({ networkCode: 'ECONNRESET' }, 1)).toEqual({ answered: false });
});
