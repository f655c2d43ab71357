import { sleep } from 'n8n-workflow';
import type { IDataObject, IHttpRequestHelper } from 'n8n-workflow';

import { ACCESS_TOKEN_ENDPOINT } from '../api/endpoints';
import { redact } from './redact';
import {
	DEFAULT_TIMEOUT_MS,
	failureOfError,
	isQuota,
	isRetryable,
	MAX_ATTEMPTS,
	retryDelayMs,
} from './retry';
import type { AttemptFailure } from './retry';
import type { CredentialValues } from './token';
import { joinUrl } from './url';

/** Why a token call failed: `refused` names a value to fix; `unavailable` says to wait. */
export class TokenError extends Error {
	constructor(
		message: string,
		readonly kind: 'refused' | 'unavailable',
	) {
		super(message);
		// Read by name, not class (tokenErrorOf): it reaches the node wrapped in n8n's error.
		this.name = 'VenioTokenError';
	}
}

/** The credential's failed token call, when that is why n8n's request failed (see TokenError). */
export function tokenErrorOf(error: unknown): (Error & { kind: string }) | undefined {
	const cause = (error as { cause?: unknown }).cause;
	return cause instanceof Error && cause.name === 'VenioTokenError'
		? (cause as Error & { kind: string })
		: undefined;
}

/**
 * What to do after a failed token call: wait and try again (a token call changes nothing, so it
 * is retried like a read), or give up, saying whether Venio refused the credential's values or was
 * unavailable.
 */
function tokenCallVerdict(
	failure: AttemptFailure,
	attempt: number,
): { waitMs?: number; kind: 'refused' | 'unavailable' } {
	const { status } = failure;
	const refusal = status !== undefined && status < 500 && status !== 429 && !isQuota(failure);
	if (refusal) return { kind: 'refused' };
	// A token endpoint's 500 is as passing as its 502: the call is repeatable.
	if (attempt < MAX_ATTEMPTS && (status === 500 || isRetryable(failure, true))) {
		return { kind: 'unavailable', waitMs: retryDelayMs(attempt - 1, failure.retryAfter) };
	}
	return { kind: 'unavailable' };
}

interface TokenAnswer {
	statusCode: number;
	headers?: Record<string, unknown>;
	body: unknown;
}

/**
 * Venio's token endpoint, called until it gives a token or a reason not to try again: a token
 * call changes nothing in Venio, so it is retried like a read (see tokenCallVerdict).
 */
export async function fetchToken(helper: IHttpRequestHelper, values: CredentialValues) {
	for (let attempt = 1; ; attempt++) {
		let answer: TokenAnswer | undefined;
		let failure: AttemptFailure;
		try {
			answer = (await helper.helpers.httpRequest(tokenRequest(values))) as TokenAnswer;
			const body = parseTokenBody(answer.body);
			const accessToken = body?.access_token;
			if (answer.statusCode === 200 && typeof accessToken === 'string' && accessToken !== '') {
				const expiresIn = Number(body?.expires_in);
				return {
					accessToken,
					expiresInSeconds: Number.isFinite(expiresIn) ? expiresIn : undefined,
				};
			}
			const retryAfter = answer.headers?.['retry-after'];
			failure = {
				status: answer.statusCode,
				retryAfter: retryAfter === undefined ? undefined : String(retryAfter),
			};
		} catch (error) {
			// Never rethrown: the request it carries holds the client secret.
			failure = failureOfError(error);
		}
		const verdict = tokenCallVerdict(failure, attempt);
		if (verdict.waitMs === undefined) {
			throw tokenFailure(failure, parseTokenBody(answer?.body), values, attempt, verdict.kind);
		}
		await sleep(verdict.waitMs);
	}
}

