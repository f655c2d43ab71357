import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { byDisplayName } from '../parameters/collections';
import { toVenioDate } from '../parameters/dates';
import { toNumber } from '../parameters/numbers';
import { codeList } from '../parameters/text';
import { numbers, toProbability } from './dealFields';

/** Optional fields shared by Create (Additional Fields) and Update (Update Fields). */
const sharedOptions: INodeProperties[] = [
	{
		displayName: 'Deal Date',
		name: 'dealDate',
		type: 'dateTime',
		default: '',
		description: 'The date of the deal',
	},
	{
		displayName: 'Follow-Up Date',
		name: 'dateFollowUp',
		type: 'dateTime',
		default: '',
		description: 'When to follow the deal up',
	},
	{
		displayName: 'Interest Names or IDs',
		name: 'dealInterests',
		type: 'multiOptions',
		typeOptions: { loadOptionsMethod: 'getDealInterests' },
		default: [],
		description:
			'Choose from the list, or specify IDs using an <a href="https://docs.n8n.io/code/expressions/">expression</a>',
		hint: 'What the customer is interested in',
	},
	{
		displayName: 'Label Names or IDs',
		name: 'dealLabels',
		type: 'multiOptions',
		typeOptions: { loadOptionsMethod: 'getDealLabels' },
		default: [],
		description:
			'Choose from the list, or specify IDs using an <a href="https://docs.n8n.io/code/expressions/">expression</a>',
		hint: 'Labels to tag the deal with',
	},
	{
		displayName: 'Note',
		name: 'note',
		type: 'string',
		typeOptions: { rows: 3 },
		default: '',
		description: 'A note on the deal',
	},
	{
		displayName: 'Participant Names or IDs',
		name: 'participantCodes',
		type: 'multiOptions',
		typeOptions: { loadOptionsMethod: 'getEmployees' },
		default: [],
		description:
			'Choose from the list, or specify IDs using an <a href="https://docs.n8n.io/code/expressions/">expression</a>',
		hint: 'Other employees working on the deal, sent as staff codes',
	},
	{
		displayName: 'Quantity',
		name: 'dealQuantity',
		type: 'number',
		typeOptions: { minValue: 0 },
		default: 0,
		description: 'How many units the deal is for',
	},
	{
		displayName: 'Quantity Unit',
		name: 'dealQuantityUnit',
		type: 'string',
		default: '',
		description: 'The unit of the quantity, e.g. licences',
	},
];

/** The shared optional fields and `own` ones, sorted by name. */
export function optionalFields(own: INodeProperties[]): INodeProperties[] {
	return byDisplayName([...sharedOptions, ...own]);
}

type Reader = (ctx: IExecuteFunctions, i: number, value: unknown) => unknown;

/** How each optional field is sent; fields not named here are sent as they are. */
const OPTIONAL_READERS: Record<string, Reader> = {
	dealDate: (ctx, i, value) => toVenioDate(ctx, i, 'Deal Date', value),
	dateFollowUp: (ctx, i, value) => toVenioDate(ctx, i, 'Follow-Up Date', value),
	dealInterests: (ctx, i, value) => numbers(ctx, i, 'Interests', value),
	dealLabels: (ctx, i, value) => numbers(ctx, i, 'Labels', value),
	participantCodes: (_ctx, _i, value) => codeList(value),
	dealQuantity: (ctx, i, value) => toNumber(ctx, i, 'Quantity', value),
	reasonCategoryId: (ctx, i, value) => toNumber(ctx, i, 'Missed Reason', value),
	// Update's optional name, value, probability and close date.
	dealName: (_ctx, _i, value) => String(value).trim(),
	dealValue: (ctx, i, value) => toNumber(ctx, i, 'Deal Value', value),
	probability: (ctx, i, value) => toProbability(ctx, i, value),
	expectedCloseDate: (ctx, i, value) => toVenioDate(ctx, i, 'Expected Close Date', value),
};

/** Additional Fields / Update Fields turned into the API's keys and types. */
export function optionalBody(ctx: IExecuteFunctions, i: number, fields: IDataObject): IDataObject {
	const body: IDataObject = {};
	for (const [key, value] of Object.entries(fields)) {
		// Create sends the other customers in `customerCodes`, next to the main one.
		if (key === 'otherCustomerCodes') continue;
		const read = OPTIONAL_READERS[key];
		body[key] = (read ? read(ctx, i, value) : value) as IDataObject[string];
	}
	return body;
}
