import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import type { KeptField } from '../current';
import { isBlank } from '../parameters/invalid';
import type { Parameter } from '../parameters/parameter';
import { parameterValue } from '../parameters/text';

/**
 * A field of a quotation or sales order's Create or Update in Fields mode. A field Venio needs to
 * create the document is shown twice under one name: required for a new document, optional for an
 * existing one, where left empty it keeps the document's current value (a dropdown gains a "Keep
 * Current" option instead). A field that is optional either way is shown once.
 */
export interface DocumentField {
	/** Its properties, in the order shown. */
	properties: INodeProperties[];
	/** A new document's value, as body fields. */
	readNew(ctx: IExecuteFunctions, i: number): IDataObject;
	/** An update's value, as body fields: none when left empty. */
	readChange(ctx: IExecuteFunctions, i: number): IDataObject;
	/** Where an update left empty finds the current value, when Venio needs it on every call. */
	kept?: KeptField;
}

const CREATING = { show: { upsertMode: ['create'] } };
const UPDATING = { show: { upsertMode: ['update'] } };

/** Nothing given: blank text, an empty locator or a list without rows. */
function isEmpty(value: unknown): boolean {
	if (typeof value !== 'object' || value === null) return isBlank(value);
	return Object.values(value).every((part) =>
		Array.isArray(part) ? part.length === 0 : isBlank(part),
	);
}

/** The body field of `parameter`, or none when the item leaves it empty. */
function readGiven(parameter: Parameter<unknown>, key: string) {
	return (ctx: IExecuteFunctions, i: number): IDataObject =>
		isEmpty(parameterValue(ctx, parameter.property.name, i))
			? {}
			: { [key]: parameter.read(ctx, i) as IDataObject[string] };
}

/** The update's variant of a required property: optional, empty keeping the current value. */
function updateVariant(property: INodeProperties, keep: RequiredFieldOptions): INodeProperties {
	if (property.type === 'options') {
		const what = keep.keepName ?? property.displayName;
		return {
			...property,
			options: [
				{ name: `Keep Current ${what}`, value: '', description: 'Leave it as it is' },
				...(property.options ?? []),
			],
			default: '',
			displayOptions: UPDATING,
		};
	}
	return {
		...property,
		required: false,
		description: `${String(property.description).replace(/\.$/, '')}. ${keep.keepHint ?? 'Leave empty to keep the current value.'}`,
		displayOptions: UPDATING,
	};
}

export interface RequiredFieldOptions {
	/** The body key, e.g. `quotationSubject`. */
	key: string;
	/** Where its current value is found in the document read, when Venio needs it on every call. */
	kept?: KeptField;
	/** What the update's description adds; by default that empty keeps the current value. */
	keepHint?: string;
	/** A dropdown's "Keep Current …" option names this; by default its display name. */
	keepName?: string;
}

/** A field Venio needs to create the document: required when creating, kept when updating. */
export function requiredField(
	parameter: Parameter<unknown>,
	options: RequiredFieldOptions,
): DocumentField {
	const { key } = options;
	return {
		properties: [
			{ ...parameter.property, displayOptions: CREATING },
			updateVariant(parameter.property, options),
		],
		readNew: (ctx, i) => ({ [key]: parameter.read(ctx, i) as IDataObject[string] }),
		readChange: readGiven(parameter, key),
		kept: options.kept,
	};
}

/** A field sent only when given, on a new document and on an update alike. */
export function optionalField(parameter: Parameter<unknown>, key: string): DocumentField {
	const read = readGiven(parameter, key);
	return { properties: [parameter.property], readNew: read, readChange: read };
}
