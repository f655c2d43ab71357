import type {
	ICredentialsDecrypted,
	IDataObject,
	IExecuteFunctions,
	IHookFunctions,
	IHttpRequestOptions,
	ILoadOptionsFunctions,
	IWebhookFunctions,
} from 'n8n-workflow';

import { abortable, cancelSignalOf } from './cancel';
import { DEFAULT_PARALLEL_REQUESTS, Pacer } from './pacer';
import { DEFAULT_TIMEOUT_MS, MAX_TIMEOUT_MS } from './retry';
import { redact } from './redact';
import { credentialValues, refused } from './token';
import { tokenErrorOf } from './tokenCall';

export const CREDENTIAL_TYPE = 'venioApi';

/** Every n8n context a Venio call is made from: actions, dropdowns, the trigger. */
export type VenioFunctions =
	| IExecuteFunctions
	| ILoadOptionsFunctions
	| IWebhookFunctions
	| IHookFunctions;

export interface RunOptions {
	/** Options › Parallel Requests: requests in flight at most (pages read ahead: at most 16 of them). */
	parallelRequests?: number;
	/** Options › Timeout, in ms: how long one call may go unanswered. */
	timeoutMs?: number;
}

/**
 * A request refused with a token is sent again with a newer one; a token revoked again and again
 * (other executions refreshing, a gateway restarting) gets this many changes per request.
 */
const MAX_TOKEN_CHANGES = 3;

const NO_RETRY_BY_N8N: number[] = [];

const ignore = () => undefined;

/** The HTTP status of n8n's error for a request, when Venio answered. */
function statusOf(error: unknown): number | undefined {
	const cause = (error as { cause?: { response?: { status?: number } } }).cause;
	return cause?.response?.status;
}

/**
 * One run's connection to Venio, built once by execute.ts (per call for a dropdown or the trigger)
 * and handed to every request, page and page read ahead: the options, the pacer, the credential
 * copy with its token gate, and n8n's cancel signal, which ends every wait of the run.
 *
 * n8n fetches the token in `httpRequestWithAuthentication` (the credential's preAuthentication,
 * token.ts) when the copy holds none, and stores it. While there is none, one request goes alone
 * and the others wait, so a run starts with one token call. A 401 is handled here, not by n8n,
 * whose refresh is per request: the refused token is cleared unless another request already
 * replaced it, token.ts learns it was refused, and the request is sent again. A failed token call
 * is remembered: items that go on after it (Continue On Fail) do not each call the token endpoint.
 */
export class VenioRun {
	readonly pacer: Pacer;

	readonly timeoutMs: number;

	/** n8n's execution cancel signal: a stopped execution or workflow timeout fires it. */
	readonly signal: AbortSignal | undefined;

	private credentials?: Promise<ICredentialsDecrypted>;

	private fetchingToken?: Promise<unknown>;

	/** The request whose token call failed: later requests fail as it did. */
	private tokenFailure?: Promise<unknown>;

	/** Tokens this run held: Venio's words are cleaned of them too. */
	private readonly tokensHeld = new Set<string>();

	constructor(
		readonly context: VenioFunctions,
		{
			parallelRequests = DEFAULT_PARALLEL_REQUESTS,
			timeoutMs = DEFAULT_TIMEOUT_MS,
		}: RunOptions = {},
	) {
		this.pacer = new Pacer(parallelRequests);
		this.timeoutMs = Math.min(Math.max(1, timeoutMs), MAX_TIMEOUT_MS);
		this.signal = cancelSignalOf(context);
	}

	/**
	 * The credential, read once per run: n8n reads and decrypts it on every getCredentials call.
	 * n8n's preAuthentication writes a new token into this copy, so the whole run sees it.
	 */
	credentialData(): Promise<IDataObject> {
		this.credentials ??= this.context
			.getCredentials(CREDENTIAL_TYPE)
			.then((data) => ({ id: '', name: CREDENTIAL_TYPE, type: CREDENTIAL_TYPE, data }));
		return this.credentials.then(({ data }) => data ?? {});
	}

	/** `text` (Venio's words) without the credential's secrets or this run's tokens. */
	async redact(text: string): Promise<string> {
		const data = await this.credentialData();
		return redact(text, [data.clientSecret, data.subscriptionApiKey, ...this.tokensHeld]);
	}

	/** Sends one request with the run's token; the answer, or n8n's error as it came. */
	async send(options: IHttpRequestOptions, signal = this.signal): Promise<unknown> {
		await this.credentialData();
		const credentials = await this.credentials!;
		const data = credentials.data!;
		for (let changes = 0; ; changes++) {
			// The check and the claim below happen in one turn of the event loop, so only one
			// request finds the credential without a token and nobody fetching one.
			while (this.fetchingToken) await abortable(this.fetchingToken.then(ignore, ignore), signal);
			if (this.tokenFailure) return await this.tokenFailure;
			const alone = !data.accessToken;
			const sentWith = String(data.accessToken ?? '');
			const sent = this.context.helpers.httpRequestWithAuthentication.call(
				this.context,
				CREDENTIAL_TYPE,
				options,
				{ credentialsDecrypted: credentials, preAuthenticationRetryStatusCode: NO_RETRY_BY_N8N },
			) as Promise<unknown>;
			if (alone) this.holdOthersUntil(sent);
			const failed = await abortable(sent, signal).then(ignore, (error: unknown) => error ?? true);
			if (data.accessToken) this.tokensHeld.add(String(data.accessToken));
			// The answer, or n8n's error (or the cancel) as it came: request.ts reads it.
			if (failed === undefined || statusOf(failed) !== 401 || changes >= MAX_TOKEN_CHANGES) {
				if (alone && failed !== undefined && tokenErrorOf(failed)) this.tokenFailure = sent;
				return await abortable(sent, signal);
			}
			// Alone, the token this request used is the one it fetched; nobody sent meanwhile.
			this.retire(data, alone ? String(data.accessToken ?? '') : sentWith);
		}
	}

	private holdOthersUntil(sent: Promise<unknown>) {
		const done = () => {
			if (this.fetchingToken === sent) this.fetchingToken = undefined;
		};
		this.fetchingToken = sent;
		sent.then(done, done);
	}

	/** Clears a refused token, unless another request already replaced it. */
	private retire(data: IDataObject, token: string) {
		if (data.accessToken !== token) return;
		refused(credentialValues(data), token);
		data.accessToken = '';
	}
}
