import type { ICredentialsDecrypted, IHttpRequestOptions } from 'n8n-workflow';

import type { VenioFunctions } from './request';
import { retireToken, tokenKey } from './sharedToken';

/**
 * n8n fetches the token inside `httpRequestWithAuthentication`, per request: when the credential
 * has none (preAuthentication), and again when a request answers 401. Requests sent in parallel
 * would each do it, so the first requests of a run would all fetch a token, and a token that
 * expires under eight requests in flight would be fetched eight times.
 *
 * So requests pass through here. While the credential has no token, one request goes alone (its
 * preAuthentication fetches the token) and the others wait for it. A 401 is handled here instead
 * of by n8n: the request clears the token it was refused with, unless another request already
 * replaced it, and is sent once more, the first of them fetching a new token alone.
 */
const fetchingToken = new WeakMap<ICredentialsDecrypted, Promise<unknown>>();

const NO_RETRY_BY_N8N: number[] = [];

function statusOf(error: unknown): number | undefined {
	const cause = (error as { cause?: { response?: { status?: number } } }).cause;
	return cause?.response?.status;
}

const ignore = () => undefined;

export async function sendAuthenticated(
	this: VenioFunctions,
	credentialType: string,
	credentials: ICredentialsDecrypted,
	options: IHttpRequestOptions,
): Promise<unknown> {
	const data = credentials.data ?? {};
	for (let resent = false; ; resent = true) {
		// The check and the claim below happen in one turn of the event loop, so only one
		// request finds the credential without a token and nobody fetching one.
		for (let pending = fetchingToken.get(credentials); pending; ) {
			await pending.then(ignore, ignore);
			pending = fetchingToken.get(credentials);
		}
		const alone = !data.accessToken;
		const sentWith = data.accessToken;
		const sent = this.helpers.httpRequestWithAuthentication.call(this, credentialType, options, {
			credentialsDecrypted: credentials,
			preAuthenticationRetryStatusCode: NO_RETRY_BY_N8N,
		}) as Promise<unknown>;
		if (alone) {
			const done = () => {
				if (fetchingToken.get(credentials) === sent) fetchingToken.delete(credentials);
			};
			fetchingToken.set(credentials, sent);
			sent.then(done, done);
		}
		const tokenRefused = await sent.then(
			() => false,
			(error: unknown) => !resent && statusOf(error) === 401,
		);
		// The answer, or n8n's error as it came (request.ts reads it).
		if (!tokenRefused) return await sent;
		// Alone, the token this request used is the one it fetched; nobody sent meanwhile.
		const refused = alone ? data.accessToken : sentWith;
		if (data.accessToken === refused) {
			retireToken(tokenKey(data), String(refused));
			data.accessToken = '';
		}
	}
}
