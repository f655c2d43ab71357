'use strict';
// The pacer's bookkeeping (nodes/shared/transport/pacer.ts) on its own: how many requests it lets
// start, and how a rate limit and answers change that. Its effect on real requests is in
// parallel.test.js.
const { Pacer, outcomeOf } = require('../dist/nodes/shared/transport/pacer');
const {
	ConcurrencyLimit,
	CONCURRENCY_FLOOR,
	CONCURRENCY_START,
} = require('../dist/nodes/shared/transport/concurrencyLimit');

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
	const refusedAt = Date.now();
	pacer.release(started[7], { pauseMs: 80 });
	expect(pacer.parallelism).toBe(4);
	// Seven requests started in the second before the refused one: the gateway took about that.
	expect(pacer.requestsPerSecond).toBeCloseTo(7 * 0.95);
	// A 429 of a request sent before that decrease is not news: no second halving.
	pacer.release(started[6], { pauseMs: 80 });
	expect(pacer.parallelism).toBe(4);
	for (const at of started.slice(0, 6)) pacer.release(at, { answered: true });
	// No request starts before the pause is over, however long the releases above took.
	await pacer.acquire();
	expect(Date.now() - refusedAt).toBeGreaterThanOrEqual(79);
});

test('after a rate limit, answers raise the parallelism by one per full round, never above the limit', async () => {
	const pacer = new Pacer(6);
	const first = await pacer.acquire();
	pacer.release(first, { pauseMs: 0 });
	expect(pacer.parallelism).toBe(3);
	const seen = [];
	for (let round = 0; round < 8; round++) {
		const started = await Promise.all(
			Array.from({ length: pacer.parallelism }, () => pacer.acquire()),
		);
		for (const at of started) pacer.release(at, { answered: true });
		seen.push(pacer.parallelism);
	}
	expect(seen.slice(0, 3)).toEqual([4, 5, 6]);
	expect(Math.max(...seen)).toBe(6);
	// Failures that are not rate limits change nothing.
	pacer.release(await pacer.acquire(), { answered: false });
	expect(pacer.parallelism).toBe(6);
});

describe('ConcurrencyLimit: the in-flight limit finding itself', () => {
	/** One round: `limit` requests started together, answered after the given round trips. */
	function round(limit, rtts) {
		const count = limit.value;
		for (let n = 1; n <= count; n++) limit.started(n);
		for (let n = 0; n < count; n++) limit.answered(typeof rtts === 'function' ? rtts(n) : rtts);
		return limit.value;
	}

	test('starts at 64 (never above the ceiling) and doubles per round while round trips stay at their minimum, up to the ceiling', () => {
		const limit = new ConcurrencyLimit(512);
		expect(CONCURRENCY_START).toBe(64);
		expect(limit.value).toBe(64);
		expect([1, 2, 3, 4].map(() => round(limit, 100))).toEqual([128, 256, 512, 512]);
		expect(new ConcurrencyLimit(32).value).toBe(32);
	});

	test('jitter alone does not stop it: a round counts by its shortest round trip', () => {
		const limit = new ConcurrencyLimit(256);
		expect(round(limit, (n) => (n % 2 ? 900 : 100))).toBe(128);
	});

	test('a round of longer round trips (a queue) lowers it gently, not below the floor, and ends the doubling', () => {
		const limit = new ConcurrencyLimit(128, 8, 8);
		round(limit, 100);
		round(limit, 100);
		round(limit, 100);
		expect(limit.value).toBe(64);
		// Up to twice the shortest round trip is no queue.
		expect(round(limit, 190)).toBe(128);
		// 2.5 times as long: something queues. 128 × 2 × 100 / 250 = 102.
		expect(round(limit, 250)).toBe(102);
		// Ten times as long: at most a quarter less per round.
		expect(round(limit, 1000)).toBe(76);
		// Back to the minimum: the square root of the limit more per round, no more doubling.
		expect(round(limit, 100)).toBe(76 + 8);
		for (let k = 0; k < 20; k++) round(limit, 1000);
		expect(limit.value).toBe(8);
	});

	test('a round in which the limit was not reached does not raise it', () => {
		const limit = new ConcurrencyLimit(64);
		for (let n = 0; n < 40; n++) {
			limit.started(1);
			limit.answered(100);
		}
		expect(limit.value).toBe(CONCURRENCY_START);
	});

	test("the gateway's refusal halves it, below the floor down to 1", () => {
		const limit = new ConcurrencyLimit(64, CONCURRENCY_FLOOR, CONCURRENCY_FLOOR);
		limit.refused();
		expect(limit.value).toBe(8);
		for (let k = 0; k < 5; k++) limit.refused();
		expect(limit.value).toBe(1);
		// Then one more per full round at the minimum round trip.
		expect([round(limit, 100), round(limit, 100)]).toEqual([2, 3]);
	});

	test('Parallel Requests 1 stays 1 whatever happens', () => {
		const limit = new ConcurrencyLimit(1);
		expect([round(limit, 100), round(limit, 50), round(limit, 900)]).toEqual([1, 1, 1]);
		limit.refused();
		expect(limit.value).toBe(1);
	});
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
