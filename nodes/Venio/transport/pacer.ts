import { sleep } from 'n8n-workflow';

import { retryDelayMs } from './retry';
import type { AttemptFailure } from './retry';

/**
 * How many requests the node keeps in flight unless the user sets Options › Parallel Requests.
 * The README explains the choice.
 */
export const DEFAULT_PARALLEL_REQUESTS = 16;

/** A rate limit halves the parallelism (multiplicative decrease)... */
const DECREASE_FACTOR = 0.5;
/** ...and it grows back by one after this many answers in a row per request allowed in flight. */
const ANSWERS_PER_INCREASE = 4;

/** What one request's attempt ended with, as far as pacing cares. */
export type Outcome =
	/** Venio answered (successfully or with a business error): the gateway let it through. */
	| { answered: true }
	/** The gateway said "not now": every request waits `pauseMs`. */
	| { pauseMs: number }
	/** Anything else (outage, dropped connection): neither faster nor slower. */
	| { answered: false };

/**
 * How an attempt ended, for pacing. The gateway's "not now" (429, or 503 with Retry-After) pauses
 * the whole run for the Retry-After (or a backoff when it gives none); an answer below 500 is the
 * API's, so the gateway let the request through.
 */
export function outcomeOf(failure: AttemptFailure | undefined, attempt: number): Outcome {
	if (!failure) return { answered: true };
	const { status, retryAfter } = failure;
	if (status === 429 || (status === 503 && retryAfter !== undefined)) {
		return { pauseMs: retryDelayMs(attempt - 1, retryAfter) };
	}
	return { answered: status !== undefined && status < 500 };
}

/**
 * Paces every request of one node run: at most `limit` in flight, and one rate limit pauses them
 * all. Venio's gateway limits calls per subscription key, not per request, so when one request is
 * told to wait, the others sent now would be refused too; waiting together costs one Retry-After
 * instead of a 429 per request. The number allowed in flight adapts like TCP's congestion window:
 * halved on a rate limit, raised by one while answers keep coming, never above `limit`.
 */
export class Pacer {
	private allowed: number;

	private inFlight = 0;

	/** No request starts before this time (ms since the epoch). */
	private resumeAt = 0;

	/** Requests sent before the last decrease saw the old parallelism: their 429 is not news. */
	private lastDecreaseAt = 0;

	private answersSinceChange = 0;

	private readonly waiting: Array<() => void> = [];

	constructor(readonly limit: number) {
		this.allowed = limit;
	}

	/** Waits until a request may start (a free slot, no pause); returns its start time. */
	async acquire(): Promise<number> {
		for (;;) {
			const pause = this.resumeAt - Date.now();
			if (pause > 0) {
				await sleep(pause);
				continue;
			}
			if (this.inFlight < this.allowed) {
				this.inFlight++;
				return Date.now();
			}
			await new Promise<void>((resolve) => this.waiting.push(resolve));
		}
	}

	/** Frees the slot of a request that started at `startedAt` and learns from how it ended. */
	release(startedAt: number, outcome: Outcome) {
		this.inFlight--;
		if ('pauseMs' in outcome) {
			const now = Date.now();
			this.resumeAt = Math.max(this.resumeAt, now + outcome.pauseMs);
			if (startedAt >= this.lastDecreaseAt) {
				this.allowed = Math.max(1, Math.floor(this.allowed * DECREASE_FACTOR));
				this.lastDecreaseAt = now;
				this.answersSinceChange = 0;
			}
		} else if (outcome.answered && this.allowed < this.limit) {
			this.answersSinceChange++;
			if (this.answersSinceChange >= this.allowed * ANSWERS_PER_INCREASE) {
				this.allowed++;
				this.answersSinceChange = 0;
			}
		}
		// Wake as many as may start now; a woken request that cannot start waits again.
		for (let free = this.allowed - this.inFlight; free > 0 && this.waiting.length > 0; free--) {
			this.waiting.shift()?.();
		}
	}
}

// One pacer per node run, keyed by the run's context object like the credential in request.ts:
// every item's requests share it, and nothing outlives the run.
const pacers = new WeakMap<object, Pacer>();

/** The run's pacer; the first call fixes its limit (the node's Parallel Requests option). */
export function pacerOf(context: object, limit = DEFAULT_PARALLEL_REQUESTS): Pacer {
	let pacer = pacers.get(context);
	if (!pacer) {
		pacer = new Pacer(limit);
		pacers.set(context, pacer);
	}
	return pacer;
}
