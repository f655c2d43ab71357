import type { IDataObject } from 'n8n-workflow';

/** Venio's business code for success; anything else is an error even under HTTP 200. */
const SUCCESS_CODE = '1000';

export type Unwrapped =
	| { ok: true; data: unknown }
	| { ok: false; failure: { code: string; description: string } };

/** A JSON object: not null, an array or a Buffer. */
export function isRecord(value: unknown): value is IDataObject {
	return (
		typeof value === 'object' && value !== null && !Array.isArray(value) && !Buffer.isBuffer(value)
	);
}

/** The errors of the failed rows of a `{data:[{…, error:{description}}], statusCode}` answer. */
function rowErrors(data: unknown): string | undefined {
	if (!Array.isArray(data)) return undefined;
	const messages = data
		.map((row) => (isRecord(row) && isRecord(row.error) ? row.error.description : undefined))
		.filter((message): message is string => typeof message === 'string' && message !== '');
	return messages.length > 0 ? messages.join('; ') : undefined;
}

/**
 * Reads a Venio response body: `{status:{code,description}, data}`, `{data:{value}}` or `{data,
 * statusCode, httpStatusCode}` (a code as a string or a number); any other body as it is. With
 * `rowResults` (several records sent in one call), a `{data:[...], statusCode}` answer is returned
 * as its rows whatever its code, for the caller to map each row's result to its record.
 */
export function unwrapEnvelope(body: unknown, rowResults = false): Unwrapped {
	if (!isRecord(body)) return { ok: true, data: body };
	const status = isRecord(body.status) ? body.status : undefined;
	// `statusCode` is the envelope's only beside `data` or `httpStatusCode`: a bare record (or a
	// gateway error, read from its HTTP status) may have a statusCode field of its own.
	const batchForm = 'data' in body || 'httpStatusCode' in body;
	if (rowResults && batchForm && !status && Array.isArray(body.data)) {
		return { ok: true, data: body.data };
	}
	const code = status?.code ?? (batchForm ? body.statusCode : undefined);
	if (code !== undefined && code !== null && String(code) !== SUCCESS_CODE) {
		const description = status?.description ?? body.message ?? rowErrors(body.data);
		return {
			ok: false,
			failure: { code: String(code), description: String(description ?? 'no description') },
		};
	}
	if (!('data' in body)) return { ok: true, data: status ? undefined : body };
	const data = body.data;
	if (isRecord(data) && Object.keys(data).length === 1 && 'value' in data) {
		return { ok: true, data: data.value };
	}
	return { ok: true, data };
}

/** The records of an answer: Venio answers a list, a single record, or nothing. */
export function recordsOf(data: unknown): IDataObject[] {
	if (Array.isArray(data)) return data as IDataObject[];
	if (data === undefined || data === null) return [];
	return [data as IDataObject];
}

/** Finds Venio's own words in an error body, whatever form the gateway or the API used. */
export function apiMessageOf(body: unknown): string | undefined {
	if (typeof body === 'string') return body.trim().slice(0, 500) || undefined;
	if (!isRecord(body)) return undefined;
	const unwrapped = unwrapEnvelope(body);
	if (!unwrapped.ok) return unwrapped.failure.description;
	const words = ['message', 'error_description', 'error', 'title'].map((key) => body[key]);
	return words.find((said): said is string => typeof said === 'string' && said !== '');
}
