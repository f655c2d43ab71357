import type { IDataObject, INodeProperties } from 'n8n-workflow';

import { employeeLocator } from './employee';
import { customerLocator } from './fields';
import {
	lineItemsProperty,
	readAdditional,
	readLineItems,
	readVatMode,
	documentDiscountOptions,
	vatModeProperty,
} from './lineItems';
import type { LineItemOptions } from './lineItems';
import { collection, jsonParameter, requiredString, toVenioDate } from './params';
import { quotationUpsertSchema } from './salesSchemas';
import type { VenioResource } from './types';

/** Quotation statuses (openapi: 1 draft ... 7 cancelled), sorted by name. */
export const QUOTATION_STATUS_OPTIONS = [
	{ name: 'Cancelled', value: 7 },
	{ name: 'Completed', value: 5 },
	{ name: 'Draft', value: 1 },
	{ name: 'Rejected', value: 6 },
	{ name: 'Sent', value: 4 },
	{ name: 'Waiting for Approval', value: 2 },
	{ name: 'Waiting to Send', value: 3 },
];

/** The fields Simplify keeps: what identifies a quotation and what it is worth. */
const QUOTATION_SUMMARY = [
	'quotationNo',
	'quotationSubject',
	'quotationStatus',
	'quotationDate',
	'quotationValidUntil',
	'customerCode',
	'customerId',
	'staffCode',
	'referenceNo',
	'currencyCode',
	'subTotal',
	'subTotalWithDiscount',
	'grandTotal',
] as const;

const LINES: LineItemOptions = { whtKey: 'whTaxValue', wholeQuantity: false, documentLabel: 'quotation' };

/** The Quotation locator: "From list" (Quotation Enquiry) or the quotation number typed. */
export const quotationLocator = (): INodeProperties => ({
	displayName: 'Quotation',
	name: 'quotation',
	type: 'resourceLocator',
	default: { mode: 'list', value: '' },
	required: true,
	description: 'The quotation, picked from your Venio account or given by its quotation number',
	modes: [
		{
			displayName: 'From List',
			name: 'list',
			type: 'list',
			typeOptions: { searchListMethod: 'searchQuotations', searchable: true },
		},
		{
			displayName: 'By Number',
			name: 'number',
			type: 'string',
			placeholder: 'e.g. QT2402000001',
			hint: 'Enter the quotation number',
		},
	],
});

const fieldsMode = { show: { inputMode: ['fields'] } };

const EXAMPLE_JSON = `{
  "quotationSubject": "Quotation for ACME",
  "quotationDate": "2024-02-01T00:00:00+0700",
  "quotationValidUntil": "2024-03-01T00:00:00+0700",
  "quotationStatus": 1,
  "customerCode": "C000001",
  "staffCode": "00004",
  "vatCalculation": true,
  "quotationDetails": [
    { "productCode": "PD002", "qty": 2, "price": 800, "discountType": true, "discountValue": 0, "vatTaxValue": 7 }
  ]
}`;

