import type { IDataObject } from 'n8n-workflow';

import { isRecord } from '../shared/transport/envelope';

/**
 * Venio's webhook envelope, with its keys as the payload page documents them.
 *
 * The page documents camelCase (`topic`, `data`), while receivers written against the live service
 * read PascalCase (`Topic`, `Data`). Keys are therefore matched case-insensitively and renamed to
 * the documented spelling, so a workflow can write `$json.topic` whichever Venio sends. Values,
 * `data` above all, are passed on as received: their fields mix cases too (`customerName` next to
 * `CustomerCode`) and users match them against Venio's own documentation.
 */
export interface VenioEnvelope extends IDataObject {
	topic: string;
	event: string;
}

const DOCUMENTED_KEYS = ['modifiedBy', 'webhookName', 'topic', 'event', 'data'];
const DOCUMENTED_BY_LOWER_CASE = new Map(DOCUMENTED_KEYS.map((key) => [key.toLowerCase(), key]));

export type EnvelopeResult = { ok: true; envelope: VenioEnvelope } | { ok: false; reason: string };

export function normaliseEnvelope(body: unknown): EnvelopeResult {
	if (!isRecord(body)) {
		return { ok: false, reason: `The body must be a JSON object, not ${describeJson(body)}` };
	}
	const documented: IDataObject = {};
	const others: Array<[string, unknown]> = [];
	for (const [key, value] of Object.entries(body)) {
		const canonical = DOCUMENTED_BY_LOWER_CASE.get(key.toLowerCase());
		if (canonical === undefined) {
			others.push([key, value]);
		} else if (!(canonical in documented) || key === canonical) {
			// Both `Topic` and `topic` present: the documented spelling wins.
			documented[canonical] = value;
		}
	}
	for (const key of ['topic', 'event'] as const) {
		const value = documented[key];
		if (typeof value !== 'string' || value.trim() === '') {
			return { ok: false, reason: `The envelope has no ${key} (expected a non-empty string)` };
		}
	}
	// Documented keys first, in the page's order; unknown keys after them, untouched.
	const envelope: IDataObject = {};
	for (const key of DOCUMENTED_KEYS) if (key in documented) envelope[key] = documented[key];
	// Defined, not assigned: assigning a key named "__proto__" would replace the item's prototype
	// instead, and the sender's value would vanish from the item.
	for (const [key, value] of others) {
		Object.defineProperty(envelope, key, { value, enumerable: true, writable: true, configurable: true });
	}
	return { ok: true, envelope: envelope as VenioEnvelope };
}

function describeJson(value: unknown): string {
	if (value === null) return 'null';
	if (Array.isArray(value)) return 'an array';
	return `a ${typeof value}`;
}
