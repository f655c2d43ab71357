import { DateTime } from 'luxon';
import { NodeOperationError } from 'n8n-workflow';
import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import type { ZodType } from 'zod';

/**
 * Readers for action parameters. Each one checks the value before anything is sent, so bad input
 * fails with a NodeOperationError that names the field, the item and the fix, and never reaches
 * Venio.
 */

/** The error for a bad value of item `i`: `message` names the field, `description` the fix. */
export function invalid(ctx: IExecuteFunctions, i: number, message: string, description: string) {
	return new NodeOperationError(ctx.getNode(), message, { itemIndex: i, description });
}

function isBlank(value: unknown): boolean {
	return (
		value === undefined || value === null || (typeof value === 'string' && value.trim() === '')
	);
}

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
		throw invalid(ctx, i, `${label} is required`, `Enter a value for "${label}" (item ${i}).`);
	}
	return String(value).trim();
}

/** Converts a number or numeric text; anything else is an error naming the field. */
export function toNumber(ctx: IExecuteFunctions, i: number, label: string, value: unknown): number {
	const number = typeof value === 'number' ? value : Number(String(value).trim());
	if (isBlank(value) || !Number.isFinite(number)) {
		throw invalid(
			ctx,
			i,
			`${label} must be a number`,
			`"${String(value)}" is not a number. Enter digits only, e.g. 2 or 10.5 (item ${i}).`,
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

/** A required parameter read as toId reads a value. */
export function requiredId(
	ctx: IExecuteFunctions,
	name: string,
	i: number,
	label: string,
	what?: string,
): number {
	return toId(ctx, i, label, requiredString(ctx, name, i, label), what);
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
	const text = typeof value === 'number' ? String(value) : String(value ?? '').trim();
	if (!/^[0-9]+$/.test(text) || Number(text) < min || !Number.isSafeInteger(Number(text))) {
		throw invalid(
			ctx,
			i,
			`${label} must be a whole number${min > 0 ? ' above zero' : ''}`,
			`"${String(value ?? '')}" is not a valid Venio id: enter digits only, e.g. 281940 (item ${i}).`,
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
 * A required id typed as text (a ticket or expense id): digits only, above 0. Like digitsId on a
 * parameter, but without the safe-integer bound and with the message these actions have always
 * given ("… must be a positive whole number").
 */
export function requiredDigits(
	ctx: IExecuteFunctions,
	name: string,
	i: number,
	label: string,
): number {
	const text = requiredString(ctx, name, i, label);
	if (!/^\d+$/.test(text) || Number(text) < 1) {
		throw invalid(
			ctx,
			i,
			`${label} must be a positive whole number`,
			`"${text}" is not a valid ${label}. Enter digits only, e.g. 280 (item ${i}).`,
		);
	}
	return Number(text);
}

/** Venio's formats: dates as yyyy-MM-dd, date-times as in its examples (offset without colon). */
export const DATE_FORMATS = {
	date: 'yyyy-MM-dd',
	dateTime: "yyyy-MM-dd'T'HH:mm:ssZZZ",
} as const;

/** Parses an ISO date or date-time (or a Date/DateTime from an expression) into Venio's format. */
export function toVenioDate(
	ctx: IExecuteFunctions,
	i: number,
	label: string,
	value: unknown,
	format: keyof typeof DATE_FORMATS = 'dateTime',
): string {
	let parsed: DateTime;
	if (value instanceof Date) parsed = DateTime.fromJSDate(value);
	else if (DateTime.isDateTime(value)) parsed = value;
	else parsed = DateTime.fromISO(String(value ?? '').trim(), { setZone: true });
	if (isBlank(value) || !parsed.isValid) {
		throw invalid(
			ctx,
			i,
			`${label} is not a valid date`,
			`"${String(value)}" could not be read as a date. Use the date picker or ISO 8601, e.g. 2026-11-27 or 2026-11-27T09:30:00+07:00 (item ${i}).`,
		);
	}
	return parsed.toFormat(DATE_FORMATS[format]);
}

/** A date parameter as epoch milliseconds, validated like toVenioDate, for comparing with records. */
export function toEpochMillis(ctx: IExecuteFunctions, i: number, label: string, value: unknown) {
	return DateTime.fromFormat(toVenioDate(ctx, i, label, value), DATE_FORMATS.dateTime).toMillis();
}

/**
 * Parses a JSON parameter and checks it with a zod schema. The error names the first wrong field
 * by its path (e.g. `salesOrderDetails[0].qty`) and what was expected.
 */
export function jsonParameter<T>(
	ctx: IExecuteFunctions,
	name: string,
	i: number,
	label: string,
	schema: ZodType<T>,
): T {
	const raw = ctx.getNodeParameter(name, i) as unknown;
	let value: unknown = raw;
	if (typeof raw === 'string') {
		try {
			value = JSON.parse(raw);
		} catch (error) {
			throw invalid(
				ctx,
				i,
				`${label} is not valid JSON`,
				`${(error as Error).message}. Check quotes, commas and brackets (item ${i}).`,
			);
		}
	}
	const result = schema.safeParse(value);
	if (!result.success) {
		const issue = result.error.issues[0];
		const path = issue.path
			.map((part) => (typeof part === 'number' ? `[${part}]` : `.${String(part)}`))
			.join('')
			.replace(/^\./, '');
		throw invalid(
			ctx,
			i,
			`${label}: ${path || 'the value'} is invalid`,
			`${issue.message} at "${path || '(root)'}" (item ${i}). Fix that field in the JSON.`,
		);
	}
	return result.data;
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

/** The values of an Additional Fields / Update Fields collection, without empty entries. */
export function collection(ctx: IExecuteFunctions, name: string, i: number): IDataObject {
	const values = ctx.getNodeParameter(name, i, {}) as IDataObject;
	const kept: IDataObject = {};
	for (const [key, value] of Object.entries(values)) if (!isBlank(value)) kept[key] = value;
	return kept;
}