const createOrUpdateProperties: INodeProperties[] = [
	{
		displayName: 'Input Mode',
		name: 'inputMode',
		type: 'options',
		noDataExpression: true,
		options: [
			{
				name: 'Fields',
				value: 'fields',
				description: 'Fill in the quotation field by field',
			},
			{
				name: 'JSON',
				value: 'json',
				description: 'Give the whole request body as JSON, keys spelled as Venio spells them',
			},
		],
		default: 'fields',
		description: 'How to give the quotation data',
	},
	{
		displayName: 'Quotation JSON',
		name: 'quotationJson',
		type: 'json',
		default: EXAMPLE_JSON,
		required: true,
		displayOptions: { show: { inputMode: ['json'] } },
		description:
			'The request body as Venio documents it (quotationSubject, quotationDate, quotationValidUntil, quotationStatus, customerCode, staffCode, vatCalculation, quotationDetails[]). It is checked before sending; add quotationNo to update an existing quotation.',
	},
	{
		displayName: 'Create or Update',
		name: 'upsertMode',
		type: 'options',
		noDataExpression: true,
		displayOptions: fieldsMode,
		options: [
			{
				name: 'Create a New Quotation',
				value: 'create',
				description: 'Venio creates the quotation and gives it a new number',
			},
			{
				name: 'Update an Existing Quotation',
				value: 'update',
				description: 'Change the quotation with the number you give',
			},
		],
		default: 'create',
		description: 'Whether to create a new quotation or update one that exists',
	},
	{
		...quotationLocator(),
		displayName: 'Quotation to Update',
		description: 'The quotation to update, given by its quotation number',
		displayOptions: { show: { inputMode: ['fields'], upsertMode: ['update'] } },
	},
	{
		displayName: 'Subject',
		name: 'quotationSubject',
		type: 'string',
		default: '',
		required: true,
		displayOptions: fieldsMode,
		description: 'The title of the quotation',
	},
	{ ...customerLocator(), displayOptions: fieldsMode },
	{
		...employeeLocator('staffCode', 'Salesperson'),
		description: 'The employee who owns the quotation, picked from your Venio account or given by staff code',
		displayOptions: fieldsMode,
	},
	{
		displayName: 'Quotation Date',
		name: 'quotationDate',
		type: 'dateTime',
		default: '',
		required: true,
		displayOptions: fieldsMode,
		description: 'The date of the quotation',
	},
	{
		displayName: 'Valid Until',
		name: 'quotationValidUntil',
		type: 'dateTime',
		default: '',
		required: true,
		displayOptions: fieldsMode,
		description: 'The last day the offer holds',
	},
	{
		displayName: 'Status',
		name: 'quotationStatus',
		type: 'options',
		options: QUOTATION_STATUS_OPTIONS,
		default: 1,
		displayOptions: fieldsMode,
		description: 'The state the quotation is saved in',
	},
	{ ...vatModeProperty, displayOptions: fieldsMode },
	{ ...lineItemsProperty(LINES), displayOptions: fieldsMode },
	{
		displayName: 'Additional Fields',
		name: 'additionalFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		displayOptions: fieldsMode,
		options: [
			{
				displayName: 'Contact Name',
				name: 'contactName',
				type: 'string',
				default: '',
				description: 'The person at the customer the quotation is addressed to',
			},
			{
				displayName: 'Currency Code',
				name: 'currencyCode',
				type: 'string',
				default: '',
				placeholder: 'e.g. USD',
				description: "The currency of the prices, e.g. THB or USD; left out, the company's currency",
			},
			...documentDiscountOptions,
			{
				displayName: 'Header Template Name or ID',
				name: 'headerTemplateId',
				type: 'options',
				typeOptions: { loadOptionsMethod: 'getHeaderTemplates' },
				default: '',
				description:
					'The company letterhead printed on the PDF. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
			},
			{
				displayName: 'Note',
				name: 'quotationNote',
				type: 'string',
				typeOptions: { rows: 3 },
				default: '',
				description: 'A note printed on the quotation',
			},
			{
				displayName: 'Payment Term',
				name: 'paymentTerm',
				type: 'string',
				default: '',
				description: 'The payment terms, e.g. "30 days"',
			},
			{
				displayName: 'Recipient Address',
				name: 'recipientAddress',
				type: 'string',
				typeOptions: { rows: 2 },
				default: '',
				description: 'The address the quotation is sent to',
			},
			{
				displayName: 'Recipient Name',
				name: 'recipientName',
				type: 'string',
				default: '',
				description: 'The name the quotation is sent to',
			},
			{
				displayName: 'Reference Number',
				name: 'referenceNo',
				type: 'string',
				default: '',
				description:
					'Your own reference for the quotation. Venio asks for it when an existing quotation is updated.',
			},
			{
				displayName: 'Remark',
				name: 'remark',
				type: 'string',
				typeOptions: { rows: 2 },
				default: '',
				description: 'An internal remark',
			},
		],
	},
];

