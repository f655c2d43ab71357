import { createHash } from 'crypto';
import type { IDataObject, IHttpRequestHelper } from 'n8n-workflow';

import { fetchToken } from './tokenCall';

/**
 * The Venio access token of one set of credential values, for the whole process. n8n runs the
 * credential's `preAuthentication` (which calls `tokenFor`) for every execution that read the
 * credential before a token was stored, and after a 401, without making executions wait for each
 * other. Here they do: callers share one token call, and one holding no token or an older one gets
 * the newest without a call; one presenting the newest, or a token this process never saw (another
 * n8n process stored it), gets a fresh one. So a process fetches once at a cold start and once per
 * expiry. Each n8n worker has its own memory; n8n's database is what they share.
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

/** Forgets values unused for longer than their tokens live: no token outlives its use here. */
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
 * A token Venio refused with a 401 (run.ts handles the node's 401s): never handed out again, nor
 * the newest when it was the newest or one this process never saw. A token already known as
 * replaced says nothing about the newer one.
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
