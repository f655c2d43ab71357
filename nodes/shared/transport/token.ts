import { createHash } from 'crypto';
import { sleep } from 'n8n-workflow';
import type { IDataObject, IHttpRequestHelper } from 'n8n-workflow';

import { ACCESS_TOKEN_ENDPOINT } from '../api/endpoints';
import { DEFAULT_TIMEOUT_MS, failureOfError, tokenCallVerdict } from './retry';
import type { AttemptFailure } from './retry';
import { joinUrl } from './url';

/**
 * The Venio access token of one set of credential values, for the whole process.
 *
 * n8n stores the token with the credential and runs the credential's `preAuthentication` (which
 * calls `tokenFor`) for every execution that read the credential before a token was stored, and
 * after a 401; executions do not wait for each other. Here they do: concurrent callers share one
 * token call, and a caller holding no token, or one already replaced, gets the newest token
 * without a call. So a process fetches once at a cold start and once per expiry. A caller
 * presenting the newest token (it was refused) or one this process never saw (another n8n process
 * stored it, and Venio refused it) always gets a fresh one. Within a run, run.ts lets one request
 * fetch while the others wait, and tells `refused` which token a 401 came with.
 *
 * Nothing is shared between processes: each n8n worker keeps its own memory, and the token n8n
 * stores in its database is what they share. Values unused for longer than a token lives are
 * forgotten, so no bearer token stays in memory past its use.
 */

/** Venio's production gateway: the Venio API credential's default Base URL. */
export const VENIO_PRODUCTION_URL = 'https://api.gofive.co.th';

export interface CredentialValues {
	baseUrl: string;
	clientId: string;
	clientSecret: string;
	subscriptionKey: string;
}

/** The credential's values, read from its fields in one place. */
export function credentialValues(data: IDataObject): CredentialValues {
	return {
		baseUrl: String(data.baseUrl || VENIO_PRODUCTION_URL),
		clientId: String(data.clientId ?? ''),
		clientSecret: String(data.clientSecret ?? ''),
		subscriptionKey: String(data.subscriptionApiKey ?? ''),
	};
}

const REDACTED = '[redacted]';

/**
 * Venio's own words with every secret of the credential taken out (a client secret, subscription
 * key or token an identity server or gateway quotes back), as typed and as a form encodes it.
 */
export function redact(text: string, secrets: readonly unknown[]): string {
	let clean = text;
	for (const secret of secrets) {
		if (typeof secret !== 'string' || secret.length < 4) continue;
		for (const form of new Set([
			secret,
			encodeURIComponent(secret),
			new URLSearchParams({ s: secret }).toString().slice(2),
		])) {
			clean = clean.split(form).join(REDACTED);
		}
	}
	return clean;
}

/** Why a token call failed: `refused` names a value to fix; `unavailable` says to wait. */
export class TokenError extends Error {
	constructor(
		message: string,
		readonly kind: 'refused' | 'unavailable',
	) {
		super(message);
		// Read by name, not class, by the run that meets it inside n8n's error (run.ts).
		this.name = 'VenioTokenError';
	}
}

interface Entry {
	newest?: { token: string; usableUntil: number };
	/** Digests of tokens known to be older than the one being or last fetched. */
	replaced: string[];
	fetching?: Promise<string>;
	lastUsed: number;
	/** How long Venio's tokens for these values live; an hour when it does not say. */
	lifetimeMs: number;
}

/** Enough to recognise the tokens the executions of one refresh still hold. */
const MAX_REPLACED = 32;
/** The share of a token's lifetime, at its end, during which it is no longer handed out. */
const END_OF_LIFE_SHARE = 0.1;
const MAX_END_OF_LIFE_MS = 60_000;
const UNSTATED_LIFETIME_MS = 3_600_000;

/** Keyed by a digest of the credential values, so no secret is ever a key. */
const entries = new Map<string, Entry>();

const digest = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

const keyOf = (values: CredentialValues) =>
	digest(
		JSON.stringify([values.baseUrl, values.clientId, values.clientSecret, values.subscriptionKey]),
	);

