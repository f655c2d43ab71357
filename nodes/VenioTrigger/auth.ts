import { createHash, timingSafeEqual } from 'crypto';
import type {
	ICredentialDataDecryptedObject,
	ICredentialsDecrypted,
	ICredentialTestFunctions,
	IDataObject,
	INodeCredentialTestResult,
	IWebhookFunctions,
} from 'n8n-workflow';

/**
 * Who may start the workflow. Venio signs nothing and documents no secret, so the secret is one the
 * user makes up and puts where Venio's webhook URL can carry it: the query string (the only place a
 * URL-only integration setting can hold), a header (for a proxy or another sender that sets one),
 * or basic auth (`https://user:secret@host/...`).
 */
export type AuthenticationMode = 'none' | 'querySecret' | 'headerSecret' | 'basicAuth';

export const AUTH_CREDENTIAL_TYPE = 'venioTriggerAuthApi';

/** `?token=` on the webhook URL. */
export const QUERY_PARAMETER = 'token';

export const DEFAULT_HEADER_NAME = 'X-Venio-Token';

export const DEFAULT_BASIC_USER = 'venio';

export const MIN_SECRET_LENGTH = 16;

/**
 * Why a request was refused; for the log, never for the caller, and never the secret itself.
 * `unavailable`: the secret could not be read just now (n8n's database busy, say), so the call
 * is neither known good nor known bad and the sender should come again.
 */
export type AuthOutcome = { ok: true } | { ok: false; reason: string; unavailable?: true };

/**
 * Equal in constant time. Both sides are hashed first so the comparison always runs over 32 bytes:
 * `timingSafeEqual` needs equal lengths, and comparing lengths first would leak the secret's length.
 */
export function sameSecret(given: string, expected: string): boolean {
	const digest = (value: string) => createHash('sha256').update(value, 'utf8').digest();
	return timingSafeEqual(digest(given), digest(expected));
}

function single(value: unknown): string | undefined {
	return typeof value === 'string' ? value : undefined;
}

function basicAuthOf(header: string | undefined): { user: string; password: string } | undefined {
	const match = /^Basic\s+(\S+)\s*$/i.exec(header ?? '');
	if (!match) return undefined;
	const decoded = Buffer.from(match[1], 'base64').toString('utf8');
	const colon = decoded.indexOf(':');
	if (colon < 0) return undefined;
	return { user: decoded.slice(0, colon), password: decoded.slice(colon + 1) };
}

function checkWithCredential(
	context: IWebhookFunctions,
	mode: Exclude<AuthenticationMode, 'none'>,
	credential: ICredentialDataDecryptedObject,
): AuthOutcome {
	const secret = String(credential.secret ?? '');
	// An empty secret would let an empty token through: refuse everything until one is set.
	if (secret === '') return { ok: false, reason: 'the Venio Webhook Secret credential has no secret' };

	if (mode === 'querySecret') {
		// A repeated ?token= arrives as an array; it is refused rather than guessed at.
		const given = single((context.getQueryData() as IDataObject)[QUERY_PARAMETER]);
		if (given === undefined) return { ok: false, reason: `no ?${QUERY_PARAMETER}= in the URL` };
		return sameSecret(given, secret) ? { ok: true } : { ok: false, reason: 'wrong token in the URL' };
	}
	const headers = context.getHeaderData();
	if (mode === 'headerSecret') {
		const name = String(credential.headerName || DEFAULT_HEADER_NAME).toLowerCase();
		const given = single(headers[name]);
		if (given === undefined) return { ok: false, reason: `no ${name} header` };
		return sameSecret(given, secret) ? { ok: true } : { ok: false, reason: `wrong ${name} header` };
	}
	const given = basicAuthOf(single(headers.authorization));
	if (!given) return { ok: false, reason: 'no basic-auth credentials' };
	// Both halves are always compared, so the time taken does not tell which one was wrong.
	const userOk = sameSecret(given.user, String(credential.user || DEFAULT_BASIC_USER));
	const passwordOk = sameSecret(given.password, secret);
	return userOk && passwordOk ? { ok: true } : { ok: false, reason: 'wrong basic-auth user or password' };
}

export async function checkAuthentication(
	this: IWebhookFunctions,
	mode: AuthenticationMode,
): Promise<AuthOutcome> {
	if (mode === 'none') return { ok: true };
	// Fail closed: without its secret the trigger cannot tell Venio from anyone else.
	if (this.getNode().credentials?.[AUTH_CREDENTIAL_TYPE] === undefined) {
		return { ok: false, reason: 'no Venio Webhook Secret credential is set on the node' };
	}
	let credential: ICredentialDataDecryptedObject;
	try {
		credential = await this.getCredentials(AUTH_CREDENTIAL_TYPE);
	} catch (error) {
		// Still refused, but not as final: a genuine delivery answered 401 may never come again.
		// n8n reads and decrypts the credential itself and words its own errors (database,
		// decryption), so the message names what failed, not the credential's contents.
		const { name, message } = error as Error;
		return {
			ok: false,
			unavailable: true,
			reason: `its Venio Webhook Secret credential could not be read (${name}: ${message})`,
		};
	}
	return checkWithCredential(this, mode, credential);
}

const HEADER_NAME = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;

/**
 * The credential test n8n runs when the user saves a Venio Webhook Secret. The secret is checked
 * here, locally: there is nothing remote to ask, as only this node ever reads it.
 */
export async function testWebhookSecret(
	this: ICredentialTestFunctions,
	credential: ICredentialsDecrypted,
): Promise<INodeCredentialTestResult> {
	const data = credential.data ?? {};
	const secret = String(data.secret ?? '');
	const howTo =
		'Generate one with `openssl rand -hex 32` (or any password manager: 32 random letters and digits), paste it here and add it to the URL you give Venio.';
	if (secret === '') return { status: 'Error', message: `The secret is empty. ${howTo}` };
	if (secret.length < MIN_SECRET_LENGTH) {
		return {
			status: 'Error',
			message: `The secret has ${secret.length} characters; use at least ${MIN_SECRET_LENGTH} so it cannot be guessed. ${howTo}`,
		};
	}
	const headerName = String(data.headerName ?? '');
	if (headerName !== '' && !HEADER_NAME.test(headerName)) {
		return {
			status: 'Error',
			message: `"${headerName}" is not a valid HTTP header name: use letters, digits and hyphens, e.g. ${DEFAULT_HEADER_NAME}.`,
		};
	}
	if (String(data.user ?? '').includes(':')) {
		return { status: 'Error', message: 'The basic-auth user must not contain a colon.' };
	}
	return { status: 'OK', message: 'The secret is long enough. Nothing was sent anywhere.' };
}
