import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { z } from 'zod';

import type { VenioRun } from '../../../shared/transport/run';
import { kept, keepCurrent, readRecord } from '../current';
import { additionalFields, asOption, byDisplayName, updateFields } from '../parameters/collections';
import type { Collection } from '../parameters/collections';
import { defineParameter, requiredText } from '../parameters/parameter';
import { toVenioDate } from '../parameters/dates';
import { jsonParameter } from '../parameters/json';
import { pathId } from '../parameters/numbers';
import { requiredString } from '../parameters/text';
import { changedExpenseDetails, expenseDetails } from './expenseLines';

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

const subject = requiredText({
	displayName: 'Subject',
	name: 'subject',
	type: 'string',
	default: '',
	required: true,
	placeholder: 'e.g. Customer visit',
	description: 'What the claim is for',
});
export const subjectParameter = subject.property;

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
export const updateOptions = updateFields(
	byDisplayName([asOption(subject.property), ...claimOptions]),
);

/** Create's body: subject, lines and the Additional Fields. */
export function claimBody(ctx: IExecuteFunctions, i: number): IDataObject {
	return {
		ExpenseDetails: expenseDetails(ctx, i),
		subject: subject.read(ctx, i),
		...optionalFields(ctx, i, createOptions),
	};
}

/** What a line of the claim read back carries into the update (its ID keeps it the same line). */
const DETAIL_FIELDS = [
	'expenseDetailId',
	'expenseTypeId',
	'amount',
	'night',
	'milesStart',
	'milesEnd',
	'trainingTitle',
	'hours',
	'minutes',
	'taxi',
	'tollway',
	'parking',
	'person',
	'note',
	'usedFuelCard',
];

/** The claim as it is now, in the shape an update sends. */
function currentClaim(record: IDataObject): IDataObject {
	const current: IDataObject = {};
	for (const field of ['subject', 'activityId', 'dateTransaction', 'remark', 'attachments']) {
		if (record[field] !== undefined && record[field] !== null) current[field] = record[field];
	}
	if (Array.isArray(record.expenseDetails)) {
		current.ExpenseDetails = (record.expenseDetails as IDataObject[]).map((line) => {
			const detail: IDataObject = {};
			for (const field of DETAIL_FIELDS) {
				if (line[field] !== undefined && line[field] !== null) detail[field] = line[field];
			}
			return detail;
		});
	}
	return current;
}

/**
 * Update's body. Venio replaces the whole claim, so it is read first and sent back with the
 * user's changes: a subject, lines or field left empty keeps its current value.
 */
export async function claimUpdateBody(
	ctx: IExecuteFunctions,
	run: VenioRun,
	i: number,
	id: number | string,
): Promise<IDataObject> {
	const changes = optionalFields(ctx, i, updateOptions);
	const lines = changedExpenseDetails(ctx, i);
	if (lines) changes.ExpenseDetails = lines;
	const record = await readRecord(run, i, {
		endpoint: 'expenseGet',
		pathParams: { id },
		label: 'Expense › Update',
	});
	return keepCurrent(ctx, i, { ...currentClaim(record), ...changes }, NEEDED, async () => record);
}

const NEEDED = [kept('subject', 'Subject'), kept('ExpenseDetails', 'Expense Lines')];

/** The fields set in `optional`, as Venio takes them. */
function optionalFields(ctx: IExecuteFunctions, i: number, optional: Collection): IDataObject {
	const body: IDataObject = {};
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
