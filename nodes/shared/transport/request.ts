import type { IDataObject, IHttpRequestOptions } from 'n8n-workflow';

import { ENDPOINTS, isRead, isRepeatable, unconfirmedPathHint } from '../api/endpoints';
import type { Endpoint, EndpointId } from '../api/endpoints';
import { apiMessageOf, unwrapEnvelope } from './envelope';
import { venioApiError } from './errors';
import type { ApiFailure, FailureContext } from './errors';
import { joinSignals, pause } from './cancel';
import { outcomeOf } from './pacer';
import { failureOfError, isRetryable, mayHaveActed, MAX_ATTEMPTS, retryDelayMs } from './retry';
import { VenioRun } from './run';
import type { VenioFunctions } from './run';
import { credentialValues } from './token';
import { tokenErrorOf } from './tokenCall';
import { fillPath, joinUrl } from './url';

export interface VenioRequest {
	pathParams?: Record<string, string | number>;
	body?: IDataObject | IDataObject[];
	qs?: IDataObject;
	/** The input item this call serves; errors name it. */
	itemIndex?: number;
	/** What the user ran, e.g. "Customer › Get"; errors name it. */
	label?: string;
	/** The call carries several records: per-row results come back as rows even when some failed. */
	rowResults?: boolean;
	/** Abandons the call when it fires, as the run's cancel signal does: no retry waits or starts. */
	abortSignal?: AbortSignal;
}

type Attempt = { body: unknown; failure?: undefined } | { failure: ApiFailure; paused: boolean };

function parseBody(body: unknown): unknown {
	if (typeof body !== 'string') return body;
	if (body.trim() === '') return undefined;
	return JSON.parse(body);
}

/** One try: waits its turn with the pacer, sends, and tells the pacer how it ended. */
async function attemptOnce(
	run: VenioRun,
	options: IHttpRequestOptions,
	attempt: number,
	signal: AbortSignal | undefined,
): Promise<Attempt> {
	const startedAt = await run.pacer.acquire(signal);
	let result: Attempt;
	try {
		result = { body: parseBody(await run.send(options, signal)) };
	} catch (error) {
		if (signal?.aborted) {
			run.pacer.release(startedAt, { answered: false });
			throw signal.reason;
		}
		result = { failure: await failureOf(run, error), paused: false };
	}
	const outcome = outcomeOf(result.failure, attempt);
	run.pacer.release(startedAt, outcome);
	if (result.failure) result.paused = 'pauseMs' in outcome;
	return result;
}

/** What went wrong, as plain values, with Venio's words cleaned of the credential's secrets. */
async function failureOf(run: VenioRun, error: unknown): Promise<ApiFailure> {
	if (error instanceof SyntaxError) return { malformed: true };
	const tokenError = tokenErrorOf(error);
	if (tokenError) {
		const kind = tokenError.kind === 'refused' ? 'refused' : 'unavailable';
		return { apiMessage: await run.redact(tokenError.message), token: kind };
	}
	const { body, ...failure } = failureOfError(error);
	const apiMessage = apiMessageOf(body);
	return apiMessage === undefined
		? failure
		: { ...failure, apiMessage: await run.redact(apiMessage) };
}

function optionsFor(endpoint: Endpoint, baseUrl: string, request: VenioRequest, timeout: number) {
	const options: IHttpRequestOptions = {
		method: endpoint.method,
		url: joinUrl(baseUrl, fillPath(endpoint.path, request.pathParams)),
		json: true,
		headers: { Accept: 'application/json' },
		timeout,
	};
	if (request.body !== undefined) options.body = request.body;
	if (request.qs !== undefined) options.qs = request.qs;
	// Ends the call in flight too. n8n puts its cancel signal here for an action's context.
	if (request.abortSignal !== undefined) options.abortSignal = request.abortSignal;
	return options;
}

/** The envelope's data, or the business error Venio reported in it. */
async function dataOf(
	run: VenioRun,
	body: unknown,
	context: FailureContext,
	rowResults?: boolean,
): Promise<unknown> {
	const unwrapped = unwrapEnvelope(body, rowResults);
	if (unwrapped.ok) return unwrapped.data;
	const { code, description } = unwrapped.failure;
	const apiMessage = await run.redact(description);
	throw venioApiError(run.context.getNode(), { apiMessage, businessCode: code }, context);
}

/**
 * Calls one Venio endpoint for a run and returns the `data` of its envelope.
 *
 * The run (run.ts) sends it with its token and paces it; here it is retried on rate limits,
 * outages and, for a call safe to repeat, on no answer in time (see retry.ts). A call that must
 * not be repeated and may have been carried out is reported as of unknown outcome; a business
 * error (status code other than 1000, even under HTTP 200) becomes a NodeApiError carrying Venio's
 * own description. The HTTP client's error (with its headers) never escapes.
 */
export async function sendRequest(
	run: VenioRun,
	endpointId: EndpointId,
	request: VenioRequest = {},
): Promise<unknown> {
	const endpoint = ENDPOINTS[endpointId];
	// An empty Base URL means production, for API calls as for the token call.
	const { baseUrl } = credentialValues(await run.credentialData());
	const options = optionsFor(endpoint, baseUrl, request, run.timeoutMs);
	const context = {
		label: request.label ?? `${endpoint.method} ${endpoint.path}`,
		itemIndex: request.itemIndex,
		baseUrl,
		reads: isRead(endpoint),
		timeoutMs: run.timeoutMs,
		notFoundHint: unconfirmedPathHint(endpointId),
	};
	const signal = joinSignals(run.signal, request.abortSignal);
	for (let attempt = 1; ; attempt++) {
		const tried = await attemptOnce(run, options, attempt, signal);
		const attempts = { ...context, attempts: attempt };
		if (!tried.failure) return await dataOf(run, tried.body, attempts, request.rowResults);
		const { failure } = tried;
		const last = attempt >= MAX_ATTEMPTS || !isRetryable(failure, isRepeatable(endpoint));
		if (failure.token || last) {
			const unknownOutcome =
				endpoint.repeat === 'once' && mayHaveActed(failure) ? { check: endpoint.check } : undefined;
			throw venioApiError(run.context.getNode(), { ...failure, unknownOutcome }, attempts);
		}
		// After a rate limit the pacer holds every request of the run, this one included.
		if (!tried.paused) await pause(retryDelayMs(attempt - 1, failure.retryAfter), signal);
	}
}

/** One call from a context without a run of its own (a dropdown, the trigger). */
export async function venioRequest(
	this: VenioFunctions,
	endpointId: EndpointId,
	request: VenioRequest = {},
): Promise<unknown> {
	return await sendRequest(new VenioRun(this), endpointId, request);
}