/** Forgets the values nobody used for longer than their tokens live. */
function forgetUnused(now: number) {
	for (const [key, entry] of entries) {
		if (!entry.fetching && now - entry.lastUsed > entry.lifetimeMs) entries.delete(key);
	}
}

function entryFor(values: CredentialValues): Entry {
	const now = Date.now();
	forgetUnused(now);
	const key = keyOf(values);
	let entry = entries.get(key);
	if (!entry) {
		entry = { replaced: [], lastUsed: now, lifetimeMs: UNSTATED_LIFETIME_MS };
		entries.set(key, entry);
	}
	entry.lastUsed = now;
	return entry;
}

function remember(entry: Entry, replacedToken: string): void {
	const replaced = digest(replacedToken);
	if (entry.replaced.includes(replaced)) return;
	entry.replaced.push(replaced);
	if (entry.replaced.length > MAX_REPLACED) entry.replaced.shift();
}

/**
 * A token Venio refused with a 401. The Venio node handles its 401s itself (run.ts), so its next
 * preAuthentication holds no token and would be handed this one again: it is remembered as
 * replaced, and when it was the newest, or one this process never saw (Venio refuses tokens for
 * these values), the newest is no longer handed out. A token already known as replaced says
 * nothing about the newer one.
 */
export function refused(values: CredentialValues, token: string): void {
	const entry = entryFor(values);
	if (entry.replaced.includes(digest(token))) return;
	remember(entry, token);
	if (entry.newest) remember(entry, entry.newest.token);
	entry.newest = undefined;
}

/** The number of sets of credential values this process remembers (for tests of its bound). */
export const rememberedValues = () => entries.size;

/**
 * The token to use for these values, given the one the caller holds (`''` for none): the newest
 * this process fetched when the caller's is older or missing, otherwise a fresh one, fetched once
 * for all who ask while it is under way.
 */
export async function tokenFor(
	helper: IHttpRequestHelper,
	values: CredentialValues,
	held: string,
): Promise<string> {
	const entry = entryFor(values);
	if (!entry.fetching) {
		const newest = entry.newest && Date.now() < entry.newest.usableUntil ? entry.newest : undefined;
		const heldIsOlder = held === '' || entry.replaced.includes(digest(held));
		if (newest && held !== newest.token && heldIsOlder) return newest.token;
		const fetching: Promise<string> = fetchInto(entry, helper, values).finally(() => {
			if (entry.fetching === fetching) entry.fetching = undefined;
		});
		entry.fetching = fetching;
	}
	// Whatever the caller held is older than the token under way.
	if (held !== '') remember(entry, held);
	return await entry.fetching;
}

async function fetchInto(entry: Entry, helper: IHttpRequestHelper, values: CredentialValues) {
	if (entry.newest) remember(entry, entry.newest.token);
	entry.newest = undefined;
	const startedAt = Date.now();
	const { accessToken, expiresInSeconds } = await fetchToken(helper, values);
	const lifetimeMs =
		expiresInSeconds !== undefined && expiresInSeconds > 0 ? expiresInSeconds * 1000 : undefined;
	entry.lifetimeMs = lifetimeMs ?? UNSTATED_LIFETIME_MS;
	entry.newest = {
		token: accessToken,
		usableUntil:
			lifetimeMs === undefined
				? Infinity
				: startedAt + lifetimeMs - Math.min(lifetimeMs * END_OF_LIFE_SHARE, MAX_END_OF_LIFE_MS),
	};
	return accessToken;
}

interface TokenAnswer {
	statusCode: number;
	headers?: Record<string, unknown>;
	body: unknown;
}

/**
 * Venio's token endpoint, called until it gives a token or a reason not to try again: a token
 * call changes nothing in Venio, so it is retried like a read (see retry.ts tokenCallVerdict).
 */
async function fetchToken(helper: IHttpRequestHelper, values: CredentialValues) {
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

/** Retry-After as words: "45 seconds" or an hour in UTC. */
export function renewsIn(retryAfter: string | undefined): string {
	const seconds = Number(retryAfter);
	if (Number.isFinite(seconds)) return `${Math.ceil(seconds)} seconds`;
	const at = Date.parse(retryAfter ?? '');
	return Number.isFinite(at) ? `at ${new Date(at).toISOString()}` : 'an unstated time';
}
