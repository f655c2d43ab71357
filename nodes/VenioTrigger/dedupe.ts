import { createHash } from 'crypto';
import type { Hash } from 'crypto';
import type { IDataObject } from 'n8n-workflow';

import type { VenioEnvelope } from './webhookEnvelope';

/**
 * "Ignore Duplicate Deliveries": Venio's retry behaviour is undocumented, so a receiver must expect
 * the same notification twice. A delivery is a duplicate when its topic, event, document number and
 * body equal those of one accepted less than the window ago.
 *
 * The keys seen live in the workflow's static data, capped at MAX_KEYS, oldest dropped first.
 * They are also kept in this process's memory, because n8n (2.41) does not always save what a
 * webhook writes to static data: when the call starts an execution and the workflow already has
 * static data, n8n's workflow runner wraps the same static-data object again, which clears its
 * "changed" flag before the webhook server looks at it, so the write is dropped. Memory covers
 * that within one n8n process; static data covers a restart whenever n8n did save it. Neither is
 * locked: two copies of one delivery arriving at the same instant can both pass.
 */
export const MAX_KEYS = 1000;

/** Trigger nodes remembered in memory; the least recently used is forgotten first. */
const MAX_SCOPES = 500;

const STORE_KEY = 'seenDeliveries';

type Seen = Record<string, number>;

const remembered = new Map<string, Seen>();

/**
 * Feeds `root` to the hash as canonical JSON: keys sorted at every level, so `{a,b}` and `{b,a}`
 * are one delivery. Written with its own stack rather than recursion, so a body nested 100,000
 * deep (which JSON.parse accepts) cannot overflow the call stack; every value is still written
 * out in full, so bodies that differ anywhere get different keys.
 */
function hashCanonicalJson(hash: Hash, root: unknown): void {
	// Pending work, last first: a value still to write, or literal text (brackets, commas, keys).
	const pending: Array<{ value: unknown } | string> = [{ value: root }];
	while (pending.length > 0) {
		const next = pending.pop() as { value: unknown } | string;
		if (typeof next === 'string') {
			hash.update(next);
			continue;
		}
		const { value } = next;
		if (typeof value !== 'object' || value === null) {
			hash.update(JSON.stringify(value) ?? 'null');
			continue;
		}
		const isArray = Array.isArray(value);
		const keys = isArray ? undefined : Object.keys(value).sort();
		const count = isArray ? value.length : (keys as string[]).length;
		hash.update(isArray ? '[' : '{');
		pending.push(isArray ? ']' : '}');
		for (let index = count - 1; index >= 0; index--) {
			if (isArray) {
				pending.push({ value: value[index] });
			} else {
				const key = (keys as string[])[index];
				pending.push({ value: (value as IDataObject)[key] }, `${JSON.stringify(key)}:`);
			}
			if (index > 0) pending.push(',');
		}
	}
}

/**
 * A short fixed-size key, so the stored list stays small whatever the bodies hold. The body is
 * taken after key normalisation, so the same event sent as `Topic` or `topic` is one delivery.
 */
export function deliveryKey(envelope: VenioEnvelope, documentNumber: string | undefined): string {
	const hash = createHash('sha256');
	const identity = [envelope.topic.trim().toLowerCase(), envelope.event.trim().toLowerCase(), documentNumber ?? ''];
	hash.update(`${identity.join('\n')}\n`);
	hashCanonicalJson(hash, envelope);
	return `d${hash.digest('base64url').slice(0, 22)}`;
}

/** Seen within the window. The window runs from the first delivery, so endless retries cannot keep it open. */
function isRecent(at: unknown, windowMs: number, now: number): at is number {
	return typeof at === 'number' && now >= at && now - at < windowMs;
}

/** The recent entries of `seen` plus `key`, at most MAX_KEYS, oldest dropped first. */
function withKey(seen: Seen, key: string, windowMs: number, now: number): Seen {
	const kept = Object.entries(seen).filter(([entryKey, at]) => entryKey !== key && isRecent(at, windowMs, now));
	const fresh: Seen = {};
	for (const [entryKey, at] of kept.slice(Math.max(0, kept.length - (MAX_KEYS - 1)))) fresh[entryKey] = at;
	fresh[key] = now;
	return fresh;
}

/**
 * True when `key` was accepted within the window; otherwise records it and returns false.
 * `scope` names the trigger node (workflow and node id), so triggers never share memory.
 */
export function seenRecently(
	staticData: IDataObject,
	scope: string,
	key: string,
	windowMs: number,
	now: number,
): boolean {
	const stored = staticData[STORE_KEY];
	const persisted: Seen = typeof stored === 'object' && stored !== null ? (stored as Seen) : {};
	const inMemory = remembered.get(scope) ?? {};
	if (isRecent(persisted[key], windowMs, now) || isRecent(inMemory[key], windowMs, now)) return true;

	// Assigned whole: n8n notices a changed key of static data and saves it (when it can, see above).
	staticData[STORE_KEY] = withKey(persisted, key, windowMs, now);
	remembered.delete(scope);
	remembered.set(scope, withKey(inMemory, key, windowMs, now));
	if (remembered.size > MAX_SCOPES) remembered.delete(remembered.keys().next().value as string);
	return false;
}
