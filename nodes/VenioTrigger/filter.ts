import { ANY } from './catalog';
import type { VenioEnvelope } from './webhookEnvelope';

/** Lower-cased values to accept, or every value. */
export type Accepted = Set<string> | typeof ANY;

export interface EventFilter {
	topics: Accepted;
	events: Accepted;
}

/**
 * What one dimension (topics or events) accepts: the dropdown choices plus the free-text ones.
 * Venio's casing is not reliable, so everything is compared lower-cased. Nothing chosen at all
 * means every value: a trigger that can never fire is never what the user wanted.
 */
export function accepted(chosen: string[], freeText: string): Accepted {
	const values = [...chosen, ...freeText.split(/[\s,;]+/)]
		.map((value) => value.trim().toLowerCase())
		.filter((value) => value !== '');
	if (values.length === 0 || values.includes(ANY)) return ANY;
	return new Set(values);
}

function admits(accepts: Accepted, value: string): boolean {
	return accepts === ANY || accepts.has(value.trim().toLowerCase());
}

export function matches(filter: EventFilter, envelope: VenioEnvelope): boolean {
	return admits(filter.topics, envelope.topic) && admits(filter.events, envelope.event);
}