export const quotation: VenioResource = {
	value: 'quotation',
	name: 'Quotation',
	actions: [
		{
			value: 'upsert',
			name: 'Create or Update',
			action: 'Create or update a quotation',
			description: 'Create a new record, or update the current one if it already exists (upsert)',
			endpoint: 'quotationCreateOrUpdate',
			properties: createOrUpdateProperties,
			request(i) {
				let body: IDataObject;
				if (this.getNodeParameter('inputMode', i, 'fields') === 'json') {
					body = jsonParameter(this, 'quotationJson', i, 'Quotation JSON', quotationUpsertSchema) as IDataObject;
				} else {
					body = {
						quotationSubject: requiredString(this, 'quotationSubject', i, 'Subject'),
						quotationDate: toVenioDate(
							this,
							i,
							'Quotation Date',
							this.getNodeParameter('quotationDate', i, ''),
						),
						quotationValidUntil: toVenioDate(
							this,
							i,
							'Valid Until',
							this.getNodeParameter('quotationValidUntil', i, ''),
						),
						quotationStatus: this.getNodeParameter('quotationStatus', i, 1) as number,
						customerCode: requiredString(this, 'customer', i, 'Customer'),
						staffCode: requiredString(this, 'staffCode', i, 'Salesperson'),
						vatCalculation: readVatMode(this, i),
						quotationDetails: readLineItems(this, i, LINES),
						...readAdditional(this, 'additionalFields', i),
					};
					if (this.getNodeParameter('upsertMode', i, 'create') === 'update') {
						body.quotationNo = requiredString(this, 'quotation', i, 'Quotation to Update');
					}
				}
				const quotationNo = typeof body.quotationNo === 'string' ? body.quotationNo : undefined;
				return { body, key: quotationNo ? { quotationNo } : {} };
			},
		},
		{
			value: 'get',
			name: 'Get',
			action: 'Get a quotation',
			description: 'Get a quotation by its quotation number',
			endpoint: 'quotationGetByNo',
			properties: [quotationLocator()],
			simplify: QUOTATION_SUMMARY,
			request(i) {
				const quotationNo = requiredString(this, 'quotation', i, 'Quotation');
				return { pathParams: { quotationNo }, key: { quotationNo } };
			},
		},
		{
			value: 'getMany',
			name: 'Get Many',
			action: 'Get many quotations',
			description: 'Search quotations by number, status, salesperson, customer or date',
			endpoint: 'quotationEnquiry',
			paging: { skipField: 'skip', sizeField: 'take' },
			simplify: QUOTATION_SUMMARY,
			properties: [
				{
					displayName: 'Filters',
					name: 'filters',
					type: 'collection',
					placeholder: 'Add Filter',
					default: {},
					options: [
						{
							displayName: 'Customer Code',
							name: 'customerCode',
							type: 'string',
							default: '',
							placeholder: 'e.g. C000001',
							description: 'Only quotations of this customer',
						},
						{
							displayName: 'Quotation Date',
							name: 'quotationDate',
							type: 'dateTime',
							default: '',
							description: 'Only quotations created on this date',
						},
						{
							displayName: 'Quotation Number',
							name: 'quotationNo',
							type: 'string',
							default: '',
							placeholder: 'e.g. QT2402000001',
							description: 'Only the quotation with this number',
						},
						{
							displayName: 'Salesperson Name or ID',
							name: 'staffCode',
							type: 'options',
							typeOptions: { loadOptionsMethod: 'getEmployees' },
							default: '',
							description:
								'Only quotations owned by this employee (by staff code). Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
						},
						{
							displayName: 'Status',
							name: 'quotationStatus',
							type: 'options',
							options: QUOTATION_STATUS_OPTIONS,
							default: 1,
							description: 'Only quotations in this state',
						},
					],
				},
			],
			request(i) {
				const filters = collection(this, 'filters', i);
				if (filters.quotationDate !== undefined) {
					filters.quotationDate = toVenioDate(this, i, 'Quotation Date', filters.quotationDate);
				}
				return { body: filters };
			},
		},
		{
			value: 'convertToSalesOrder',
			name: 'Convert to Sales Order',
			action: 'Convert a quotation to a sales order',
			description: 'Create a sales order from a quotation',
			endpoint: 'quotationConvertToSalesOrder',
			properties: [quotationLocator()],
			request(i) {
				const quotationNo = requiredString(this, 'quotation', i, 'Quotation');
				// Venio documents this body in PascalCase: {"QuotationNo": ...}.
				return {
					pathParams: { quotationNo },
					body: { QuotationNo: quotationNo },
					key: { quotationNo },
				};
			},
		},
		{
			value: 'cancel',
			name: 'Cancel',
			action: 'Cancel a quotation',
			description: 'Cancel a quotation by its quotation number',
			endpoint: 'quotationCancel',
			properties: [quotationLocator()],
			request(i) {
				const quotationNo = requiredString(this, 'quotation', i, 'Quotation');
				return { pathParams: { quotationNo }, key: { quotationNo } };
			},
		},
	],
};
