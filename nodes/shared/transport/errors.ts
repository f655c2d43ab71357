import { NodeApiError, type INode, type JsonObject } from 'n8n-workflow';

import { isQuota, renewsIn, type AttemptFailure } from './retry';

export interface FailureContext {
	/** What the user ran, e.g. "Customer › Get"; the request's method and path when absent. */
	label: string;
	itemIndex?: number;
	attempts: number;
	baseUrl: string;
	/** The call only reads (a GET or an enquiry): the hint must not talk about saving. */
	reads?: boolean;
	timeoutMs?: number;
	/** What a 404 means for an endpoint whose path is not confirmed. */
	notFoundHint?: string;
}

export interface ApiFailure extends AttemptFailure {
	apiMessage?: string;
	businessCode?: string;
	/** No token came: Venio refused the credential's values, or its token endpoint was down. */
	token?: 'refused' | 'unavailable';
	/** A call done once may have been carried out: what to check in Venio before running it again. */
	unknownOutcome?: { check: string };
}

/** What became of the answer, in words: "Venio answered HTTP 504", "the connection dropped". */
function whatHappened(failure: ApiFailure): string {
	if (failure.status !== undefined) return `Venio answered HTTP ${failure.status}`;
	if (failure.cutOff) return "Venio's answer was cut off";
	if (failure.malformed) return "Venio's answer was not valid JSON";
	if (failure.timedOut) return 'no answer came in time';
	return `the connection dropped (${failure.networkCode ?? 'network error'})`;
}

/**
 * Venio refused the call for its values (a business error, HTTP 400 or 422): it validates before
 * it saves, so nothing of the call was carried out.
 */
const refusesValues = ({ businessCode, status }: ApiFailure) =>
	businessCode !== undefined || status === 400 || status === 422;

/** What to tell the user to do, by what went wrong. */
function hintFor(failure: ApiFailure, context: FailureContext): string {
	const { status } = failure;
	if (failure.unknownOutcome)
		return `The request reached Venio, then ${whatHappened(failure)}, so whether Venio carried it out is unknown. It was not sent again, as that could apply it twice. Check in Venio whether ${failure.unknownOutcome.check} before running this item again.`;
	if (failure.token === 'refused')
		return 'No request was sent: the Venio API credential could not get an access token. Fix the value the message names, then run again.';
	if (failure.token === 'unavailable')
		return 'No request was sent: Venio could not give an access token just now. Nothing needs fixing in the credential; run the workflow again later.';
	if (isQuota(failure))
		return `Venio's gateway refuses calls for this Subscription Key until its quota renews, in ${renewsIn(failure.retryAfter)}. Run the workflow after that, or ask Gofive for a larger quota.`;
	if (refusesValues(failure)) {
		return context.reads
			? 'Check the values named in the message, e.g. that the code or ID exists in this Venio account. Nothing was changed: this call only reads.'
			: 'Check the values named in the message; Venio validates them before it saves anything.';
	}
	if (status === 401)
		return 'Venio refused the access token even after fetching a new one. Check the Client ID, Client Secret and Subscription Key in the Venio API credential.';
	if (status === 403)
		return 'The Venio API client lacks permission for this operation. Ask your Venio administrator to grant it, or check the Subscription Key.';
	if (status === 404 && context.notFoundHint) return context.notFoundHint;
	if (status === 404)
		return 'Venio has no such path on this tenant. Check the Base URL in the credential; if Venio moved the endpoint, call it with the HTTP Request node and the Venio API credential.';
	if (status === 429)
		return `Venio kept rate-limiting after ${context.attempts} tries. Run the workflow later, or process fewer items per run.`;
	if (status !== undefined && status >= 500)
		return `Venio was unavailable after ${context.attempts} tries. Try again later.`;
	if (failure.timedOut)
		return `Venio did not answer within ${context.timeoutMs ?? '?'} ms on each of ${context.attempts} tries. Try again later, or raise Options › Timeout.`;
	if (failure.malformed || failure.cutOff)
		return `${whatHappened(failure)} on each of ${context.attempts} tries. Try again later; if it persists, a proxy between n8n and Venio may be cutting responses.`;
	return `Could not reach Venio at ${context.baseUrl} (${failure.networkCode ?? 'network error'}). Check the Base URL in the credential and the network between n8n and Venio.`;
}

function headlineFor(failure: ApiFailure, context: FailureContext): string {
	if (failure.unknownOutcome) return `Outcome unknown: Venio may have carried out ${context.label}`;
	if (isQuota(failure)) return "Venio's quota for this Subscription Key is spent";
	if (failure.apiMessage) return `Venio: ${failure.apiMessage}`;
	if (failure.status === 429) return 'Venio rate limit reached';
	if (failure.status !== undefined || failure.cutOff) return whatHappened(failure);
	if (failure.malformed) return 'Venio sent a malformed response';
	if (failure.timedOut) return 'Venio did not answer in time';
	// n8n swaps a message holding a network code for a generic text: the code is in the description.
	return 'Venio could not be reached';
}

/** Errors of calls Venio refused for their values (see refusesValues). */
const refusals = new WeakSet<object>();

export const isRefusal = (error: unknown) => refusals.has(error as object);

/**
 * The error a node throws for a failed Venio call, made from plain values (never the HTTP client's
 * error, whose request carries the credential's headers), so no secret travels with it.
 */
export function venioApiError(node: INode, failure: ApiFailure, context: FailureContext) {
	const { itemIndex, label } = context;
	const where = itemIndex === undefined ? label : `item ${itemIndex}, ${label}`;
	const message = headlineFor(failure, context);
	const description = `${hintFor(failure, context)} (${where})`;
	const httpCode = failure.status !== undefined ? String(failure.status) : undefined;
	const error = new NodeApiError(node, { message, description, httpCode } as JsonObject, {
		message,
		description,
		httpCode,
		itemIndex,
	});
	if (refusesValues(failure)) refusals.add(error);
	return error;
}
