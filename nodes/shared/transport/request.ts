import { sleep } from 'n8n-workflow';
import type {
	ICredentialsDecrypted,
	IDataObject,
	IExecuteFunctions,
	IHookFunctions,
	IHttpRequestOptions,
	ILoadOptionsFunctions,
	IWebhookFunctions,
} from 'n8n-workflow';

import { ENDPOINTS, isRead, isRepeatable, unconfirmedPathHint } from '../api/endpoints';
import type { EndpointId } from '../api/endpoints';
import { apiMessageOf, unwrapEnvelope } from './envelope';
import { venioApiError } from './errors';
import type { ApiFailure } from './errors';
import { outcomeOf, pacerOf } from './pacer';
import { isRetryable, mayHaveActed, MAX_ATTEMPTS, retryDelayMs } from './retry';
import { sendAuthenticated } from './token';
import { fillPath, joinUrl } from './url';

export const CREDENTIAL_TYPE = 'venioApi';

/** Every n8n context a Venio call is made from: actions, dropdowns, the trigger. */
export type VenioFunctions =
	| IExecuteFunctions
	| ILoadOptionsFunctions
	| IWebhookFunctions
	| IHookFunctions;

export interface VenioRequest {
	pathParams?: Record<string, string | number>;
	body?: IDataObject | IDataObject[];
	qs?: IDataObject;
	/** The input item this call serves; errors name it. */
	itemIndex?: number;
	/** What the user ran, e.g. "Customer › Get"; errors name it. */
	label?: string;
	/** Abandons the call when it fires: the request in flight is cancelled and no retry waits or starts. */
	abortSignal?: AbortSignal;
}

// One credential read per node run, not one per request: n8n reads a credential from its database
// and decrypts it on every getCredentials call. The run's copy is handed to n8n with each request
// (credentialsDecrypted), and n8n's preAuthentication writes a new token into that same object, so
// a refresh mid-run is seen by the rest of the run. Keyed by the run's context object, so nothing
// outlives the run: no token is kept between runs or shared between workers.
const credentialsByContext = new WeakMap<object, Promise<ICredentialsDecrypted>>();

function credentialsOf(context: VenioFunctions): Promise<ICredentialsDecrypted> {
	let credentials = credentialsByContext.get(context);
	if (!credentials) {
		credentials = context
			.getCredentials(CREDENTIAL_TYPE)
			.then((data) => ({ id: '', name: CREDENTIAL_TYPE, type: CREDENTIAL_TYPE, data }));
		credentialsByContext.set(context, credentials);
	}
	return credentials;
}

interface HttpFailureCause {
	code?: string;
	message?: string;
	response?: { status?: number; headers?: Record<string, unknown>; data?: unknown };
}

function failureOf(error: { cause?: unknown }): ApiFailure & { preAuthMessage?: string } {
	const cause = (error.cause ?? error) as HttpFailureCause;
	const response = cause.response;
	// A success status on an error: the body stopped before its announced end. The status says
	// nothing went wrong, so the cut is what the user is told about.
	if (response?.status !== undefined && response.status < 300) return { cutOff: true };
	if (response?.status !== undefined) {
		const retryAfter = response.headers?.['retry-after'];
		return {
			status: response.status,
			retryAfter: retryAfter === undefined ? undefined : String(retryAfter),
			apiMessage: apiMessageOf(response.data),
		};
	}
	if (cause.code) return { networkCode: cause.code };
	// No response and no socket error: the credential's token call failed and said why.
	return { preAuthMessage: cause.message };
}

function parseBody(body: unknown): unknown {
	if (typeof body !== 'string') return body;
	if (body.trim() === '') return undefined;
	return JSON.parse(body);
}

/**
 * Calls one Venio endpoint and returns the `data` of its envelope.
 *
 * Authentication is n8n's: `httpRequestWithAuthentication` adds the bearer token and subscription
 * key and fetches a token when there is none; token.ts makes that happen once for requests sent
 * together, and on a 401 fetches a new one and retries once. Every attempt waits its turn with the
 * run's pacer (pacer.ts). On top of that this function retries on rate limits and outages (see
 * retry.ts), reports a call that must not be repeated and may have been carried out as of unknown
 * outcome, turns a business error (status code other than 1000, even under HTTP 200) into a
 * NodeApiError carrying Venio's own description, and never lets the HTTP client's error (with its
 * headers) escape.
 */
export async function venioRequest(
	this: VenioFunctions,
	endpointId: EndpointId,
	request: VenioRequest = {},
): Promise<unknown> {
	const endpoint = ENDPOINTS[endpointId];
	const credentials = await credentialsOf(this);
	const baseUrl = String(credentials.data?.baseUrl ?? '');
	const options: IHttpRequestOptions = {
		method: endpoint.method,
		url: joinUrl(baseUrl, fillPath(endpoint.path, request.pathParams)),
		json: true,
		headers: { Accept: 'application/json' },
	};
	if (request.body !== undefined) options.body = request.body;
	if (request.qs !== undefined) options.qs = request.qs;
	if (request.abortSignal !== undefined) options.abortSignal = request.abortSignal;

	const context = {
		label: request.label ?? `${endpoint.method} ${endpoint.path}`,
		itemIndex: request.itemIndex,
		baseUrl,
		reads: isRead(endpoint),
		notFoundHint: unconfirmedPathHint(endpointId),
	};
	const repeatable = isRepeatable(endpoint);
	const pacer = pacerOf(this);

	for (let attempt = 1; ; attempt++) {
		let body: unknown;
		let failure: ReturnType<typeof failureOf> | undefined;
		const startedAt = await pacer.acquire(request.abortSignal);
		try {
			body = parseBody(
				await sendAuthenticated.call(this, CREDENTIAL_TYPE, credentials, options),
			);
		} catch (error) {
			failure =
				error instanceof SyntaxError
					? { malformed: true }
					: failureOf(error as { cause?: unknown });
		}
		const outcome = outcomeOf(failure, attempt);
		pacer.release(startedAt, outcome);
		const attempts = { ...context, attempts: attempt };
		if (!failure) {
			const unwrapped = unwrapEnvelope(body);
			if (unwrapped.ok) return unwrapped.data;
			const { code, description } = unwrapped.failure;
			throw venioApiError(
				this.getNode(),
				{ apiMessage: description, businessCode: code },
				attempts,
			);
		}
		if (failure.preAuthMessage !== undefined) {
			throw venioApiError(
				this.getNode(),
				{ apiMessage: failure.preAuthMessage, tokenRefused: true },
				attempts,
			);
		}
		if (attempt >= MAX_ATTEMPTS || !isRetryable(failure, repeatable)) {
			const unknownOutcome =
				endpoint.repeat === 'once' && mayHaveActed(failure) ? { check: endpoint.check } : undefined;
			throw venioApiError(this.getNode(), { ...failure, unknownOutcome }, attempts);
		}
		// After a rate limit the pacer holds every request of the run, this one included.
		if (!('pauseMs' in outcome)) {
			await sleep(retryDelayMs(attempt - 1, failure.retryAfter), request.abortSignal);
		}
	}
}
