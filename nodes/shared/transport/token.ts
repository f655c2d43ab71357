import { createHash } from 'crypto';
import type { IDataObject, IHttpRequestHelper } from 'n8n-workflow';

import { fetchToken } from './tokenCall';

/**
 * The Venio access token of one set of credential values, for the whole process. n8n runs the
 * credential's `preAuthentication` (tokenFor) for every execution whose credential holds no token,
 * and after a 401, without making them wait for each other. Here they share one token call: a
 * caller holding no token or an older one gets the newest without a call; one presenting the
 * newest, or a token this process never saw (another n8n process stored it), gets a fresh one. So
 * a process (each n8n worker has its own memory) fetches once at a cold start and once per expiry.
 */

/** The Venio API credential's type name, which the nodes and their requests name it by. */
export const CREDENTIAL_TYPE = 'venioApi';

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
/** At the end of its life (a tenth of it, a minute at most) a token is no longer handed out. */
const END_OF_LIFE_SHARE = 0.1;
const MAX_END_OF_LIFE_MS = 60_000;
/** A token's lifetime when Venio does not state it. */
const HOUR_MS = 3_600_000;

/** Keyed by a digest of the credential values, so no secret is ever a key. */
const entries = new Map<string, Entry>();

const digest = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

/** The entry of these values; values unused for longer than their tokens live are forgotten. */
function entryFor(values: CredentialValues): Entry {
	const now = Date.now();
	for (const [key, entry] of entries) {
		if (!entry.fetching && now - entry.lastUsed > entry.lifetimeMs) entries.delete(key);
	}
	const key = digest(JSON.stringify(values));
	const entry = entries.get(key) ?? { replaced: [], lastUsed: now, lifetimeMs: HOUR_MS };
	entries.set(key, entry);
	entry.lastUsed = now;
	return entry;
}

const isReplaced = (entry: Entry, token: string) => entry.replaced.includes(digest(token));

function remember(entry: Entry, replacedToken: string): void {
	if (isReplaced(entry, replacedToken)) return;
	entry.replaced.push(digest(replacedToken));
	if (entry.replaced.length > MAX_REPLACED) entry.replaced.shift();
}

/** The newest token is no longer handed out: it was refused, or a newer one is being fetched. */
function retireNewest(entry: Entry) {
	if (entry.newest) remember(entry, entry.newest.token);
	entry.newest = undefined;
}

/**
 * A token Venio refused with a 401: neither it nor the newest is handed out again, unless it was
 * already known as replaced (then it says nothing about the newer one).
 */
export function refused(values: CredentialValues, token: string): void {
	const entry = entryFor(values);
	if (isReplaced(entry, token)) return;
	remember(entry, token);
	retireNewest(entry);
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
		const heldIsOlder = held === '' || isReplaced(entry, held);
		if (newest && held !== newest.token && heldIsOlder) return newest.token;
		entry.fetching = fetchInto(entry, helper, values).finally(() => {
			entry.fetching = undefined;
		});
	}
	// Whatever the caller held is older than the token under way.
	if (held !== '') remember(entry, held);
	return await entry.fetching;
}

async function fetchInto(entry: Entry, helper: IHttpRequestHelper, values: CredentialValues) {
	retireNewest(entry);
	const startedAt = Date.now();
	const { accessToken, expiresInSeconds } = await fetchToken(helper, values);
	const stated = Number.isFinite(expiresInSeconds) && expiresInSeconds > 0;
	entry.lifetimeMs = stated ? expiresInSeconds * 1000 : HOUR_MS;
	const endOfLife = Math.min(entry.lifetimeMs * END_OF_LIFE_SHARE, MAX_END_OF_LIFE_MS);
	const usableUntil = stated ? startedAt + entry.lifetimeMs - endOfLife : Infinity;
	entry.newest = { token: accessToken, usableUntil };
	return accessToken;
}
