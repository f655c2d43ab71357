import { createHash } from 'crypto';

/**
 * The Venio tokens this process fetched, shared by all its executions.
 *
 * n8n stores the token with the credential, but it runs `preAuthentication` for every execution that
 * read the credential before a token was stored, and again for every execution that meets a 401;
 * executions do not wait for each other. Here they do: concurrent callers share one token call, and a
 * caller holding no token, or one this process already replaced, gets the newest token without a
 * call. So a process fetches once at a cold start and once per expiry, however many executions run.
 *
 * It only saves calls; no run depends on it. It hands out only a token Venio issued for the same
 * credential values and that nobody has presented as rejected since. A caller presenting the newest
 * token (n8n does that after a 401 with it) or a token this process does not know (one another n8n
 * process stored) always gets a fresh token. Nothing here is shared between processes: each n8n
 * worker keeps its own, and the token n8n stores in the database is what they share.
 */

/** A token call's result: the token and, when Venio gives one, its lifetime. */
export interface FetchedToken {
	accessToken: string;
	expiresInSeconds?: number;
}

interface Issued {
	token: string;
	/** When to stop handing the token out: a little before Venio's expiry, or never without one. */
	usableUntil: number;
}

interface Entry {
	newest?: Issued;
	/** Digests of tokens known to be older than the one being or last fetched. */
	replaced: string[];
	fetching?: Promise<string>;
}

/** Enough to recognise the tokens the executions of one refresh still hold. */
const MAX_REPLACED = 32;

/** The share of a token's lifetime, at its end, during which it is no longer handed out. */
const END_OF_LIFE_SHARE = 0.1;

const MAX_END_OF_LIFE_MS = 60_000;

/** Keyed by a digest of the credential values, so no secret is ever a key. */
const entries = new Map<string, Entry>();

const digest = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

/** Venio's production gateway: the Venio API credential's default Base URL. */
export const VENIO_PRODUCTION_URL = 'https://api.gofive.co.th';

/**
 * The cache key for a Venio API credential's values (base URL, client ID, client secret,
 * subscription key), read from its fields: the credential and the node's transport both key by it.
 */
export function tokenKey(data: Record<string, unknown>): string {
	return digest(
		JSON.stringify([
			String(data.baseUrl || VENIO_PRODUCTION_URL),
			String(data.clientId ?? ''),
			String(data.clientSecret ?? ''),
			String(data.subscriptionApiKey ?? ''),
		]),
	);
}

function remember(entry: Entry, replacedToken: string): void {
	const replaced = digest(replacedToken);
	if (entry.replaced.includes(replaced)) return;
	entry.replaced.push(replaced);
	if (entry.replaced.length > MAX_REPLACED) entry.replaced.shift();
}

function usableUntil(startedAt: number, expiresInSeconds: number | undefined): number {
	if (expiresInSeconds === undefined || !(expiresInSeconds > 0)) return Infinity;
	const lifetimeMs = expiresInSeconds * 1000;
	return startedAt + lifetimeMs - Math.min(lifetimeMs * END_OF_LIFE_SHARE, MAX_END_OF_LIFE_MS);
}

async function fetchInto(
	key: string,
	entry: Entry,
	fetchToken: () => Promise<FetchedToken>,
): Promise<string> {
	if (entry.newest) remember(entry, entry.newest.token);
	entry.newest = undefined;
	const startedAt = Date.now();
	try {
		const fetched = await fetchToken();
		entry.newest = {
			token: fetched.accessToken,
			usableUntil: usableUntil(startedAt, fetched.expiresInSeconds),
		};
		return fetched.accessToken;
	} finally {
		// Values that got no token (a wrong secret, say) leave nothing behind.
		if (!entry.newest && entry.replaced.length === 0) entries.delete(key);
	}
}

/**
 * A token Venio refused with a 401, for credential values `key`. The Venio node clears a refused
 * token itself (token.ts) rather than letting n8n retry, so its next preAuthentication holds nothing
 * and would be handed this process's newest token. So the refused token is remembered as replaced,
 * and when it was this process's newest, or one this process never saw (another n8n process stored
 * it, and Venio is refusing tokens for these values), the newest is no longer handed out. A token
 * already known as replaced says nothing about the newer one.
 */
export function retireToken(key: string, token: string): void {
	const entry = entries.get(key) ?? { replaced: [] };
	entries.set(key, entry);
	if (entry.replaced.includes(digest(token))) return;
	remember(entry, token);
	if (entry.newest) {
		remember(entry, entry.newest.token);
		entry.newest = undefined;
	}
}

/**
 * The token to use for credential values `key`, given the one the caller holds (`''` for none):
 * the newest this process fetched when the caller's is older or missing, otherwise a fresh one,
 * fetched by `fetchToken` once for all who ask while it is under way.
 */
export async function sharedToken(
	key: string,
	held: string,
	fetchToken: () => Promise<FetchedToken>,
): Promise<string> {
	const entry = entries.get(key) ?? { replaced: [] };
	entries.set(key, entry);
	if (!entry.fetching) {
		const newest = entry.newest && Date.now() < entry.newest.usableUntil ? entry.newest : undefined;
		const heldIsOlder = held === '' || entry.replaced.includes(digest(held));
		if (newest && held !== newest.token && heldIsOlder) return newest.token;
		const fetching: Promise<string> = fetchInto(key, entry, fetchToken).finally(() => {
			if (entry.fetching === fetching) entry.fetching = undefined;
		});
		entry.fetching = fetching;
	}
	// Whatever the caller held is older than the token under way.
	if (held !== '') remember(entry, held);
	return await entry.fetching;
}
