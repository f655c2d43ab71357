import { sleep } from 'n8n-workflow';

import { ConcurrencyLimit } from './concurrencyLimit';
import { isQuota, isRetryable, retryDelayMs } from './retry';
import type { AttemptFailure } from './retry';

/**
 * The most requests the node keeps in flight unless the user sets Options › Parallel Requests: the
 * ceiling of the limit concurrencyLimit.ts finds. The README explains the choice.
 */
export const DEFAULT_PARALLEL_REQUESTS = 256;

/** The most Options › Parallel Requests accepts. */
export const MAX_PARALLEL_REQUESTS = 512;

/** A rate limit that persists halves the rate cap. */
const DECREASE_FACTOR = 0.5;
/** After a rate limit, requests start at most at this share of the rate the gateway accepted. */
const RATE_MARGIN = 0.95;
/** The rate grows by one request per second after this many seconds' worth of answers. */
const SECONDS_PER_RATE_INCREASE = 10;
/** The rate the gateway accepted: requests started in this long before a refused one. */
const RATE_WINDOW_MS = 1000;

/** What one request's attempt ended with, as far as pacing cares. */
export type Outcome =
	/** Venio answered (successfully or with a business error): the gateway let it through. */
	| { answered: true }
	/** The gateway said "not now": every request waits `pauseMs`. */
	| { pauseMs: number }
	/** Anything else (outage, dropped connection): neither faster nor slower. */
	| { answered: false };

/**
 * How an attempt ended, for pacing. The gateway's "not now" (429, or 503 or a spent quota's 403
 * with Retry-After) pauses the whole run for the Retry-After (or a backoff when it gives none); an
 * answer below 500 is the API's, so the gateway let the request through.
 */
export function outcomeOf(failure: AttemptFailure | undefined, attempt: number): Outcome {
	if (!failure) return { answered: true };
	const { status, retryAfter } = failure;
	// A quota renewing later than the cap fails at once (retry.ts): nothing to wait for.
	const quotaWait = isQuota(failure) && isRetryable(failure, false);
	if (status === 429 || (status === 503 && retryAfter !== undefined) || quotaWait) {
		return { pauseMs: retryDelayMs(attempt - 1, retryAfter) };
	}
	return { answered: status !== undefined && status < 500 };
}

/**
 * Paces every request of one node run: at most `limit` in flight, and one rate limit pauses them
 * all. Venio's gateway limits calls per subscription key, not per request, so when one request is
 * told to wait, the others sent now would be refused too; waiting together costs one Retry-After
 * instead of a 429 per request.
 *
 * How many may be in flight, concurrencyLimit.ts finds (never above `limit`). After a rate limit,
 * the rate at which requests start is capped just below what the gateway accepted in the second
 * before it refused, and raised by one per second every few seconds while answers keep coming:
 * in-flight alone cannot hold a rate limit closely (over 100 ms, one more in flight is ten more a
 * second), and every overshoot costs a whole Retry-After.
 */
export class Pacer {
	private readonly allowed: ConcurrencyLimit;

	private inFlight = 0;

	/** No request starts before this time (ms since the epoch): a pause, or the rate cap. */
	private resumeAt = 0;

	private nextStartAt = 0;

	/** Requests per second once a rate limit was met; undefined until then. */
	private rate: number | undefined;

	/** Requests sent before the last decrease saw the old pace: their 429 is not news. */
	private lastDecreaseAt = -1;

	private answersSinceRateIncrease = 0;

	/** When the requests of the last two RATE_WINDOW_MS started, oldest first. */
	private readonly recentStarts: number[] = [];

	private readonly waiting: Array<() => void> = [];

	constructor(readonly limit: number) {
		this.allowed = new ConcurrencyLimit(limit);
	}

	/** Requests allowed in flight now. */
	get parallelism(): number {
		return this.allowed.value;
	}

	/** The cap on requests started per second, once a rate limit was met. */
	get requestsPerSecond(): number | undefined {
		return this.rate;
	}

	/**
	 * Waits until a request may start (a free slot, no pause, the rate); returns its start time.
	 * Rejects with the signal's reason when `abortSignal` fires first.
	 */
	async acquire(abortSignal?: AbortSignal): Promise<number> {
		for (;;) {
			const now = Date.now();
			const wait = Math.max(this.resumeAt, this.nextStartAt) - now;
			if (wait > 0) {
				await sleep(wait, abortSignal);
				continue;
			}
			abortSignal?.throwIfAborted();
			if (this.inFlight < this.allowed.value) {
				this.inFlight++;
				this.allowed.started(this.inFlight);
				if (this.rate !== undefined) this.nextStartAt = now + 1000 / this.rate;
				this.recentStarts.push(now);
				while (this.recentStarts[0] < now - 2 * RATE_WINDOW_MS) this.recentStarts.shift();
				return now;
			}
			await this.slotFreed(abortSignal);
		}
	}

	private slotFreed(abortSignal?: AbortSignal): Promise<void> {
		return new Promise<void>((resolve, reject) => {
			const wake = () => {
				abortSignal?.removeEventListener('abort', abandon);
				resolve();
			};
			// Leaves the queue, so a wake-up is never spent on a request that no longer waits.
			const abandon = () => {
				this.waiting.splice(this.waiting.indexOf(wake), 1);
				reject(abortSignal?.reason);
			};
			this.waiting.push(wake);
			abortSignal?.addEventListener('abort', abandon, { once: true });
		});
	}

	/** Frees the slot of a request that started at `startedAt` and learns from how it ended. */
	release(startedAt: number, outcome: Outcome) {
		this.inFlight--;
		const now = Date.now();
		if ('pauseMs' in outcome) {
			this.resumeAt = Math.max(this.resumeAt, now + outcome.pauseMs);
			if (startedAt > this.lastDecreaseAt) this.slowDown(now, startedAt);
		} else if (outcome.answered) {
			this.allowed.answered(now - startedAt);
			this.speedUp();
		}
		// Wake as many as may start now; a woken request that cannot start waits again.
		for (
			let free = this.allowed.value - this.inFlight;
			free > 0 && this.waiting.length > 0;
			free--
		) {
			this.waiting.shift()?.();
		}
	}

	private slowDown(now: number, refusedStartedAt: number) {
		// What the gateway let through just before it refused this request (itself not counted).
		const before = this.recentStarts.filter(
			(start) => start >= refusedStartedAt - RATE_WINDOW_MS && start <= refusedStartedAt,
		).length;
		const accepted = (before - 1) * RATE_MARGIN;
		if (accepted >= 1) this.rate = Math.min(accepted, this.rate ?? accepted);
		else if (this.rate !== undefined) this.rate = Math.max(1, this.rate * DECREASE_FACTOR);
		this.allowed.refused();
		this.lastDecreaseAt = now;
		this.answersSinceRateIncrease = 0;
	}

	private speedUp() {
		if (
			this.rate !== undefined &&
			++this.answersSinceRateIncrease >= this.rate * SECONDS_PER_RATE_INCREASE
		) {
			this.rate++;
			this.answersSinceRateIncrease = 0;
		}
	}
}
