/**
 * The number of requests a run keeps in flight, found from how Venio answers. Pure: it is told when
 * requests start and how long their round trips took, and says how many may be in flight.
 *
 * The idea is TCP Vegas's, as the adaptive concurrency limits in front of services use it: the
 * shortest round trip seen is the network's own delay; while round trips stay near it, nothing
 * queues, so more in flight is more throughput; when they grow, a queue is forming (at the gateway,
 * in Venio, or in this process) and more in flight only adds waiting.
 *
 * - Slow start: from `start`, doubles once per round (one limit's worth of answers, about one
 *   round trip) while the round's shortest round trip stays within `TOLERANCE` of the shortest
 *   seen and the limit was in use; after its first decrease it grows by √limit a round.
 * - A round's shortest round trip past that shrinks it in proportion, gently (at most a quarter,
 *   never below `floor`): a round trip measured here also grows while n8n itself is busy, which
 *   fewer requests in flight would not fix. The shortest, not the average, is compared: jitter
 *   makes some answers slow, a queue makes all of them slow.
 * - The gateway's "not now" (429, or 503 with Retry-After) halves it, down to 1; from then on it
 *   grows by one a round. The rules and their reasons: docs/performance.md.
 */

/** The limit below which round-trip times alone never take it. */
export const CONCURRENCY_FLOOR = 16;

/**
 * The limit a run starts from: a first round as large as a gateway's rate limit per second (Venio's
 * is 40), so a run of a few hundred items does not spend its round trips finding the limit.
 */
export const CONCURRENCY_START = 64;

/** A round trip within this factor of the shortest seen counts as "nothing queued". */
const TOLERANCE = 2;

/** The most one round of longer round trips keeps of the limit... */
const MIN_GRADIENT = 0.75;

/** ...and what a refusal keeps. */
const REFUSAL_FACTOR = 0.5;

export class ConcurrencyLimit {
	private current: number;

	private slowStart = true;

	/** The gateway refused a request in this run: grow by one a round from then on. */
	private refusedOnce = false;

	/** The shortest round trip seen in this run, in ms. */
	private baseRtt = Number.POSITIVE_INFINITY;

	/** The shortest round trip of the current round. */
	private roundRtt = Number.POSITIVE_INFINITY;

	private roundAnswers = 0;

	/** The limit was reached during this round: a larger one could have been used. */
	private roundFull = false;

	readonly floor: number;

	constructor(
		readonly ceiling: number,
		floor = CONCURRENCY_FLOOR,
		start = CONCURRENCY_START,
	) {
		this.floor = Math.max(1, Math.min(ceiling, floor));
		this.current = Math.max(this.floor, Math.min(ceiling, start));
	}

	/** Requests allowed in flight now. */
	get value(): number {
		return this.current;
	}

	/** A request started; `inFlight` requests are in flight now, itself included. */
	started(inFlight: number) {
		if (inFlight >= this.current) this.roundFull = true;
	}

	/** A request was answered (by Venio, whatever it said) after `rttMs`. */
	answered(rttMs: number) {
		this.baseRtt = Math.min(this.baseRtt, rttMs);
		this.roundRtt = Math.min(this.roundRtt, rttMs);
		if (++this.roundAnswers < this.current) return;
		if (this.roundRtt <= this.baseRtt * TOLERANCE) {
			if (this.roundFull) this.grow();
		} else {
			const gradient = Math.max(MIN_GRADIENT, (this.baseRtt * TOLERANCE) / this.roundRtt);
			this.current = Math.max(this.floor, Math.floor(this.current * gradient));
			this.slowStart = false;
		}
		this.newRound();
	}

	/** The gateway refused a request for now (429, or 503 with Retry-After). */
	refused() {
		this.current = Math.max(1, Math.floor(this.current * REFUSAL_FACTOR));
		this.slowStart = false;
		this.refusedOnce = true;
		this.newRound();
	}

	private grow() {
		let next = this.current * 2;
		if (!this.slowStart) {
			next = this.current + (this.refusedOnce ? 1 : Math.floor(Math.sqrt(this.current)));
		}
		this.current = Math.min(this.ceiling, next);
	}

	private newRound() {
		this.roundAnswers = 0;
		this.roundRtt = Number.POSITIVE_INFINITY;
		this.roundFull = false;
	}
}
