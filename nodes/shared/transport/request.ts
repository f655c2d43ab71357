import type { IDataObject, IHttpRequestOptions } from 'n8n-workflow';

import { ENDPOINTS, isRead, isRepeatable, unconfirmedPathHint } from '../api/endpoints';
import type { EndpointId } from '../api/endpoints';
import { apiMessageOf, unwrapEnvelope } from './envelope';
import { venioApiError, type ApiFailure, type FailureContext } from './errors';
import { joinSignals, pause } from './cancel';
import { outcomeOf } from './pacer';
import { failureOfError, isRetryable, mayHaveActed, MAX_ATTEMPTS, retryDelayMs } from './retry';
import { VenioRun, type VenioFunctions } from './run';
import { credentialValues } from './token';
import { tokenErrorOf } from './tokenCall';
import { fillPath, joinUrl } from './url';

export interface VenioRequest {
	pathParams?: Record<string, string | number>;
	body?: IDataObject | IDataObject[];
	qs?: IDataObject;
	/** The input item this call serves, and what the user ran ("Customer › Get"): errors name both. */
	itemIndex?: number;
	label?: string;
	/** The call carries several records: per-row results come back as rows even when some failed. */
	rowResults?: boolean;
	/** Abandons the call, as the run's cancel signal does: no retry waits or starts. */
	abortSignal?: AbortSignal;
}

function parseBody(body: unknown): unknown {
	if (typeof body !== 'string') return body;
	return body.trim() === '' ? undefined : JSON.parse(body);
}

/** One try: waits its turn with the pacer, sends, and tells the pacer how it ended. */
async function attemptOnce(
	run: VenioRun,
	options: IHttpRequestOptions,
	attempt: number,
	signal: AbortSignal | undefined,
) {
	const startedAt = await run.pacer.acquire(signal);
	let body: unknown;
	let failure: ApiFailure | undefined;
	try {
		body = parseBody(await run.send(options, signal));
	} catch (error) {
		if (signal?.aborted) {
			run.pacer.release(startedAt, { answered: false });
			throw signal.reason;
		}
		failure = await failureOf(run, error);
	}
	const outcome = outcomeOf(failure, attempt);
	run.pacer.release(startedAt, outcome);
	return { body, failure, paused: 'pauseMs' in outcome };
}

/** What went wrong, as plain values, with Venio's words cleaned of the credential's secrets. */
async function failureOf(run: VenioRun, error: unknown): Promise<ApiFailure> {
	if (error instanceof SyntaxError) return { malformed: true };
	// The token call's message is already cleaned of the credential's secrets.
	const tokenError = tokenErrorOf(error);
	if (tokenError) return { apiMessage: tokenError.message, token: tokenError.kind };
	const { body, ...failure } = failureOfError(error);
	const apiMessage = apiMessageOf(body);
	return apiMessage === undefined
		? failure
		: { ...failure, apiMessage: await run.redact(apiMessage) };
}

/** The envelope's data, or the business error Venio reported in it. */
async function dataOf(run: VenioRun, body: unknown, context: FailureContext, rowResults?: boolean) {
	const unwrapped = unwrapEnvelope(body, rowResults);
	if (unwrapped.ok) return unwrapped.data;
	const { code, description } = unwrapped.failure;
	const apiMessage = await run.redact(description);
	throw venioApiError(run.context.getNode(), { apiMessage, businessCode: code }, context);
}

/**
 * Calls one Venio endpoint for a run (run.ts sends it with its token and paces it) and returns the
 * `data` of its envelope. It is retried as retry.ts says; a call done once that may have been
 * carried out is reported as of unknown outcome; a business error (a status code other than 1000,
 * even under HTTP 200) becomes a NodeApiError with Venio's own description.
 */
export async function sendRequest(
	run: VenioRun,
	endpointId: EndpointId,
	request: VenioRequest = {},
): Promise<unknown> {
	const endpoint = ENDPOINTS[endpointId];
	const { body, qs, abortSignal, pathParams, label, itemIndex } = request;
	// An empty Base URL means production, for API calls as for the token call.
	const { baseUrl } = credentialValues((await run.credential()).data);
	const options: IHttpRequestOptions = {
		method: endpoint.method,
		url: joinUrl(baseUrl, fillPath(endpoint.path, pathParams)),
		json: true,
		headers: { Accept: 'application/json' },
		timeout: run.timeoutMs,
		// n8n leaves out what is undefined. The signal ends the call in flight too.
		body,
		qs,
		abortSignal,
	};
	const context = {
		label: label ?? `${endpoint.method} ${endpoint.path}`,
		itemIndex,
		baseUrl,
		reads: isRead(endpoint),
		timeoutMs: run.timeoutMs,
		notFoundHint: unconfirmedPathHint(endpointId),
	};
	const signal = joinSignals(run.signal, abortSignal);
	for (let attempt = 1; ; attempt++) {
		const { body: answer, failure, paused } = await attemptOnce(run, options, attempt, signal);
		const attempts = { ...context, attempts: attempt };
		if (!failure) return await dataOf(run, answer, attempts, request.rowResults);
		const last = attempt >= MAX_ATTEMPTS || !isRetryable(failure, isRepeatable(endpoint));
		if (failure.token || last) {
			const unknownOutcome =
				endpoint.repeat === 'once' && mayHaveActed(failure) ? { check: endpoint.check } : undefined;
			throw venioApiError(run.context.getNode(), { ...failure, unknownOutcome }, attempts);
		}
		// After a rate limit the pacer holds every request of the run, this one included.
		if (!paused) await pause(retryDelayMs(attempt - 1, failure.retryAfter), signal);
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
