import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { customerLocator, optionalCollection, recordLocator } from './fields';
import {
	codeList,
	collection,
	parameterValue,
	requiredNumber,
	requiredString,
	toVenioDate,
} from './params';
import { keyInPath } from './requests';
import type { VenioResource } from './types';

/**
 * Cases (support tickets, numbered like T250200010).
 *
 * Edit Case's field table names the customer `customerNo` while its example sends `customerCode`.
 * This node sends `customerCode` on both Create and Update: the example, the Add Case body (which
 * Edit mirrors field for field) and the reference's own note agree on it, and a customer is known
 * by its code everywhere else in Venio. `customerNo` would be the only such name in the API.
 *
 * Venio documents no case enquiry, so a case is located by its number only.
 */

const caseLocator = recordLocator({
	name: 'case',
	displayName: 'Case',
	typedMode: 'number',
	keyLabel: 'case number',
	placeholder: 'e.g. T250200010',
	description: 'The case, given by its case number',
});

const optionalCustomer: INodeProperties = {
	...customerLocator(),
	required: false,
	description:
		'The customer the case is about (optional), picked from your Venio account or given by its customer code',
};

/** Subject, category, dates and assignee: required by both Add Case and Edit Case. */
const coreFields: INodeProperties[] = [
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
	optionalCustomer,
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

/** The body fields Add Case and Edit Case share, read and checked from item i. */
function caseBody(ctx: IExecuteFunctions, i: number, fieldsName: string): IDataObject {
	const body: IDataObject = {
		subject: requiredString(ctx, 'subject', i, 'Subject'),
		categoryId: requiredNumber(ctx, 'categoryId', i, 'Category'),
		dateCase: toVenioDate(ctx, i, 'Case Date', ctx.getNodeParameter('dateCase', i)),
		dateDue: toVenioDate(ctx, i, 'Due Date', ctx.getNodeParameter('dateDue', i)),
		assignedToUserId: requiredString(ctx, 'assignedToUserId', i, 'Assigned To'),
	};
	const customerCode = String(parameterValue(ctx, 'customer', i) ?? '').trim();
	if (customerCode) body.customerCode = customerCode;
	const fields = collection(ctx, fieldsName, i);
	if (fields.activityNos !== undefined) body.activityNos = codeList(fields.activityNos);
	if (fields.dealNos !== undefined) body.dealNos = codeList(fields.dealNos);
	if (fields.note !== undefined) body.note = fields.note;
	return body;
}

export const supportCase: VenioResource = {
	value: 'case',
	name: 'Case',
	actions: [
		{
			value: 'create',
			name: 'Create',
			action: 'Create a case',
			description: 'Open a case (ticket) and assign it to an employee',
			endpoint: 'caseAdd',
			properties: [
				{
					displayName: 'Case Type',
					name: 'caseType',
					type: 'options',
					required: true,
					options: [
						{
							name: 'For Your Information',
							value: 2,
							description: 'Information to note, nothing to act on',
						},
						{
							name: 'Request for Action',
							value: 1,
							description: 'Something the assignee has to do',
						},
					],
					default: 1,
					description: 'Whether the case asks for action or only informs',
				},
				...coreFields,
				optionalCollection('additionalFields', optionalFields),
			],
			request(i) {
				const caseType = requiredNumber(this, 'caseType', i, 'Case Type');
				return { body: { caseType, ...caseBody(this, i, 'additionalFields') } };
			},
		},
		{
			value: 'get',
			name: 'Get',
			action: 'Get a case',
			description: 'Get a case by its case number',
			endpoint: 'caseGetByCaseNo',
			...keyInPath(caseLocator, 'caseNo'),
		},
		{
			value: 'getManyCategories',
			name: 'Get Many Categories',
			action: 'Get many case categories',
			description: 'List the case categories of the account',
			endpoint: 'caseCategoriesGet',
			paging: 'list',
		},
		{
			value: 'update',
			name: 'Update',
			action: 'Update a case',
			description: 'Edit a case by its case number',
			endpoint: 'caseEditByCaseNo',
			properties: [caseLocator, ...coreFields, optionalCollection('updateFields', optionalFields)],
			request(i) {
				const caseNo = requiredString(this, 'case', i, 'Case');
				return {
					pathParams: { caseNo },
					body: caseBody(this, i, 'updateFields'),
					key: { caseNo },
				};
			},
		},
	],
};
