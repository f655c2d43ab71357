import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { additionalFields, updateFields } from '../parameters/collections';
import type { Collection } from '../parameters/collections';
import { customerLocator, recordLocator } from '../parameters/locators';
import { defineParameter } from '../parameters/parameter';
import { codeList, parameterValue, requiredNumber, requiredString, toVenioDate } from '../params';

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

/** Subject, category, dates and assignee: required by both Add Case and Edit Case. */
export const coreFields: INodeProperties[] = [
	{
		displayName: 'Subject',
		name: 'subject',
		type: 'string',
		required: true,
		default: '',
		description: 'What the case is about, in a line',
	},
	{
		displayName: 'Category Name or ID',
		name: 'categoryId',
		type: 'options',
		typeOptions: { loadOptionsMethod: 'getCaseCategories' },
		required: true,
		default: '',
		description:
			'Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>',
		hint: 'The case category',
	},
	{
		displayName: 'Case Date',
		name: 'dateCase',
		type: 'dateTime',
		required: true,
		default: '',
		description: 'When the case was raised',
	},
	{
		displayName: 'Due Date',
		name: 'dateDue',
		type: 'dateTime',
		required: true,
		default: '',
		description: 'When the case must be resolved',
	},
	{
		displayName: 'Assigned To Name or ID',
		name: 'assignedToUserId',
		type: 'options',
		typeOptions: { loadOptionsMethod: 'getEmployeeUsers' },
		required: true,
		default: '',
		description:
			'Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>',
		hint: 'The employee responsible for the case; an expression gives their user ID (a GUID)',
	},
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

/** The optional fields: Additional Fields of Create, Update Fields of Update. */
export const createOptions = additionalFields(optionalFields);
export const updateOptions = updateFields(optionalFields);

/** The body fields Add Case and Edit Case share, read and checked from item i. */
export function caseBody(ctx: IExecuteFunctions, i: number, optional: Collection): IDataObject {
	const body: IDataObject = {
		subject: requiredString(ctx, 'subject', i, 'Subject'),
		categoryId: requiredNumber(ctx, 'categoryId', i, 'Category'),
		dateCase: toVenioDate(ctx, i, 'Case Date', ctx.getNodeParameter('dateCase', i)),
		dateDue: toVenioDate(ctx, i, 'Due Date', ctx.getNodeParameter('dateDue', i)),
		assignedToUserId: requiredString(ctx, 'assignedToUserId', i, 'Assigned To'),
	};
	const customerCode = optionalCustomer.read(ctx, i);
	if (customerCode) body.customerCode = customerCode;
	const fields = optional.read(ctx, i);
	if (fields.activityNos !== undefined) body.activityNos = codeList(fields.activityNos);
	if (fields.dealNos !== undefined) body.dealNos = codeList(fields.dealNos);
	if (fields.note !== undefined) body.note = fields.note;
	return body;
}
