import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import type { VenioRun } from '../../../shared/transport/run';
import { kept, keepCurrent, readRecord } from '../current';
import { additionalFields, asOption, byDisplayName, updateFields } from '../parameters/collections';
import { customerLocator, recordLocator } from '../parameters/locators';
import {
	defineParameter,
	requiredDateTime,
	requiredId,
	requiredText,
} from '../parameters/parameter';
import { toVenioDate } from '../parameters/dates';
import { toNumber } from '../parameters/numbers';
import { codeList, parameterValue } from '../parameters/text';

/**
 * What Create and Update of a case (a support ticket, numbered like T250200010) share.
 *
 * Edit Case's field table names the customer `customerNo` while its example sends `customerCode`.
 * This node sends `customerCode` on both Create and Update: the example, the Add Case body (which
 * Edit mirrors field for field) and the reference's own note agree on it, and a customer is known
 * by its code everywhere else in Venio. `customerNo` would be the only such name in the API.
 *
 * Venio documents no case enquiry, so a case is located by its number only.
 */

export const caseLocator = recordLocator({
	name: 'case',
	displayName: 'Case',
	typedMode: 'number',
	keyLabel: 'case number',
	placeholder: 'e.g. T250200010',
	description: 'The case, given by its case number',
});

/** The customer the case is about, if any: read as its code, or undefined when left empty. */
const optionalCustomer = defineParameter(
	{
		...customerLocator.property,
		required: false,
		description:
			'The customer the case is about (optional), picked from your Venio account or given by its customer code',
	},
	(ctx, i, property) => String(parameterValue(ctx, property.name, i) ?? '').trim() || undefined,
);

const subject = requiredText({
	displayName: 'Subject',
	name: 'subject',
	type: 'string',
	required: true,
	default: '',
	description: 'What the case is about, in a line',
});
const category = requiredId({
	displayName: 'Category Name or ID',
	name: 'categoryId',
	type: 'options',
	typeOptions: { loadOptionsMethod: 'getCaseCategories' },
	required: true,
	default: '',
	description:
		'Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>',
	hint: 'The case category',
});
const caseDate = requiredDateTime({
	displayName: 'Case Date',
	name: 'dateCase',
	type: 'dateTime',
	required: true,
	default: '',
	description: 'When the case was raised',
});
const dueDate = requiredDateTime({
	displayName: 'Due Date',
	name: 'dateDue',
	type: 'dateTime',
	required: true,
	default: '',
	description: 'When the case must be resolved',
});
const assignee = requiredText({
	displayName: 'Assigned To Name or ID',
	name: 'assignedToUserId',
	type: 'options',
	typeOptions: { loadOptionsMethod: 'getEmployeeUsers' },
	required: true,
	default: '',
	description:
		'Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>',
	hint: 'The employee responsible for the case',
});

/** Subject, category, dates, assignee and customer: the fields of Create. */
export const coreFields: INodeProperties[] = [
	subject.property,
	category.property,
	caseDate.property,
	dueDate.property,
	assignee.property,
	optionalCustomer.property,
];

const optionalFields: INodeProperties[] = [
	{
		displayName: 'Activity Numbers',
		name: 'activityNos',
		type: 'string',
		default: '',
		placeholder: 'e.g. A20250200028, A20250200029',
		description: 'Activities to link to the case, as comma-separated activity numbers',
	},
	{
		displayName: 'Deal Numbers',
		name: 'dealNos',
		type: 'string',
		default: '',
		placeholder: 'e.g. D241200044, D241200047',
		description: 'Deals to link to the case, as comma-separated deal numbers',
	},
	{
		displayName: 'Note',
		name: 'note',
		type: 'string',
		typeOptions: { rows: 3 },
		default: '',
		description: 'A description of the case',
	},
];

/** The optional fields of Create. */
export const createOptions = additionalFields(optionalFields);

/** Update: every field optional, the core ones too; what is left empty keeps its current value. */
export const updateOptions = updateFields(
	byDisplayName([
		...coreFields.filter((field) => field !== optionalCustomer.property).map(asOption),
		...optionalFields,
	]),
);

/** The customer of Update: a new one, or empty to keep the current one. */
export const newCustomer = optionalCustomer.with({
	description:
		'The customer the case is about from now on. Leave empty to keep the current customer.',
});

/** How each field of a case is sent, from the form or from the case read back. */
const CASE_READERS: Record<string, (ctx: IExecuteFunctions, i: number, value: unknown) => unknown> =
	{
		subject: (_ctx, _i, value) => String(value).trim(),
		categoryId: (ctx, i, value) => toNumber(ctx, i, 'Category', value),
		dateCase: (ctx, i, value) => toVenioDate(ctx, i, 'Case Date', value),
		dateDue: (ctx, i, value) => toVenioDate(ctx, i, 'Due Date', value),
		assignedToUserId: (_ctx, _i, value) => String(value).trim(),
		activityNos: (_ctx, _i, value) => codeList(value),
		dealNos: (_ctx, _i, value) => codeList(value),
		note: (_ctx, _i, value) => value,
	};

/** The fields the user set in a collection, as Venio takes them. */
function changesOf(ctx: IExecuteFunctions, i: number, fields: IDataObject): IDataObject {
	const body: IDataObject = {};
	for (const [key, value] of Object.entries(fields)) {
		const read = CASE_READERS[key];
		if (read) body[key] = read(ctx, i, value) as IDataObject[string];
	}
	return body;
}

/** Create's body, read and checked from item i. */
export function caseBody(ctx: IExecuteFunctions, i: number): IDataObject {
	const body: IDataObject = {
		subject: subject.read(ctx, i),
		categoryId: category.read(ctx, i),
		dateCase: caseDate.read(ctx, i),
		dateDue: dueDate.read(ctx, i),
		assignedToUserId: assignee.read(ctx, i),
	};
	const customerCode = optionalCustomer.read(ctx, i);
	if (customerCode) body.customerCode = customerCode;
	return { ...body, ...changesOf(ctx, i, createOptions.read(ctx, i)) };
}

/** What Venio needs on every edit of a case. */
const NEEDED = [
	kept('subject', 'Subject'),
	kept('categoryId', 'Category'),
	kept('dateCase', 'Case Date'),
	kept('dateDue', 'Due Date'),
	kept('assignedToUserId', 'Assigned To'),
];

/** The case's fields an edit sends back as they are (an edit replaces the whole case). */
const KEPT_AS_THEY_ARE = ['customerCode', 'activityNos', 'dealNos', 'note'];

/**
 * Update's body: the case as it is now with the user's changes on top, since Edit Case replaces
 * the whole case (a field not sent would be cleared).
 */
export async function caseUpdateBody(
	ctx: IExecuteFunctions,
	run: VenioRun,
	i: number,
	caseNo: string,
): Promise<IDataObject> {
	const changes = changesOf(ctx, i, updateOptions.read(ctx, i));
	const customerCode = newCustomer.read(ctx, i);
	if (customerCode) changes.customerCode = customerCode;
	const record = await readRecord(run, i, {
		endpoint: 'caseGetByCaseNo',
		pathParams: { caseNo },
		label: 'Case › Update',
	});
	const current: IDataObject = {};
	for (const field of KEPT_AS_THEY_ARE) {
		if (record[field] !== undefined && record[field] !== null) current[field] = record[field];
	}
	return keepCurrent(ctx, i, { ...current, ...changes }, NEEDED, async () => record);
}
