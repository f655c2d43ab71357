const REDACTED = '[redacted]';

/**
 * Venio's own words with every secret of the credential taken out (a client secret, subscription
 * key or token an identity server or gateway quotes back), as typed and as a form encodes it. Every
 * text taken from an answer passes here before it reaches an error, a log line or an output item.
 */
export function redact(text: string, secrets: readonly unknown[]): string {
	let clean = text;
	for (const secret of secrets) {
		if (typeof secret !== 'string' || secret.length < 4) continue;
		const formEncoded = new URLSearchParams({ s: secret }).toString().slice(2);
		for (const form of new Set([secret, encodeURIComponent(secret), formEncoded])) {
			clean = clean.split(form).join(REDACTED);
		}
	}
	return clean;
}
