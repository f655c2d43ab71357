import { DateTime } from 'luxon';
import { NodeOperationError } from 'n8n-workflow';
import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import type { ZodType } from 'zod';

/**
 * Readers for action parameters. Each one checks the value before anything is sent, so bad input
 * fails with a NodeOperationError that names the field, the item and the fix, and never reaches
 * Venio.
 */

function invalid(ctx: IExecuteFunctions, i: number, message: string, description: string) {
	return new NodeOperationError(ctx.getNode(), message, { itemIndex: i, description });
}

function isBlank(value: unknown): boolean {
	return value === undefined || value === null || (typeof value === 'string' && value.trim() === '');
}

/** A required text value (plain or from a resource locator), trimmed. */
export function requiredString(ctx: IExecuteFunctions, name: string, i: number, label: string) {
	const value = ctx.getNodeParameter(name, i, '', { extractValue: true }) as unknown;
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
	return toNumber(ctx, i, label, ctx.getNodeParameter(name, i, undefined, { extractValue: true }));
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

/** The values of an Additional Fields / Update Fields collection, without empty entries. */
export function collection(ctx: IExecuteFunctions, name: string, i: number): IDataObject {
	const values = ctx.getNodeParameter(name, i, {}) as IDataObject;
	const kept: IDataObject = {};
	for (const [key, value] of Object.entries(values)) if (!isBlank(value)) kept[key] = value;
	return kept;
}
