/**
 * When to try a Venio call again, and how long to wait first.
 *
 * 429 and 503 mean "not now", as does a 403 with Retry-After (Azure API Management's spent quota),
 * and a refused connection never reached Venio: nothing was carried out, so any call may be sent
 * again. A 502 or 504, a connection dropped mid-call, no answer in time, or an answer cut off or
 * garbled may come after Venio acted, so only a call that is safe to repeat (see
 * api/endpoints.ts) is sent again after those.
 */
export const MAX_ATTEMPTS = 5;
const BASE_DELAY_MS = 500;
/** The longest wait between two tries, whatever Retry-After asks. */
const MAX_DELAY_MS = 30_000;

/**
 * How long a call may go unanswered (Options › Timeout, and the token call) before it counts as
 * dropped. Venio answers a page or a write within seconds; a minute leaves room for a slow
 * enquiry behind the gateway while a stuck call is still retried within the tries (five reads of
 * a minute at most), instead of holding an n8n worker until n8n's own five-minute limit.
 */
export const DEFAULT_TIMEOUT_MS = 60_000;
export const MAX_TIMEOUT_MS = 300_000;

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
	/** No answer within Options › Timeout. */
	timedOut?: boolean;
	/** A 2xx answer whose body is not valid JSON. */
	malformed?: boolean;
	/** A 2xx answer whose body stopped before its announced end. */
	cutOff?: boolean;
}

/** A 403 with Retry-After: Venio's gateway says the subscription's quota is spent until then. */
export const isQuota = (failure: AttemptFailure) =>
	failure.status === 403 && failure.retryAfter !== undefined;

/** Venio may have carried the call out, but its answer never arrived whole. */
export function mayHaveActed(failure: AttemptFailure): boolean {
	if (failure.status !== undefined) return MAYBE_CARRIED_OUT_STATUSES.has(failure.status);
	return (
		failure.malformed === true ||
		failure.cutOff === true ||
		failure.timedOut === true ||
		DROPPED_CODES.has(failure.networkCode ?? '')
	);
}

export function isRetryable(failure: AttemptFailure, repeatable: boolean): boolean {
	// A quota that renews later than a 429 would be waited for is not waited for at all.
	if (isQuota(failure)) return retryAfterMs(failure.retryAfter) <= MAX_DELAY_MS;
	const notCarriedOut =
		(failure.status !== undefined && NOT_CARRIED_OUT_STATUSES.has(failure.status)) ||
		NEVER_SENT_CODES.has(failure.networkCode ?? '');
	return notCarriedOut || (repeatable && mayHaveActed(failure));
}

function retryAfterMs(retryAfter: string | undefined, now = Date.now()): number {
	if (retryAfter === undefined || retryAfter === '') return NaN;
	const seconds = Number(retryAfter);
	return Number.isFinite(seconds) ? seconds * 1000 : Date.parse(retryAfter) - now;
}

/** Retry-After in seconds or as an HTTP date; else exponential backoff with full jitter. */
export function retryDelayMs(attempt: number, retryAfter?: string, now = Date.now()): number {
	const asked = retryAfterMs(retryAfter, now);
	if (Number.isFinite(asked)) return Math.min(Math.max(asked, 0), MAX_DELAY_MS);
	const ceiling = Math.min(BASE_DELAY_MS * 2 ** attempt, MAX_DELAY_MS);
	return Math.round(ceiling / 2 + (Math.random() * ceiling) / 2);
}

interface HttpFailureCause {
	code?: string;
	message?: string;
	response?: { status?: number; headers?: Record<string, unknown>; data?: unknown };
}

/**
 * What an HTTP client's error says went wrong, as plain values (the error itself carries the
 * request, with its secrets, and never travels further). `body` is the answer's, when one came.
 */
export function failureOfError(error: unknown): AttemptFailure & { body?: unknown } {
	const cause = ((error as { cause?: unknown }).cause ?? error) as HttpFailureCause;
	const response = cause.response;
	// A success status on an error: the body stopped before its announced end.
	if (response?.status !== undefined && response.status < 300) return { cutOff: true };
	if (response?.status !== undefined) {
		const retryAfter = response.headers?.['retry-after'];
		return {
			status: response.status,
			retryAfter: retryAfter === undefined ? undefined : String(retryAfter),
			body: response.data,
		};
	}
	const timedOut =
		cause.code === 'ETIMEDOUT' ||
		(cause.code === 'ECONNABORTED' && /timeout/i.test(cause.message ?? ''));
	return { networkCode: cause.code ?? 'network error', timedOut };
}
