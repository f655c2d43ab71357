import { DateTime } from 'luxon';
import type { IExecuteFunctions } from 'n8n-workflow';

import { invalid, isBlank } from './invalid';

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
			`"${String(value)}" could not be read as a date. Use the date picker or ISO 8601, e.g. 2026-11-27 or 2026-11-27T09:30:00+07:00.`,
		);
	}
	if (!isPossibleOffset(parsed.offset)) {
		throw invalid(
			ctx,
			i,
			`${label} has an impossible time zone offset`,
			`"${String(value)}" has the offset ${parsed.toFormat('ZZ')}; offsets are between -12:00 and +14:00.`,
		);
	}
	return parsed.toFormat(DATE_FORMATS[format]);
}

/** A date parameter as epoch milliseconds, validated like toVenioDate, for comparing with records. */
export function toEpochMillis(ctx: IExecuteFunctions, i: number, label: string, value: unknown) {
	return DateTime.fromFormat(toVenioDate(ctx, i, label, value), DATE_FORMATS.dateTime).toMillis();
}
