import { createHash } from 'crypto';
import type { IDataObject } from 'n8n-workflow';

import type { VenioEnvelope } from './envelope';

/**
 * "Ignore Duplicate Deliveries": Venio's retry behaviour is undocumented, so a receiver must expect
 * the same notification twice. A delivery is a duplicate when its topic, event, document number and
 * body equal those of one accepted less than the window ago.
 *
 * The keys seen live in the workflow's static data (n8n saves it after each webhook call, so it
 * survives restarts), capped at MAX_KEYS, oldest dropped first, so it never grows without bound.
 * n8n loads static data per request and does not lock it: two copies of one delivery arriving at
 * the same instant can both pass. That is the limit of what static data can promise.
 */
export const MAX_KEYS = 1000;

const STORE_KEY = 'seenDeliveries';

/** Same object, same text: keys sorted at every level, so `{a,b}` and `{b,a}` are one delivery. */
function canonicalJson(value: unknown): string {
	if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
	if (typeof value === 'object' && value !== null) {
		const entries = Object.keys(value)
			.sort()
			.map((key) => `${JSON.stringify(key)}:${canonicalJson((value as IDataObject)[key])}`);
		return `{${entries.join(',')}}`;
	}
	return JSON.stringify(value) ?? 'null';
}

/**
 * A short fixed-size key, so the stored list stays small whatever the bodies hold. The body is
 * taken after key normalisation, so the same event sent as `Topic` or `topic` is one delivery.
 */
export function deliveryKey(envelope: VenioEnvelope, documentNumber: string | undefined): string {
	const identity = [
		envelope.topic.trim().toLowerCase(),
		envelope.event.trim().toLowerCase(),
		documentNumber ?? '',
		canonicalJson(envelope),
	].join('\n');
	return `d${createHash('sha256').update(identity).digest('base64url').slice(0, 22)}`;
}

/**
 * True when `key` was accepted within the window; otherwise records it and returns false.
 * The window runs from the first delivery, so a sender retrying forever cannot keep it open.
 */
export function seenRecently(staticData: IDataObject, key: string, windowMs: number, now: number): boolean {
	const stored = staticData[STORE_KEY];
	const seen: Record<string, number> =
		typeof stored === 'object' && stored !== null ? (stored as Record<string, number>) : {};
	const firstSeen = seen[key];
	if (typeof firstSeen === 'number' && now - firstSeen < windowMs && now >= firstSeen) return true;

	// Expired entries go; then the oldest ones until there is room for the new key.
	const kept = Object.entries(seen).filter(
		([entryKey, at]) => entryKey !== key && typeof at === 'number' && now - at < windowMs && now >= at,
	);
	const fresh: Record<string, number> = {};
	for (const [entryKey, at] of kept.slice(Math.max(0, kept.length - (MAX_KEYS - 1)))) fresh[entryKey] = at;
	fresh[key] = now;
	// Assigned whole: n8n notices a changed top-level key of static data and saves it.
	staticData[STORE_KEY] = fresh;
	return false;
}
