/**
 * When to try a Venio call again, and how long to wait first.
 *
 * 429 and 503 mean "not now", and a refused connection never reached Venio: nothing was carried
 * out, so any call may be sent again. A 502 or 504, a connection dropped mid-call, or an answer
 * cut off or garbled may come after Venio acted, so only a call that is safe to repeat (see
 * api/endpoints.ts) is sent again after those.
 */
export const MAX_ATTEMPTS = 5;
const BASE_DELAY_MS = 500;
const MAX_DELAY_MS = 30_000;

const NOT_CARRIED_OUT_STATUSES = new Set([429, 503]);
const NEVER_SENT_CODES = new Set(['ECONNREFUSED', 'EAI_AGAIN']);
const MAYBE_CARRIED_OUT_STATUSES = new Set([502, 504]);
const DROPPED_CODES = new Set([
	'ECONNRESET',
	'ECONNABORTED',
	'EPIPE',
	'ETIMEDOUT',
	'ESOCKETTIMEDOUT',
]);

export interface AttemptFailure {
	status?: number;
	networkCode?: string;
	retryAfter?: string;
	/** A 2xx answer whose body is not valid JSON. */
	malformed?: boolean;
	/** A 2xx answer whose body stopped before its announced end. */
	cutOff?: boolean;
}

/** Venio may have carried the call out, but its answer never arrived whole. */
export function mayHaveActed(failure: AttemptFailure): boolean {
	if (failure.status !== undefined) return MAYBE_CARRIED_OUT_STATUSES.has(failure.status);
	return (
		failure.malformed === true ||
		failure.cutOff === true ||
		DROPPED_CODES.has(failure.networkCode ?? '')
	);
}

export function isRetryable(failure: AttemptFailure, repeatable: boolean): boolean {
	const notCarriedOut =
		(failure.status !== undefined && NOT_CARRIED_OUT_STATUSES.has(failure.status)) ||
		NEVER_SENT_CODES.has(failure.networkCode ?? '');
	return notCarriedOut || (repeatable && mayHaveActed(failure));
}

/** Retry-After in seconds or as an HTTP date; else exponential backoff with full jitter. */
export function retryDelayMs(attempt: number, retryAfter?: string, now = Date.now()): number {
	if (retryAfter !== undefined && retryAfter !== '') {
		const seconds = Number(retryAfter);
		const ms = Number.isFinite(seconds) ? seconds * 1000 : Date.parse(retryAfter) - now;
		if (Number.isFinite(ms)) return Math.min(Math.max(ms, 0), MAX_DELAY_MS);
	}
	const ceiling = Math.min(BASE_DELAY_MS * 2 ** attempt, MAX_DELAY_MS);
	return Math.round(ceiling / 2 + (Math.random() * ceiling) / 2);
}
