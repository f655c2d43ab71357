/**
 * When to try a Venio call again, and how long to wait first. A 429, a 503, a 403 with Retry-After
 * (a spent quota) or a refused connection means nothing was carried out: any call is sent again.
 * A 502, a 504, a dropped connection, no answer in time or a cut-off or garbled answer may come
 * after Venio acted: only a call safe to repeat (api/endpoints.ts) is sent again after those.
 */
export const MAX_ATTEMPTS = 5;
const BASE_DELAY_MS = 500;
/** The longest wait between two tries, whatever Retry-After asks. */
const MAX_DELAY_MS = 30_000;

/**
 * How long a call may go unanswered (Options › Timeout, and the token call): room for a slow
 * enquiry, while a stuck call is still retried well within n8n's own five-minute limit.
 */
export const DEFAULT_TIMEOUT_MS = 60_000;
export const MAX_TIMEOUT_MS = 300_000;

const NOT_CARRIED_OUT = new Set<unknown>([429, 503, 'ECONNREFUSED', 'EAI_AGAIN']);
const DROPPED = new Set(['ECONNRESET', 'ECONNABORTED', 'EPIPE', 'ETIMEDOUT', 'ESOCKETTIMEDOUT']);

export interface AttemptFailure {
	status?: number;
	networkCode?: string;
	retryAfter?: string;
	/** No answer within Options › Timeout; a 2xx answer that is not JSON, or stopped short. */
	timedOut?: boolean;
	malformed?: boolean;
	cutOff?: boolean;
}

/** A 403 with Retry-After: Venio's gateway says the subscription's quota is spent until then. */
export const isQuota = (failure: AttemptFailure) =>
	failure.status === 403 && failure.retryAfter !== undefined;

/** Venio may have carried the call out, but its answer never arrived whole. */
export function mayHaveActed(failure: AttemptFailure): boolean {
	const { status, networkCode = '', malformed, cutOff, timedOut } = failure;
	if (status !== undefined) return status === 502 || status === 504;
	return Boolean(malformed || cutOff || timedOut) || DROPPED.has(networkCode);
}

export function isRetryable(failure: AttemptFailure, repeatable: boolean): boolean {
	// A quota that renews later than a 429 would be waited for is not waited for at all.
	if (isQuota(failure)) return retryAfterMs(failure.retryAfter) <= MAX_DELAY_MS;
	const notCarriedOut = NOT_CARRIED_OUT.has(failure.status ?? failure.networkCode ?? '');
	return notCarriedOut || (repeatable && mayHaveActed(failure));
}

/** Retry-After, in seconds or as an HTTP date, as milliseconds from `now` (NaN when absent). */
function retryAfterMs(retryAfter: string | undefined, now = Date.now()): number {
	if (retryAfter === undefined || retryAfter === '') return NaN;
	const seconds = Number(retryAfter);
	return Number.isFinite(seconds) ? seconds * 1000 : Date.parse(retryAfter) - now;
}

/** Retry-After when given; else exponential backoff with full jitter. */
export function retryDelayMs(attempt: number, retryAfter?: string, now = Date.now()): number {
	const asked = retryAfterMs(retryAfter, now);
	if (Number.isFinite(asked)) return Math.min(Math.max(asked, 0), MAX_DELAY_MS);
	const ceiling = Math.min(BASE_DELAY_MS * 2 ** attempt, MAX_DELAY_MS);
	return Math.round(ceiling / 2 + (Math.random() * ceiling) / 2);
}

/** Retry-After as words: "45 seconds", or the time it names, in UTC. */
export function renewsIn(retryAfter: string | undefined): string {
	const seconds = Number(retryAfter);
	if (Number.isFinite(seconds)) return `${Math.ceil(seconds)} seconds`;
	const at = Date.parse(retryAfter ?? '');
	return Number.isFinite(at) ? `at ${new Date(at).toISOString()}` : 'an unstated time';
}

type HttpAnswer = { status?: number; headers?: Record<string, unknown>; data?: unknown };
type HttpError = { code?: string; message?: string; response?: HttpAnswer };

/** An answer Venio gave with an error status, as plain values. */
export function failureOfAnswer({ status, headers, data }: HttpAnswer) {
	const retryAfter = headers?.['retry-after'];
	return {
		status,
		retryAfter: retryAfter === undefined ? undefined : String(retryAfter),
		body: data,
	};
}

/**
 * What an HTTP client's error says went wrong, as plain values: the error carries the request,
 * with its secrets, and never travels further. `body` is the answer's, when one came.
 */
export function failureOfError(error: unknown): AttemptFailure & { body?: unknown } {
	const cause = ((error as { cause?: unknown }).cause ?? error) as HttpError;
	const { response, code } = cause;
	if (response?.status === undefined) {
		const timedOut =
			code === 'ETIMEDOUT' || (code === 'ECONNABORTED' && /timeout/i.test(cause.message ?? ''));
		return { networkCode: code ?? 'network error', timedOut };
	}
	// A success status on an error: the body stopped before its announced end.
	return response.status < 300 ? { cutOff: true } : failureOfAnswer(response);
}
