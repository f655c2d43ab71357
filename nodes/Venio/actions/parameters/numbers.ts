import type { IExecuteFunctions } from 'n8n-workflow';

import { invalid, shown } from './invalid';
import { parameterValue } from './text';

/**
 * Readers of numbers and ids: decimal notation only, never beyond 2^53 (JSON would carry the value
 * rounded), whole where Venio types an integer.
 */
/** Decimal notation only: Number() would also read "0x10", "0b101", " " or [7]. */
const DECIMAL = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;

/**
 * Converts a number or decimal text; anything else is an error naming the field. A number beyond
 * 2^53 is refused: JSON would carry it rounded, so Venio would store another value.
 */
export function toNumber(ctx: IExecuteFunctions, i: number, label: string, value: unknown): number {
	const number =
		typeof value === 'number'
			? value
			: typeof value === 'string' && DECIMAL.test(value.trim())
				? Number(value.trim())
				: Number.NaN;
	if (!Number.isFinite(number)) {
		throw invalid(
			ctx,
			i,
			`${label} must be a number`,
			`"${shown(value)}" is not a number. Enter decimal digits only, e.g. 2 or 10.5 (item ${i}).`,
		);
	}
	if (Math.abs(number) > Number.MAX_SAFE_INTEGER) {
		throw invalid(
			ctx,
			i,
			`${label} is too large`,
			`"${shown(value)}" is beyond ${Number.MAX_SAFE_INTEGER}, the largest number that can be sent exactly (item ${i}).`,
		);
	}
	return number;
}

export function requiredNumber(ctx: IExecuteFunctions, name: string, i: number, label: string) {
	return toNumber(ctx, i, label, parameterValue(ctx, name, i));
}

/** A whole number (Venio types quantities and ids as integers). */
export function wholeNumber(
	ctx: IExecuteFunctions,
	i: number,
	label: string,
	value: unknown,
): number {
	const number = toNumber(ctx, i, label, value);
	if (!Number.isInteger(number)) {
		throw invalid(
			ctx,
			i,
			`${label} must be a whole number`,
			`"${String(value)}" has decimals. Enter a whole number, e.g. 20 (item ${i}).`,
		);
	}
	return number;
}

/**
 * The Limit of a Get Many: a whole number of 1 or more. An expression that gives nothing, 0 or
 * text is an error rather than "no records" or "all of them".
 */
export function limitParameter(ctx: IExecuteFunctions, i: number): number {
	const value = ctx.getNodeParameter('limit', i, undefined) as unknown;
	const limit = toNumber(ctx, i, 'Limit', value);
	if (!Number.isInteger(limit) || limit < 1) {
		throw invalid(
			ctx,
			i,
			'Limit must be a whole number of 1 or more',
			`"${shown(value)}" is not a number of records. Enter e.g. 50, or turn on Return All (item ${i}).`,
		);
	}
	return limit;
}

/**
 * A Venio id given as a number or numeric text (a dropdown value, a number field): a whole number
 * above 0. `what` completes "… is not …" in the error, e.g. "an event type ID".
 */
export function toId(
	ctx: IExecuteFunctions,
	i: number,
	label: string,
	value: unknown,
	what = `a valid ${label}`,
): number {
	const id = toNumber(ctx, i, label, value);
	if (!Number.isInteger(id) || id < 1) {
		throw invalid(
			ctx,
			i,
			`${label} must be a whole number above 0`,
			`"${id}" is not ${what} (item ${i}).`,
		);
	}
	return id;
}

/**
 * A Venio id that goes into a URL path or a body as typed: digits only (no sign, decimals or
 * exponent, so nothing but the id reaches the path), a safe integer of at least `min` (0 where
 * Venio gives 0 a meaning, e.g. the default header template).
 */
export function digitsId(
	ctx: IExecuteFunctions,
	i: number,
	label: string,
	value: unknown,
	min = 1,
): number {
	const text = typeof value === 'number' || typeof value === 'string' ? String(value).trim() : '';
	if (!/^[0-9]+$/.test(text) || Number(text) < min || !Number.isSafeInteger(Number(text))) {
		throw invalid(
			ctx,
			i,
			`${label} must be a whole number${min > 0 ? ' above zero' : ''}`,
			`"${shown(value ?? '')}" is not a valid Venio id: enter digits only, up to ${Number.MAX_SAFE_INTEGER}, e.g. 281940 (item ${i}).`,
		);
	}
	return Number(text);
}

/** A list of ids from "1, 2 3", a number, or an array (from an expression), each read by digitsId. */
export function idList(ctx: IExecuteFunctions, i: number, label: string, value: unknown): number[] {
	const parts = Array.isArray(value)
		? value
		: typeof value === 'number'
			? [value]
			: String(value ?? '')
					.split(/[\s,;]+/)
					.filter((part) => part !== '');
	if (parts.length === 0) {
		throw invalid(
			ctx,
			i,
			`${label} is required`,
			`Enter at least one id, e.g. 281940 or 281940, 281941 (item ${i}).`,
		);
	}
	return parts.map((part) => digitsId(ctx, i, label, part));
}

/**
 * An id that goes only into a URL path, as text already required (a ticket, expense or deal id):
 * digits only, above 0 unless `zero` is allowed. A number while that is exact, else the digit
 * string itself: beyond 2^53 a number would be rounded (99999999999999999999 becomes
 * 100000000000000000000), while in a path text and number read the same.
 */
export function pathId(
	ctx: IExecuteFunctions,
	i: number,
	label: string,
	text: string,
	{ zero = false, hint = 'Enter digits only, e.g. 280' } = {},
): number | string {
	if (!/^\d+$/.test(text) || (!zero && /^0+$/.test(text))) {
		throw invalid(
			ctx,
			i,
			`${label} must be a ${zero ? '' : 'positive '}whole number`,
			`"${text}" is not a valid ${label}. ${hint} (item ${i}).`,
		);
	}
	const number = Number(text);
	return Number.isSafeInteger(number) ? number : text;
}
