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
			`"${shown(value)}" is not a number. Enter decimal digits only, e.g. 2 or 10.5.`,
		);
	}
	if (Math.abs(number) > Number.MAX_SAFE_INTEGER) {
		throw invalid(
			ctx,
			i,
			`${label} is too large`,
			`"${shown(value)}" is beyond ${Number.MAX_SAFE_INTEGER}, the largest number that can be sent exactly.`,
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
			`"${String(value)}" has decimals. Enter a whole number, e.g. 20.`,
		);
	}
	return number;
}

/** Return All of a Get Many: on asks Venio for every record. */
export function returnAllParameter(ctx: IExecuteFunctions, i: number): boolean {
	return ctx.getNodeParameter('returnAll', i, false) as boolean;
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
			`"${shown(value)}" is not a number of records. Enter e.g. 50, or turn on Return All.`,
		);
	}
	return limit;
}

/**
 * The one rule for a Venio ID: a whole number, given as a number or as text of digits only
 * (spaces around it are ignored, leading zeros are read as the number they write: "007" is 7).
 * Anything else is refused rather than converted: a sign, decimals ("2.5"), an exponent ("1e3"),
 * hex, a list. Returns the digits, or undefined when the value is not an ID.
 */
function idDigits(value: unknown): string | undefined {
	const text =
		typeof value === 'number' ? String(value) : typeof value === 'string' ? value.trim() : '';
	return /^[0-9]+$/.test(text) ? text.replace(/^0+(?=\d)/, '') : undefined;
}

function notAnId(ctx: IExecuteFunctions, i: number, label: string, value: unknown, min: number) {
	return invalid(
		ctx,
		i,
		`${label} must be a whole number${min > 0 ? ' above 0' : ''}`,
		`"${shown(value ?? '')}" is not a valid ${label}. Enter digits only, e.g. 281940.`,
	);
}

/**
 * A Venio ID that goes into a body or a query (see idDigits), of at least `min` (0 where Venio
 * gives 0 a meaning, e.g. the default header template), and exact as a number (up to 2^53).
 */
export function toId(
	ctx: IExecuteFunctions,
	i: number,
	label: string,
	value: unknown,
	min = 1,
): number {
	const digits = idDigits(value);
	const id = Number(digits);
	if (digits === undefined || id < min) throw notAnId(ctx, i, label, value, min);
	if (!Number.isSafeInteger(id)) {
		throw invalid(
			ctx,
			i,
			`${label} is too large`,
			`"${shown(value)}" is beyond ${Number.MAX_SAFE_INTEGER}, the largest number that can be sent exactly.`,
		);
	}
	return id;
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
			`Enter at least one id, e.g. 281940 or 281940, 281941.`,
		);
	}
	return parts.map((part) => toId(ctx, i, label, part));
}

/**
 * A Venio ID that goes only into a URL path (see idDigits), above 0 unless `zero` is allowed. A
 * number while that is exact, else the digits themselves: beyond 2^53 a number would be rounded
 * (99999999999999999999 becomes 100000000000000000000), while in a path text and number read
 * the same.
 */
export function pathId(
	ctx: IExecuteFunctions,
	i: number,
	label: string,
	text: string,
	{ zero = false } = {},
): number | string {
	const digits = idDigits(text);
	const min = zero ? 0 : 1;
	if (digits === undefined || Number(digits) < min) throw notAnId(ctx, i, label, text, min);
	const number = Number(digits);
	return Number.isSafeInteger(number) ? number : digits;
}
