import { sleep } from 'n8n-workflow';
import type { IDataObject, IHttpRequestHelper, IN8nHttpFullResponse } from 'n8n-workflow';

import { ACCESS_TOKEN_ENDPOINT } from '../api/endpoints';
import { isRecord } from './envelope';
import { redact } from './redact';
import {
	DEFAULT_TIMEOUT_MS,
	failureOfAnswer,
	failureOfError,
	isQuota,
	isRetryable,
	MAX_ATTEMPTS,
	renewsIn,
	retryDelayMs,
	type AttemptFailure,
} from './retry';
import type { CredentialValues } from './token';
import { joinUrl } from './url';

/** Why a token call failed: `refused` names a value to fix; `unavailable` says to wait. */
type TokenError = Error & { kind: 'refused' | 'unavailable' };

/** Read by name, not class (tokenErrorOf): it reaches the node wrapped in n8n's error. */
const tokenError = (message: string, kind: TokenError['kind']): TokenError =>
	Object.assign(new Error(message), { name: 'VenioTokenError', kind });

/** The credential's failed token call, when that is why n8n's request failed. */
export function tokenErrorOf(error: unknown): TokenError | undefined {
	const cause = (error as { cause?: unknown }).cause;
	return cause instanceof Error && cause.name === 'VenioTokenError'
		? (cause as TokenError)
		: undefined;
}

/**
 * Venio's token endpoint, called until it gives a token or a reason not to try again: a token
 * call changes nothing in Venio, so it is retried like a read, after a 500 too.
 */
export async function fetchToken(helper: IHttpRequestHelper, values: CredentialValues) {
	for (let attempt = 1; ; attempt++) {
		let failure: AttemptFailure & { body?: unknown };
		try {
			const answer: IN8nHttpFullResponse = await helper.helpers.httpRequest(tokenRequest(values));
			const body = parseTokenBody(answer.body);
			const accessToken = body?.access_token;
			if (answer.statusCode === 200 && typeof accessToken === 'string' && accessToken !== '') {
				return { accessToken, expiresInSeconds: Number(body?.expires_in) };
			}
			failure = failureOfAnswer({ ...answer, status: answer.statusCode, data: answer.body });
		} catch (error) {
			// Never rethrown: the request it carries holds the client secret.
			failure = failureOfError(error);
		}
		const { status } = failure;
		const refused = status !== undefined && status < 500 && status !== 429 && !isQuota(failure);
		const again = status === 500 || isRetryable(failure, true);
		if (refused || !again || attempt >= MAX_ATTEMPTS) {
			const message = tokenFailure(failure, values, attempt, refused);
			throw tokenError(message, refused ? 'refused' : 'unavailable');
		}
		await sleep(retryDelayMs(attempt - 1, failure.retryAfter));
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
	if (typeof body !== 'string' || body === '') return isRecord(body) ? body : undefined;
	try {
		const parsed: unknown = JSON.parse(body);
		return isRecord(parsed) ? parsed : undefined;
	} catch {
		return { message: body.slice(0, 500) };
	}
}

/**
 * Says why no token came, naming the credential value to check only when Venio refused one: the
 * gateway refuses a subscription key (401 or 403 naming it), the identity server a wrong client ID
 * or secret (400 `invalid_client`). Venio's words are quoted without the credential's secrets.
 */
function tokenFailure(
	failure: AttemptFailure & { body?: unknown },
	{ baseUrl, clientSecret, subscriptionKey }: CredentialValues,
	attempts: number,
	refused: boolean,
): string {
	const { status, retryAfter, networkCode = 'network error' } = failure;
	const body = parseTokenBody(failure.body);
	const venioWords = String(body?.message ?? body?.error_description ?? body?.error ?? '');
	const apiMessage = redact(venioWords, [clientSecret, subscriptionKey]);
	const said = apiMessage ? ` Venio said: "${apiMessage}".` : '';
	const tried = `tried ${attempts} time${attempts === 1 ? '' : 's'}`;
	const quota =
		status === 403
			? ` The Subscription Key's quota is spent; it renews in ${renewsIn(retryAfter)}.`
			: '';
	if (status === undefined)
		return `Could not reach Venio at ${baseUrl} (${failure.timedOut ? 'no answer in time' : networkCode}, ${tried}). Check the Base URL in the Venio API credential and the network between n8n and Venio.`;
	if (!refused)
		return `Venio's token endpoint is unavailable (HTTP ${status}, ${tried}).${quota}${said} Nothing is wrong with the credential's values: run the workflow again later.`;
	if (/subscription key/i.test(apiMessage) || status === 403)
		return `Venio refused the Subscription Key (HTTP ${status}).${said} Check the Subscription Key in the Venio API credential.`;
	if (status === 404)
		return `No Venio token endpoint at ${baseUrl} (HTTP 404). Check the Base URL in the Venio API credential.`;
	if (status === 200)
		return `Venio's token endpoint answered without an access token at ${baseUrl} (HTTP 200). Check the Base URL in the Venio API credential.`;
	return `Venio refused the Client ID or Client Secret (HTTP ${status}).${said} Check both values in the Venio API credential.`;
}
