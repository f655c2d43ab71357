import type { IExecuteFunctions } from 'n8n-workflow';

import { invalid, isBlank, shown } from './invalid';

/** Readers of text parameters: a required value, lists of codes, a locator's value. */
/**
 * A parameter's value, or a resource locator's value. Unwrapped here rather than with n8n's
 * `extractValue` option, which searches every property of the node for the displayed one on each
 * call (this node has hundreds); the locators here have no URL mode, so there is nothing else to
 * extract.
 */
export function parameterValue(ctx: IExecuteFunctions, name: string, i: number): unknown {
	const value = ctx.getNodeParameter(name, i, '') as unknown;
	return typeof value === 'object' && value !== null && '__rl' in value
		? (value as unknown as { value: unknown }).value
		: value;
}

/** A required text value (plain or from a resource locator), trimmed. */
export function requiredString(ctx: IExecuteFunctions, name: string, i: number, label: string) {
	const value = parameterValue(ctx, name, i);
	if (isBlank(value)) {
		throw invalid(ctx, i, `${label} is required`, `Enter a value for "${label}".`);
	}
	if (Array.isArray(value) || Object.getPrototypeOf(value) === Object.prototype) {
		// String([7]) is "7" and String({}) "[object Object]": neither is what the user meant.
		throw invalid(
			ctx,
			i,
			`${label} must be a single value`,
			`The expression gave ${shown(value)}. Give one value, e.g. $json.items[0].`,
		);
	}
	return String(value).trim();
}

/**
 * Text split at `separator` into trimmed parts, blanks dropped; an array (from an expression) is
 * taken as the parts.
 */
export function textList(value: unknown, separator: RegExp = /,/): string[] {
	const parts = Array.isArray(value) ? value : String(value ?? '').split(separator);
	return parts.map((part) => String(part).trim()).filter((part) => part !== '');
}

/** Codes separated by commas or new lines, e.g. deal or activity numbers. */
export const codeList = (value: unknown) => textList(value, /[,\n]/);

/** The value of a resource locator read from inside a fixed collection, trimmed. */
export function locatorValue(value: unknown): string {
	const raw =
		typeof value === 'object' && value !== null && 'value' in value
			? (value as unknown as { value: unknown }).value
			: value;
	return String(raw ?? '').trim();
}
