import type {
	ICredentialsDecrypted,
	IDataObject,
	IExecuteFunctions,
	IHookFunctions,
	IHttpRequestOptions,
	ILoadOptionsFunctions,
	IWebhookFunctions,
} from 'n8n-workflow';

import { abortable } from './cancel';
import { DEFAULT_PARALLEL_REQUESTS, Pacer } from './pacer';
import { DEFAULT_TIMEOUT_MS, failureOfError, MAX_TIMEOUT_MS } from './retry';
import { redact } from './redact';
import { CREDENTIAL_TYPE, credentialValues, refused } from './token';
import { tokenErrorOf } from './tokenCall';

/** Every n8n context a Venio call is made from: actions, dropdowns, the trigger. */
export type VenioFunctions =
	| IExecuteFunctions
	| ILoadOptionsFunctions
	| IWebhookFunctions
	| IHookFunctions;

export interface RunOptions {
	/** Options › Parallel Requests: requests in flight at most. */
	parallelRequests?: number;
	/** Options › Timeout, in ms: how long one call may go unanswered. */
	timeoutMs?: number;
}

/** A token revoked again and again (others refreshing it) gets this many changes per request. */
const MAX_TOKEN_CHANGES = 3;

const NO_RETRY_BY_N8N: number[] = [];

const ignore = () => undefined;

/**
 * One run's connection to Venio, built once by execute.ts (per call for a dropdown or the trigger)
 * and handed to every request and page: the options, the pacer, the credential copy with its token
 * gate, and n8n's cancel signal, which ends every wait of the run.
 *
 * n8n's preAuthentication (token.ts) fetches a token when the copy holds none and writes it into
 * the copy. Until then one request goes alone and the others wait, so a run starts with one token
 * call. A 401 is handled here, as n8n's refresh is per request: the refused token is cleared (unless
 * another request already replaced it) and the request sent again. A failed token call is
 * remembered, so items that go on after it (Continue On Fail) do not each call the token endpoint.
 */
export class VenioRun {
	readonly pacer: Pacer;

	readonly timeoutMs: number;

	/** n8n's cancel signal: every wait of the run ends when it fires. */
	readonly signal: AbortSignal | undefined;

	/** Read and decrypted once per run; preAuthentication writes the token into this copy. */
	private credentials?: Promise<ICredentialsDecrypted & { data: IDataObject }>;

	/** The request fetching the token: the others wait for it. */
	private fetchingToken?: Promise<unknown>;

	/** The request whose token call failed: later requests fail as it did. */
	private tokenFailure?: Promise<unknown>;

	/** Tokens this run held: Venio's words are cleaned of them too. */
	private readonly tokensHeld = new Set<string>();

	constructor(
		readonly context: VenioFunctions,
		options: RunOptions = {},
	) {
		this.pacer = new Pacer(options.parallelRequests ?? DEFAULT_PARALLEL_REQUESTS);
		const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
		this.timeoutMs = Math.min(Math.max(1, timeoutMs), MAX_TIMEOUT_MS);
		// A stopped execution or the workflow's timeout fires it; dropdowns and webhooks have none.
		this.signal =
			'getExecutionCancelSignal' in context ? context.getExecutionCancelSignal() : undefined;
	}

	credential() {
		this.credentials ??= this.context
			.getCredentials(CREDENTIAL_TYPE)
			.then((data) => ({ id: '', name: CREDENTIAL_TYPE, type: CREDENTIAL_TYPE, data }));
		return this.credentials;
	}

	/** `text` (Venio's words) without the credential's secrets or this run's tokens. */
	async redact(text: string): Promise<string> {
		const { data } = await this.credential();
		return redact(text, [data.clientSecret, data.subscriptionApiKey, ...this.tokensHeld]);
	}

	/** Sends one request with the run's token; the answer, or n8n's error as it came. */
	async send(options: IHttpRequestOptions, signal: AbortSignal | undefined): Promise<unknown> {
		const credentials = await this.credential();
		const { data } = credentials;
		for (let changes = 0; ; changes++) {
			// The check and the claim below happen in one turn of the event loop, so only one
			// request finds the credential without a token and nobody fetching one.
			while (this.fetchingToken) await abortable(this.fetchingToken.then(ignore, ignore), signal);
			if (this.tokenFailure) return await this.tokenFailure;
			const sentWith = String(data.accessToken ?? '');
			const alone = sentWith === '';
			const sent = this.context.helpers.httpRequestWithAuthentication.call(
				this.context,
				CREDENTIAL_TYPE,
				options,
				{ credentialsDecrypted: credentials, preAuthenticationRetryStatusCode: NO_RETRY_BY_N8N },
			) as Promise<unknown>;
			if (alone) this.holdOthersUntil(sent);
			const failed = await abortable(sent, signal).then(ignore, (error: unknown) => error ?? true);
			if (data.accessToken) this.tokensHeld.add(String(data.accessToken));
			const tokenRefused = failed !== undefined && failureOfError(failed).status === 401;
			if (!tokenRefused || changes >= MAX_TOKEN_CHANGES) {
				if (alone && failed !== undefined && tokenErrorOf(failed)) this.tokenFailure = sent;
				return await abortable(sent, signal);
			}
			// Alone, the token this request used is the one it fetched; nobody sent meanwhile.
			this.retire(data, alone ? String(data.accessToken ?? '') : sentWith);
		}
	}

	private holdOthersUntil(sent: Promise<unknown>) {
		const done = () => (this.fetchingToken = undefined);
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
