import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { z } from 'zod';

import { additionalFields, updateFields } from '../parameters/collections';
import type { Collection } from '../parameters/collections';
import { defineParameter } from '../parameters/parameter';
import { toVenioDate } from '../parameters/dates';
import { jsonParameter } from '../parameters/json';
import { pathId } from '../parameters/numbers';
import { requiredString } from '../parameters/text';
import { expenseDetails } from './expenseLines';

/** The fields Simplify keeps: what an expense claim is, its state and its total. */
export const EXPENSE_SUMMARY = [
	'expenseId',
	'expenseNo',
	'subject',
	'statusId',
	'statusName',
	'dateTransaction',
	'totalBaht',
	'activityId',
	'remark',
	'dateCreated',
	'dateUpdated',
] as const;

/** The expense claim acted on, by its id typed as digits. */
export const expenseId = defineParameter(
	{
		displayName: 'Expense ID',
		name: 'expenseId',
		type: 'string',
		default: '',
		required: true,
		placeholder: 'e.g. 1024',
		description:
			'The number that identifies the expense claim, as Get Many shows it (not its expense number)',
	},
	(ctx, i, { name, displayName }) =>
		pathId(ctx, i, displayName, requiredString(ctx, name, i, displayName)),
);

export const subjectParameter: INodeProperties = {
	displayName: 'Subject',
	name: 'subject',
	type: 'string',
	default: '',
	required: true,
	placeholder: 'e.g. Customer visit',
	description: 'What the claim is for',
};

const attachmentsSchema = z.array(z.record(z.unknown()));

/** Optional fields of a claim (Create's Additional Fields, Update's Update Fields). */
const claimOptions: INodeProperties[] = [
	{
		displayName: 'Activity ID',
		name: 'activityId',
		type: 'string',
		default: '',
		placeholder: 'e.g. 1024',
		description: 'The activity (e.g. a customer visit) the expense belongs to',
	},
	{
		displayName: 'Attachments (JSON)',
		name: 'attachments',
		type: 'json',
		default: '[]',
		description: 'Attachment records as Venio returns them (e.g. from Get), as a JSON list',
	},
	{
		displayName: 'Date',
		name: 'dateTransaction',
		type: 'dateTime',
		default: '',
		description: 'When the money was spent',
	},
	{
		displayName: 'Remark',
		name: 'remark',
		type: 'string',
		typeOptions: { rows: 2 },
		default: '',
		description: 'A remark on the whole claim',
	},
];

export const createOptions = additionalFields(claimOptions);
export const updateOptions = updateFields(claimOptions);

/** The body of Create and Update: subject, lines and the optional fields of `optional`. */
export function claimBody(ctx: IExecuteFunctions, i: number, optional: Collection): IDataObject {
	const body: IDataObject = {
		ExpenseDetails: expenseDetails(ctx, i),
		subject: requiredString(ctx, 'subject', i, 'Subject'),
	};
	for (const [key, value] of Object.entries(optional.read(ctx, i))) {
		if (key === 'dateTransaction') body[key] = toVenioDate(ctx, i, 'Date', value);
		else if (key === 'attachments') {
			body[key] = jsonParameter(
				ctx,
				`${optional.property.name}.attachments`,
				i,
				'Attachments (JSON)',
				attachmentsSchema,
			) as IDataObject[];
		} else body[key] = typeof value === 'string' ? value.trim() : value;
	}
	return body;
}
