import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import type { RecordLocator } from './locators';
import type { Parameter } from './parameter';

/**
 * The Create or Update (upsert) actions of customers, quotations and sales orders. Each takes its
 * record field by field or as the whole JSON body (Input Mode). Venio creates the record when the
 * body names no key and updates the one it names, so in Fields mode "New or Existing <Record>" asks
 * which (not "Create or Update": that is the operation's own name), and an update picks its
 * record with a locator.
 */

export const FIELDS_MODE = { show: { inputMode: ['fields'] } };
const JSON_MODE = { show: { inputMode: ['json'] } };

export interface UpsertModeOptions {
	/** What is created or updated, in lower case, e.g. "sales order". */
	record: string;
	/** What Venio gives a new record, e.g. "a new number". */
	newKey: string;
	/** How an update names its record, e.g. "the number you give". */
	givenKey: string;
	/** A notice shown above the JSON body. */
	notice?: INodeProperties;
	/** The whole body as JSON, checked by its schema; shown in JSON mode only. */
	json: Parameter<unknown>;
	/** The locator of the record to update; shown in Fields mode when updating. */
	toUpdate: RecordLocator;
}

export interface UpsertMode {
	/** Input Mode, the JSON body, New or Existing and the record to update, in that order. */
	properties: INodeProperties[];
	/** Whether the item gives the whole body as JSON. */
	usesJson(ctx: IExecuteFunctions, i: number): boolean;
	/** The JSON body, checked by its schema. */
	json(ctx: IExecuteFunctions, i: number): IDataObject;
	/** In Fields mode: the key of the record to update; undefined to create. */
	keyToUpdate(ctx: IExecuteFunctions, i: number): string | undefined;
	/** The record an update in Fields mode may read first (see VenioAction.record). */
	recordToUpdate(ctx: IExecuteFunctions, i: number): string | undefined;
}

const titleCase = (text: string) => text.replace(/\b\w/g, (letter) => letter.toUpperCase());

/** Input Mode, the JSON body, New or Existing and the record to update, in that order. */
function modeProperties(options: UpsertModeOptions): INodeProperties[] {
	const { record, json, toUpdate } = options;
	const upsertModes = [
		{
			name: `Create a New ${titleCase(record)}`,
			value: 'create',
			description: `Venio creates the ${record} and gives it ${options.newKey}`,
		},
		{
			name: `Update an Existing ${titleCase(record)}`,
			value: 'update',
			description: `Change the ${record} with ${options.givenKey}`,
		},
	];
	const jsonProperties = options.notice ? [options.notice, json.property] : [json.property];
	return [
		{
			displayName: 'Input Mode',
			name: 'inputMode',
			type: 'options',
			noDataExpression: true,
			options: [
				{
					name: 'Fields',
					value: 'fields',
					description: `Fill in the ${record} field by field`,
				},
				{
					name: 'JSON',
					value: 'json',
					description: 'Give the whole request body as JSON, keys spelled as Venio spells them',
				},
			],
			default: 'fields',
			description: `How to give the ${record} data`,
		},
		...jsonProperties.map((property) => ({ ...property, displayOptions: JSON_MODE })),
		{
			displayName: `New or Existing ${titleCase(record)}`,
			name: 'upsertMode',
			type: 'options',
			noDataExpression: true,
			displayOptions: FIELDS_MODE,
			options: upsertModes,
			default: 'create',
			description: `Whether to create a new ${record} or update one that exists`,
		},
		{
			...toUpdate.property,
			displayOptions: { show: { inputMode: ['fields'], upsertMode: ['update'] } },
		},
	];
}

export function upsertMode(options: UpsertModeOptions): UpsertMode {
	const { json, toUpdate } = options;
	const properties = modeProperties(options);
	const usesJson: UpsertMode['usesJson'] = (ctx, i) =>
		ctx.getNodeParameter('inputMode', i, 'fields') === 'json';
	const keyToUpdate: UpsertMode['keyToUpdate'] = (ctx, i) =>
		ctx.getNodeParameter('upsertMode', i, 'create') === 'update' ? toUpdate.read(ctx, i) : undefined;
	return {
		properties,
		usesJson,
		json: (ctx, i) => json.read(ctx, i) as IDataObject,
		keyToUpdate,
		recordToUpdate: (ctx, i) => (usesJson(ctx, i) ? undefined : keyToUpdate(ctx, i)),
	};
}

/** The record's key when the body names one (an update), to echo when Venio answers nothing. */
export function keyOfBody(body: IDataObject, key: string): IDataObject {
	const value = body[key];
	return typeof value === 'string' && value !== '' ? { [key]: value } : {};
}
