import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { isBlank } from './invalid';
import { defineParameter } from './parameter';
import type { Parameter } from './parameter';

/**
 * The collections of optional values: Filters of a Get Many, Additional Fields of a create, Update
 * Fields of an update. Each reads as the values the user set, empty ones left out.
 */

export type Collection = Parameter<IDataObject>;

function optionsCollection(
	name: string,
	displayName: string,
	placeholder: string,
	options: INodeProperties[],
): Collection {
	return defineParameter(
		{ displayName, name, type: 'collection', placeholder, default: {}, options },
		(ctx, i, property) => collection(ctx, property.name, i),
	);
}

/** The Filters collection of a Get Many. */
export const filtersCollection = (options: INodeProperties[]) =>
	optionsCollection('filters', 'Filters', 'Add Filter', options);

/** The optional fields of a create (Additional Fields). */
export const additionalFields = (options: INodeProperties[]) =>
	optionsCollection('additionalFields', 'Additional Fields', 'Add Field', options);

/** The optional fields of an update (Update Fields). */
export const updateFields = (options: INodeProperties[]) =>
	optionsCollection('updateFields', 'Update Fields', 'Add Field', options);

/** The rows of a fixed collection with multiple values, e.g. the `address` entries of Addresses. */
export const fixedRows = (property: INodeProperties, entry: string): Parameter<IDataObject[]> =>
	defineParameter(
		property,
		(ctx, i, p) =>
			((ctx.getNodeParameter(p.name, i, {}) as IDataObject)[entry] ?? []) as IDataObject[],
	);

/** A form field offered as an option of a collection, where nothing is required. */
export function asOption(property: INodeProperties): INodeProperties {
	const option = { ...property };
	delete option.required;
	return option;
}

/** Options in the alphabetical order n8n wants in a collection, for one assembled from parts. */
export function byDisplayName(options: INodeProperties[]): INodeProperties[] {
	return [...options].sort((a, b) => a.displayName.localeCompare(b.displayName));
}

/** The values of a fixed-collection entry without blanks, text trimmed. */
export function withoutBlanks(values: IDataObject | undefined): IDataObject {
	const kept: IDataObject = {};
	for (const [key, value] of Object.entries(values ?? {})) {
		if (
			value !== undefined &&
			value !== null &&
			!(typeof value === 'string' && value.trim() === '')
		) {
			kept[key] = typeof value === 'string' ? value.trim() : value;
		}
	}
	return kept;
}

/** The values of an Additional Fields / Update Fields collection, without empty entries. */
export function collection(ctx: IExecuteFunctions, name: string, i: number): IDataObject {
	const values = ctx.getNodeParameter(name, i, {}) as IDataObject;
	const kept: IDataObject = {};
	for (const [key, value] of Object.entries(values)) if (!isBlank(value)) kept[key] = value;
	return kept;
}
