import { isRecord } from '../shared/transport/envelope';

/** Node's request headers: names lower-cased, repeated ones as arrays. */
type Headers = Record<string, string | string[] | undefined>;

/**
 * The parts of n8n's webhook request this node reads. n8n hands nodes an express request whose
 * `rawBody` holds the bytes as received (n8n reads them before any node runs, to parse JSON, form
 * or XML bodies) and whose `readRawBody()` reads them when nothing has yet.
 */
export interface WebhookRequest {
	method?: string;
	headers: Headers;
	rawBody?: unknown;
	readRawBody?: () => Promise<void>;
	readableEnded?: boolean;
}

export type PayloadResult =
	| { kind: 'ok'; value: unknown }
	| { kind: 'tooLarge'; size: number }
	| { kind: 'malformed'; reason: string };

/** The media type without parameters, lower-cased: `application/json; charset=utf-8` → `application/json`. */
function mediaTypeOf(headers: Headers): string {
	return String(headers['content-type'] ?? '')
		.split(';')[0]
		.trim()
		.toLowerCase();
}

function isJsonMediaType(mediaType: string): boolean {
	return mediaType === 'application/json' || mediaType.endsWith('+json');
}

async function rawBytesOf(request: WebhookRequest): Promise<Buffer | undefined> {
	// Only read when the stream has not been consumed: reading a drained stream would wait forever.
	if (!Buffer.isBuffer(request.rawBody) && typeof request.readRawBody === 'function' && request.readableEnded !== true) {
		await request.readRawBody();
	}
	return Buffer.isBuffer(request.rawBody) ? request.rawBody : undefined;
}

/** Bytes of the body as sent; the Content-Length or the parsed body's size when n8n kept no bytes. */
function sizeOf(raw: Buffer | undefined, headers: Headers, parsed: unknown): number {
	if (raw) return raw.length;
	const declared = Number(headers['content-length']);
	if (Number.isFinite(declared) && declared >= 0) return declared;
	if (typeof parsed === 'string') return Buffer.byteLength(parsed);
	return parsed === undefined ? 0 : Buffer.byteLength(JSON.stringify(parsed) ?? '');
}

/**
 * The body as a JSON value, or why it cannot be one.
 *
 * Venio's Content-Type is undocumented, so the body is read as JSON whatever the header says: n8n's
 * own parse is reused when it parsed JSON (the usual case, and the cheapest), and otherwise the
 * bytes are parsed here, so JSON sent as text/plain, without a Content-Type, or mislabelled as a
 * form still arrives.
 */
export async function readPayload(
	request: WebhookRequest,
	parsed: unknown,
	limitBytes: number,
): Promise<PayloadResult> {
	const raw = await rawBytesOf(request);
	const size = sizeOf(raw, request.headers, parsed);
	if (size > limitBytes) return { kind: 'tooLarge', size };

	// Under a JSON media type whatever n8n parsed is a JSON value, a bare string included.
	if (isJsonMediaType(mediaTypeOf(request.headers)) && parsed !== undefined) {
		return { kind: 'ok', value: parsed };
	}
	let text: string | undefined;
	if (typeof parsed === 'string') text = parsed;
	else if (raw) text = raw.toString('utf8');
	else if (isRecord(parsed) || Array.isArray(parsed)) return { kind: 'ok', value: parsed };

	if (text === undefined || text.trim() === '') return { kind: 'malformed', reason: 'The body is empty' };
	try {
		return { kind: 'ok', value: JSON.parse(text) as unknown };
	} catch {
		return { kind: 'malformed', reason: 'The body is not valid JSON' };
	}
}
