import type { INodeProperties } from 'n8n-workflow';

import {
	customerLocator,
	employeeLocator,
	filtersCollection,
	optionalCollection,
	recordLocator,
} from './fields';
import {
	currencyCodeOption,
	documentDiscountOptions,
	lineItemsProperty,
	paymentTermOption,
	readAdditional,
	readLineItems,
	readVatMode,
	remarkOption,
	vatModeProperty,
} from './lineItems';
import type { LineItemOptions } from './lineItems';
import { collection, requiredString, toVenioDate } from './params';
import { keyInPath } from './requests';
import { quotationUpsertSchema } from './salesSchemas';
import type { VenioResource } from './types';
import {
	FIELDS_MODE,
	keyOfBody,
	keyToUpdate,
	upsertBody,
	upsertModeProperties,
} from './upsertMode';

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

const LINES: LineItemOptions = {
	whtKey: 'whTaxValue',
	wholeQuantity: false,
	documentLabel: 'quotation',
};

/** The Quotation locator: "From list" (Quotation Enquiry) or the quotation number typed. */
const quotationLocator = () =>
	recordLocator({
		name: 'quotation',
		displayName: 'Quotation',
		searchListMethod: 'searchQuotations',
		typedMode: 'number',
		keyLabel: 'quotation number',
		placeholder: 'e.g. QT2402000001',
		description: 'The quotation, picked from your Venio account or given by its quotation number',
	});

const quotationToUpdate: INodeProperties = {
	...quotationLocator(),
	displayName: 'Quotation to Update',
	description: 'The quotation to update, given by its quotation number',
};

const JSON_BODY = { name: 'quotationJson', label: 'Quotation JSON', schema: quotationUpsertSchema };

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
	...upsertModeProperties({
		record: 'quotation',
		newKey: 'a new number',
		givenKey: 'the number you give',
		json: [
			{
				displayName: 'Quotation JSON',
				name: JSON_BODY.name,
				type: 'json',
				default: EXAMPLE_JSON,
				required: true,
				description:
					'The request body as Venio documents it (quotationSubject, quotationDate, quotationValidUntil, quotationStatus, customerCode, staffCode, vatCalculation, quotationDetails[]). It is checked before sending; add quotationNo to update an existing quotation.',
			},
		],
		toUpdate: quotationToUpdate,
	}),
	{
		displayName: 'Subject',
		name: 'quotationSubject',
		type: 'string',
		default: '',
		required: true,
		displayOptions: FIELDS_MODE,
		description: 'The title of the quotation',
	},
	{ ...customerLocator(), displayOptions: FIELDS_MODE },
	{
		...employeeLocator('staffCode', 'Salesperson'),
		description:
			'The employee who owns the quotation, picked from your Venio account or given by staff code',
		displayOptions: FIELDS_MODE,
	},
	{
		displayName: 'Quotation Date',
		name: 'quotationDate',
		type: 'dateTime',
		default: '',
		required: true,
		displayOptions: FIELDS_MODE,
		description: 'The date of the quotation',
	},
	{
		displayName: 'Valid Until',
		name: 'quotationValidUntil',
		type: 'dateTime',
		default: '',
		required: true,
		displayOptions: FIELDS_MODE,
		description: 'The last day the offer holds',
	},
	{
		displayName: 'Status',
		name: 'quotationStatus',
		type: 'options',
		options: QUOTATION_STATUS_OPTIONS,
		default: 1,
		displayOptions: FIELDS_MODE,
		description: 'The state the quotation is saved in',
	},
	{ ...vatModeProperty, displayOptions: FIELDS_MODE },
	{ ...lineItemsProperty(LINES), displayOptions: FIELDS_MODE },
	{
		...optionalCollection('additionalFields', [
			{
				displayName: 'Contact Name',
				name: 'contactName',
				type: 'string',
				default: '',
				description: 'The person at the customer the quotation is addressed to',
			},
			currencyCodeOption,
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
			paymentTermOption,
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
			remarkOption,
		]),
		displayOptions: FIELDS_MODE,
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
				const body = upsertBody(this, i, JSON_BODY, () => {
					const fields = {
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
					const quotationNo = keyToUpdate(this, i, quotationToUpdate);
					return quotationNo ? { ...fields, quotationNo } : fields;
				});
				return { body, key: keyOfBody(body, 'quotationNo') };
			},
		},
		{
			value: 'get',
			name: 'Get',
			action: 'Get a quotation',
			description: 'Get a quotation by its quotation number',
			endpoint: 'quotationGetByNo',
			...keyInPath(quotationLocator(), 'quotationNo'),
			simplify: QUOTATION_SUMMARY,
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
				filtersCollection([
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
				]),
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
			...keyInPath(quotationLocator(), 'quotationNo'),
		},
	],
};
