import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import type { ZodType } from 'zod';

import { toVenioDate } from './dates';
import { jsonParameter } from './json';
import { requiredNumber, toId, wholeNumber } from './numbers';
import { parameterValue, requiredString } from './text';
import type { DATE_FORMATS } from './dates';

/**
 * A parameter described once together with how an action reads it, so an action reads it through
 * `.read(this, i)` and never repeats its name or label.
 */
export interface Parameter<T> {
	readonly property: INodeProperties;
	read(ctx: IExecuteFunctions, i: number): T;
	/** The same parameter shown differently (description, display options, name), read the same way. */
	with(changes: Partial<INodeProperties>): Parameter<T>;
}

export type Reader<T> = (ctx: IExecuteFunctions, i: number, property: INodeProperties) => T;

export function defineParameter<T>(property: INodeProperties, read: Reader<T>): Parameter<T> {
	return {
		property,
		read: (ctx, i) => read(ctx, i, property),
		with: (changes) => defineParameter({ ...property, ...changes } as INodeProperties, read),
	};
}

/**
 * What errors call a parameter: its display name without n8n's "Name or ID" suffix of a dropdown,
 * e.g. "Board" for "Board Name or ID".
 */
export function labelOf(property: INodeProperties): string {
	return property.displayName.replace(/ (Name or ID|Names or IDs)$/, '');
}

/** A required text parameter (plain or a resource locator), read trimmed. */
export const requiredText = (property: INodeProperties) =>
	defineParameter(property, (ctx, i, p) => requiredString(ctx, p.name, i, labelOf(p)));

/** A required number parameter (a number field, or a dropdown of numeric ids). */
export const requiredNumeric = (property: INodeProperties) =>
	defineParameter(property, (ctx, i, p) => requiredNumber(ctx, p.name, i, labelOf(p)));

/** A required Venio ID (typed, or a dropdown of IDs): see toId for what is accepted. */
export const requiredId = (property: INodeProperties) =>
	defineParameter(property, (ctx, i, p) =>
		toId(ctx, i, labelOf(p), requiredString(ctx, p.name, i, labelOf(p))),
	);

/**
 * A required date-time (or a date, with `format` 'date'), picked or typed as ISO 8601: empty is
 * "required", not "not a date".
 */
export const requiredDateTime = (
	property: INodeProperties,
	format: keyof typeof DATE_FORMATS = 'dateTime',
) =>
	defineParameter(property, (ctx, i, p) => {
		requiredString(ctx, p.name, i, labelOf(p));
		return toVenioDate(ctx, i, labelOf(p), ctx.getNodeParameter(p.name, i), format);
	});

/** A dropdown, read as the value of the option chosen. */
export const choice = <T extends string | number | boolean>(property: INodeProperties) =>
	defineParameter(property, (ctx, i, p) => ctx.getNodeParameter(p.name, i, p.default) as T);

/** A required whole number, e.g. a quantity. */
export const requiredWholeNumber = (property: INodeProperties) =>
	defineParameter(property, (ctx, i, p) =>
		wholeNumber(ctx, i, labelOf(p), parameterValue(ctx, p.name, i)),
	);

/** A JSON parameter, parsed and checked by `schema` before anything is sent. */
export const jsonBody = <T>(property: INodeProperties, schema: ZodType<T>) =>
	defineParameter(property, (ctx, i, p) => jsonParameter(ctx, p.name, i, p.displayName, schema));