function tokenRequest({ baseUrl, clientId, clientSecret, subscriptionKey }: CredentialValues) {
	return {
		method: ACCESS_TOKEN_ENDPOINT.method,
		url: joinUrl(baseUrl, ACCESS_TOKEN_ENDPOINT.path),
		headers: {
			'Content-Type': 'application/x-www-form-urlencoded',
			'Ocp-Apim-Subscription-Key': subscriptionKey,
		},
		body: new URLSearchParams({
			grant_type: 'client_credentials',
			client_id: clientId,
			client_secret: clientSecret,
		}).toString(),
		json: false,
		returnFullResponse: true,
		ignoreHttpStatusErrors: true,
		timeout: DEFAULT_TIMEOUT_MS,
	};
}

function parseTokenBody(body: unknown): IDataObject | undefined {
	if (typeof body === 'object' && body !== null) return body as IDataObject;
	if (typeof body !== 'string' || body === '') return undefined;
	try {
		const parsed: unknown = JSON.parse(body);
		return typeof parsed === 'object' && parsed !== null ? (parsed as IDataObject) : undefined;
	} catch {
		return { message: body.slice(0, 500) };
	}
}

/**
 * Says why no token came, naming the credential value to check only when Venio refused one: Azure
 * API Management refuses the subscription key (401 or 403 with a "subscription key" message), the
 * identity server a wrong client ID or secret (400 `invalid_client`). A spent quota (403 with
 * Retry-After) and an outage are not the credential's fault. Venio's words are quoted without any
 * of the credential's secrets.
 */
function tokenFailure(
	failure: AttemptFailure,
	body: IDataObject | undefined,
	values: CredentialValues,
	attempts: number,
	kind: 'refused' | 'unavailable',
): TokenError {
	const { status } = failure;
	const apiMessage = redact(String(body?.message ?? body?.error_description ?? body?.error ?? ''), [
		values.clientSecret,
		values.subscriptionKey,
	]);
	const said = apiMessage ? ` Venio said: "${apiMessage}".` : '';
	const tried = `tried ${attempts} time${attempts === 1 ? '' : 's'}`;
	const { baseUrl } = values;
	if (status === undefined) {
		return new TokenError(
			`Could not reach Venio at ${baseUrl} (${failure.timedOut ? 'no answer in time' : (failure.networkCode ?? 'network error')}, ${tried}). Check the Base URL in the Venio API credential and the network between n8n and Venio.`,
			'unavailable',
		);
	}
	if (kind === 'unavailable') {
		const quota =
			status === 403
				? ` The Subscription Key's quota is spent; it renews in ${renewsIn(failure.retryAfter)}.`
				: '';
		return new TokenError(
			`Venio's token endpoint is unavailable (HTTP ${status}, ${tried}).${quota}${said} Nothing is wrong with the credential's values: run the workflow again later.`,
			'unavailable',
		);
	}
	if (/subscription key/i.test(apiMessage) || status === 403) {
		return new TokenError(
			`Venio refused the Subscription Key (HTTP ${status}).${said} Check the Subscription Key in the Venio API credential.`,
			'refused',
		);
	}
	if (status === 404 || status === 200) {
		const what =
			status === 404
				? 'No Venio token endpoint'
				: "Venio's token endpoint answered without an access token";
		return new TokenError(
			`${what} at ${baseUrl} (HTTP ${status}). Check the Base URL in the Venio API credential.`,
			'refused',
		);
	}
	return new TokenError(
		`Venio refused the Client ID or Client Secret (HTTP ${status}).${said} Check both values in the Venio API credential.`,
		'refused',
	);
}

/** Retry-After as words: "45 seconds", or the time it names, in UTC. */
export function renewsIn(retryAfter: string | undefined): string {
	const seconds = Number(retryAfter);
	if (Number.isFinite(seconds)) return `${Math.ceil(seconds)} seconds`;
	const at = Date.parse(retryAfter ?? '');
	return Number.isFinite(at) ? `at ${new Date(at).toISOString()}` : 'an unstated time';
}
