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
	if (Array.isArray(value) || Object.getPrototypeOf(value) === Object.prototype) {
		// String([7]) is "7" and String({}) "[object Object]": neither is what the user meant.
		throw invalid(
			ctx,
			i,
			`${label} must be a single value`,
			`The expression gave ${shown(value)}. Give one value, e.g. $json.items[0] (item ${i}).`,
		);
	}
	return String(value).trim();
}

/** Decimal notation only: Number() would also read "0x10", "0b101", " " or [7]. */
const DECIMAL = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;

/** A value as the user will recognise it in a message: text as typed, anything else as JSON. */
function shown(value: unknown): string {
	return typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value));
}

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
 * Digits as a number while that is exact, else as the digit string itself: an id beyond 2^53
 * would be rounded as a number (99999999999999999999 becomes 100000000000000000000). For ids that
 * go only into a URL path, where text and number read the same.
 */
export function exactId(digits: string): number | string {
	const number = Number(digits);
	return Number.isSafeInteger(number) ? number : digits;
}

/**
 * A required id that goes into a URL path, typed as text (a ticket or expense id): digits only,
 * above 0, kept exact by exactId.
 */
export function requiredDigits(
	ctx: IExecuteFunctions,
	name: string,
	i: number,
	label: string,
): number | string {
	const text = requiredString(ctx, name, i, label);
	if (!/^\d+$/.test(text) || /^0+$/.test(text)) {
		throw invalid(
			ctx,
			i,
			`${label} must be a positive whole number`,
			`"${text}" is not a valid ${label}. Enter digits only, e.g. 280 (item ${i}).`,
		);
	}
	return exactId(text);
}

/** Venio's formats: dates as yyyy-MM-dd, date-times as in its examples (offset without colon). */
export const DATE_FORMATS = {
	date: 'yyyy-MM-dd',
	dateTime: "yyyy-MM-dd'T'HH:mm:ssZZZ",
} as const;

/** Whether a UTC offset (in minutes) is one a time zone can have: -12:00 to +14:00. */
export const isPossibleOffset = (minutes: number) => minutes >= -12 * 60 && minutes <= 14 * 60;

/**
 * Parses an ISO date or date-time (or a Date/DateTime from an expression) into Venio's format. A
 * date-time typed without an offset is in the workflow's time zone (Settings › Timezone), not the
 * server's. The zone is passed explicitly: luxon's default zone is process-wide, and n8n sets it
 * while it evaluates another workflow's expressions.
 */
export function toVenioDate(
	ctx: IExecuteFunctions,
	i: number,
	label: string,
	value: unknown,
	format: keyof typeof DATE_FORMATS = 'dateTime',
): string {
	const zone = ctx.getTimezone();
	let parsed: DateTime;
	if (value instanceof Date) parsed = DateTime.fromJSDate(value, { zone });
	else if (DateTime.isDateTime(value)) parsed = value;
	else parsed = DateTime.fromISO(String(value ?? '').trim(), { zone, setZone: true });
	if (isBlank(value) || !parsed.isValid) {
		throw invalid(
			ctx,
			i,
			`${label} is not a valid date`,
			`"${String(value)}" could not be read as a date. Use the date picker or ISO 8601, e.g. 2026-11-27 or 2026-11-27T09:30:00+07:00 (item ${i}).`,
		);
	}
	if (!isPossibleOffset(parsed.offset)) {
		throw invalid(
			ctx,
			i,
			`${label} has an impossible time zone offset`,
			`"${String(value)}" has the offset ${parsed.toFormat('ZZ')}; offsets are between -12:00 and +14:00 (item ${i}).`,
		);
	}
	return parsed.toFormat(DATE_FORMATS[format]);
}

/** A date parameter as epoch milliseconds, validated like toVenioDate, for comparing with records. */
export function toEpochMillis(ctx: IExecuteFunctions, i: number, label: string, value: unknown) {
	return DateTime.fromFormat(toVenioDate(ctx, i, label, value), DATE_FORMATS.dateTime).toMillis();
}

/** The path of the first `__proto__` key in parsed JSON, if any (a loop: JSON may nest deeply). */
function inheritedKeyPath(root: unknown): string | undefined {
	const pending: Array<[unknown, string]> = [[root, '']];
	while (pending.length > 0) {
		const [value, path] = pending.pop() as [unknown, string];
		if (typeof value !== 'object' || value === null) continue;
		for (const [key, child] of Object.entries(value)) {
			const at = Array.isArray(value) ? `${path}[${key}]` : path ? `${path}.${key}` : key;
			if (key === '__proto__') return at;
			pending.push([child, at]);
		}
	}
	return undefined;
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
	const inherited = inheritedKeyPath(value);
	if (inherited !== undefined) {
		throw invalid(
			ctx,
			i,
			`${label}: the key "__proto__" cannot be sent`,
			`"${inherited}" is not a Venio field, and JavaScript would drop it rather than send it. Remove or rename it (item ${i}).`,
		);
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
