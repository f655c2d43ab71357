/**
 * When to try a Venio call again, and how long to wait first.
 *
 * 429 and 503 mean "not now": the request was not carried out, so any request may be retried.
 * 502, 504, a dropped connection or a truncated body may come after the API acted, so only
 * idempotent requests are retried on those.
 */
export const MAX_ATTEMPTS = 5;
const BASE_DELAY_MS = 500;
const MAX_DELAY_MS = 30_000;

const ALWAYS_RETRIED_STATUSES = new Set([429, 503]);
const IDEMPOTENT_RETRIED_STATUSES = new Set([502, 504]);
const NETWORK_ERROR_CODES = new Set([
	'ECONNRESET',
	'ECONNABORTED',
	'EPIPE',
	'ETIMEDOUT',
	'ESOCKETTIMEDOUT',
	'ECONNREFUSED',
	'EAI_AGAIN',
]);

export interface AttemptFailure {
	status?: number;
	networkCode?: string;
	retryAfter?: string;
	malformed?: boolean;
}

export function isRetryable(failure: AttemptFailure, idempotent: boolean): boolean {
	if (failure.status !== undefined && ALWAYS_RETRIED_STATUSES.has(failure.status)) return true;
	if (!idempotent) return false;
	if (failure.status !== undefined) return IDEMPOTENT_RETRIED_STATUSES.has(failure.status);
	return failure.malformed === true || NETWORK_ERROR_CODES.has(failure.networkCode ?? '');
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
