import { NodeOperationError } from 'n8n-workflow';
import type { IDataObject, INodeProperties } from 'n8n-workflow';

import { customerLocator } from './fields';
import {
	documentDiscountOptions,
	idList,
	lineItemsProperty,
	positiveId,
	readAdditional,
	readLineItems,
	readVatMode,
	vatModeProperty,
} from './lineItems';
import type { LineItemOptions } from './lineItems';
import { collection, jsonParameter, requiredString, toVenioDate } from './params';
import { salesOrderUpsertSchema } from './salesSchemas';
import type { VenioResource } from './types';

/** Sales order statuses (openapi: 1 draft, 2 open, 3 completed, 4 rejected, 5 cancelled), by name. */
export const SALES_ORDER_STATUS_OPTIONS = [
	{ name: 'Cancelled', value: 5 },
	{ name: 'Completed', value: 3 },
	{ name: 'Draft', value: 1 },
	{ name: 'Open', value: 2 },
	{ name: 'Rejected', value: 4 },
];

/** Simplify of Get (v2 shape). */
const SALES_ORDER_SUMMARY = [
	'salesOrderId',
	'salesOrderNo',
	'salesOrderSubject',
	'salesOrderStatus',
	'salesOrderDate',
	'customerCode',
	'customerId',
	'staffCode',
	'referenceNo',
	'currencyCode',
	'subTotal',
	'totalVat',
	'grandTotal',
	'trackingNo',
] as const;

/** Simplify of Get by ID, which answers the legacy sales-order object (saleOrderId, dateOrder...). */
const LEGACY_SALES_ORDER_SUMMARY = [
	'saleOrderId',
	'saleOrderNo',
	'orderType',
	'status',
	'statusName',
	'dateOrder',
	'customerId',
	'subTotal',
	'total',
	'remark',
	'isActive',
	'dateCreated',
] as const;

const ATTACHMENT_SUMMARY = [
	'attachmentId',
	'refId',
	'filename',
	'extension',
	'fileSize',
	'url',
	'thumbnail',
	'dateCreated',
] as const;

const LINES: LineItemOptions = {
	whtKey: 'whtTaxValue',
	wholeQuantity: true,
	documentLabel: 'sales order',
};

/**
 * The Sales Order locator by number. Venio has no sales-order enquiry (search) endpoint, so there
 * is no "From list" mode: the number comes from a webhook, a quotation conversion or a typed value.
 */
const salesOrderNumberLocator = (): INodeProperties => ({
	displayName: 'Sales Order',
	name: 'salesOrder',
	type: 'resourceLocator',
	default: { mode: 'number', value: '' },
	required: true,
	description: 'The sales order, given by its sales order number',
	modes: [
		{
			displayName: 'By Number',
			name: 'number',
			type: 'string',
			placeholder: 'e.g. SO24090001',
			hint: 'Enter the sales order number',
		},
	],
});

/** The Sales Order locator by id (the v1 endpoints take Venio's numeric salesOrderId). */
const salesOrderIdLocator = (): INodeProperties => ({
	displayName: 'Sales Order',
	name: 'salesOrderId',
	type: 'resourceLocator',
	default: { mode: 'id', value: '' },
	required: true,
	description: "The sales order, given by Venio's numeric sales order ID (salesOrderId)",
	modes: [
		{
			displayName: 'By ID',
			name: 'id',
			type: 'string',
			placeholder: 'e.g. 281940',
			hint: 'Enter the sales order ID (digits)',
			validation: [
				{
					type: 'regex',
					properties: { regex: '^\\s*[0-9]+\\s*$', errorMessage: 'A sales order ID has digits only' },
				},
			],
		},
	],
});

const salesOrderIdsProperty: INodeProperties = {
	displayName: 'Sales Order IDs',
	name: 'salesOrderIds',
	type: 'string',
	default: '',
	required: true,
	placeholder: 'e.g. 281940, 281941',
	description:
		'The numeric IDs (salesOrderId) of the sales orders, separated by commas; an expression may also give a list',
};

const fieldsMode = { show: { inputMode: ['fields'] } };

const EXAMPLE_JSON = `{
  "salesOrderSubject": "Order from n8n",
  "customerCode": "C000154",
  "salesOrderDate": "2023-05-01",
  "salesOrderStatus": 2,
  "vatCalculation": true,
  "salesOrderDetails": [
    { "productCode": "10001", "qty": 2 }
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
				description: 'Fill in the sales order field by field',
			},
			{
				name: 'JSON',
				value: 'json',
				description: 'Give the whole request body as JSON, keys spelled as Venio spells them',
			},
		],
		default: 'fields',
		description: 'How to give the sales order data',
	},
	{
		displayName: 'Sales Order JSON',
		name: 'salesOrderJson',
		type: 'json',
		default: EXAMPLE_JSON,
		required: true,
		displayOptions: { show: { inputMode: ['json'] } },
		description:
			'The request body as Venio documents it (salesOrderSubject, customerCode, salesOrderDate, vatCalculation, salesOrderDetails[] with a capital D). It is checked before sending; add salesOrderNo to update an existing order.',
	},
	{
		displayName: 'Create or Update',
		name: 'upsertMode',
		type: 'options',
		noDataExpression: true,
		displayOptions: fieldsMode,
		options: [
			{
				name: 'Create a New Sales Order',
				value: 'create',
				description: 'Venio creates the sales order and gives it a new number',
			},
			{
				name: 'Update an Existing Sales Order',
				value: 'update',
				description: 'Change the sales order with the number you give',
			},
		],
		default: 'create',
		description: 'Whether to create a new sales order or update one that exists',
	},
	{
		...salesOrderNumberLocator(),
		displayName: 'Sales Order to Update',
		description: 'The sales order to update, given by its sales order number',
		displayOptions: { show: { inputMode: ['fields'], upsertMode: ['update'] } },
	},
	{
		displayName: 'Subject',
		name: 'salesOrderSubject',
		type: 'string',
		default: '',
		required: true,
		displayOptions: fieldsMode,
		description: 'The title of the sales order',
	},
	{
		...customerLocator(),
		displayOptions: fieldsMode,
		description:
			'The customer, picked from your Venio account or given by its customer code. It cannot be changed when updating.',
	},
	{
		displayName: 'Order Date',
		name: 'salesOrderDate',
		type: 'dateTime',
		default: '',
		required: true,
		displayOptions: fieldsMode,
		description: 'The date of the sales order (Venio keeps the day only)',
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
				displayName: 'Contact ID',
				name: 'contactId',
				type: 'number',
				default: 0,
				description: "The ID of the customer's contact person the order is addressed to",
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
					'The company letterhead printed on the PDF; left out, the company default. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
			},
			{
				displayName: 'Note',
				name: 'salesOrderNote',
				type: 'string',
				typeOptions: { rows: 3 },
				default: '',
				description: 'A note printed on the sales order',
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
				description: 'The delivery address',
			},
			{
				displayName: 'Recipient Name',
				name: 'recipientName',
				type: 'string',
				default: '',
				description: 'The name the goods are delivered to',
			},
			{
				displayName: 'Reference Number',
				name: 'referenceNo',
				type: 'string',
				default: '',
				placeholder: 'e.g. Q01230000005',
				description: 'Your own reference, e.g. the quotation or purchase order number',
			},
			{
				displayName: 'Remark',
				name: 'remark',
				type: 'string',
				typeOptions: { rows: 2 },
				default: '',
				description: 'An internal remark',
			},
			{
				displayName: 'Salesperson Name or ID',
				name: 'staffCode',
				type: 'options',
				typeOptions: { loadOptionsMethod: 'getEmployees' },
				default: '',
				description:
					'The employee who owns the sales order (by staff code). Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
			},
			{
				displayName: 'Status',
				name: 'salesOrderStatus',
				type: 'options',
				options: SALES_ORDER_STATUS_OPTIONS,
				default: 2,
				description: 'The state the sales order is saved in',
			},
		],
	},
];

/**
 * Payment statuses. Venio documents only the values 1 and 2; its example marks installment 1 as 2
 * and installment 2 as 1, which reads as 2 = paid, 1 = not yet paid.
 */
const PAYMENT_STATUS_OPTIONS = [
	{ name: 'Not Paid (1)', value: 1, description: 'Venio status 1: the installment is still open' },
	{ name: 'Paid (2)', value: 2, description: 'Venio status 2: the installment is paid' },
];

export const salesOrder: VenioResource = {
	value: 'salesOrder',
	name: 'Sales Order',
	actions: [
		{
			value: 'upsert',
			name: 'Create or Update',
			action: 'Create or update a sales order',
			description: 'Create a new record, or update the current one if it already exists (upsert)',
			endpoint: 'salesOrderCreateOrUpdate',
			properties: createOrUpdateProperties,
			request(i) {
				let body: IDataObject;
				if (this.getNodeParameter('inputMode', i, 'fields') === 'json') {
					body = jsonParameter(this, 'salesOrderJson', i, 'Sales Order JSON', salesOrderUpsertSchema) as IDataObject;
				} else {
					body = {
						salesOrderSubject: requiredString(this, 'salesOrderSubject', i, 'Subject'),
						customerCode: requiredString(this, 'customer', i, 'Customer'),
						salesOrderDate: toVenioDate(
							this,
							i,
							'Order Date',
							this.getNodeParameter('salesOrderDate', i, ''),
							'date',
						),
						vatCalculation: readVatMode(this, i),
						// Request key with a capital D; GET answers `salesorderDetails`.
						salesOrderDetails: readLineItems(this, i, LINES),
						...readAdditional(this, 'additionalFields', i),
					};
					if (this.getNodeParameter('upsertMode', i, 'create') === 'update') {
						body.salesOrderNo = requiredString(this, 'salesOrder', i, 'Sales Order to Update');
					}
				}
				const salesOrderNo = typeof body.salesOrderNo === 'string' ? body.salesOrderNo : undefined;
				return { body, key: salesOrderNo ? { salesOrderNo } : {} };
			},
		},
		{
			value: 'get',
			name: 'Get',
			action: 'Get a sales order',
			description: 'Get a sales order by its sales order number',
			endpoint: 'salesOrderGetByNo',
			properties: [salesOrderNumberLocator()],
			simplify: SALES_ORDER_SUMMARY,
			request(i) {
				const salesOrderNo = requiredString(this, 'salesOrder', i, 'Sales Order');
				return { pathParams: { salesOrderNo }, key: { salesOrderNo } };
			},
		},
		{
			value: 'getById',
			name: 'Get by ID',
			action: 'Get a sales order by ID',
			description: "Get a sales order by Venio's numeric ID (older response shape)",
			endpoint: 'salesOrderGetById',
			properties: [salesOrderIdLocator()],
			simplify: LEGACY_SALES_ORDER_SUMMARY,
			request(i) {
				const id = positiveId(this, i, 'Sales Order ID', requiredString(this, 'salesOrderId', i, 'Sales Order'));
				return { pathParams: { id }, key: { salesOrderId: id } };
			},
		},
		{
			value: 'getManyAttachments',
			name: 'Get Many Attachments',
			action: 'Get many attachments of a sales order',
			description: 'List the files attached to a sales order',
			endpoint: 'salesOrderAttachmentsGet',
			paging: 'list',
			simplify: ATTACHMENT_SUMMARY,
			properties: [salesOrderIdLocator()],
			request(i) {
				const id = positiveId(this, i, 'Sales Order ID', requiredString(this, 'salesOrderId', i, 'Sales Order'));
				return { pathParams: { id }, key: { salesOrderId: id } };
			},
		},
		{
			value: 'approve',
			name: 'Approve',
			action: 'Approve sales orders',
			description: 'Approve one or more sales orders by their IDs',
			endpoint: 'salesOrderApprove',
			properties: [salesOrderIdsProperty],
			request(i) {
				const salesOrderIds = idList(
					this,
					i,
					'Sales Order IDs',
					this.getNodeParameter('salesOrderIds', i, ''),
				);
				return { body: { salesOrderIds }, key: { salesOrderIds } };
			},
		},
		{
			value: 'reject',
			name: 'Reject',
			action: 'Reject sales orders',
			description: 'Reject one or more sales orders by their IDs, with a reason',
			endpoint: 'salesOrderReject',
			properties: [
				salesOrderIdsProperty,
				{
					displayName: 'Reason',
					name: 'reason',
					type: 'string',
					typeOptions: { rows: 2 },
					default: '',
					required: true,
					description: 'Why the sales orders are rejected',
				},
			],
			request(i) {
				const salesOrderIds = idList(
					this,
					i,
					'Sales Order IDs',
					this.getNodeParameter('salesOrderIds', i, ''),
				);
				const reason = requiredString(this, 'reason', i, 'Reason');
				// DELETE with a JSON body, as Venio documents it.
				return { body: { salesOrderIds, reason }, key: { salesOrderIds } };
			},
		},
		{
			value: 'updatePayment',
			name: 'Update Payment',
			action: 'Update the payment of a sales order',
			description: 'Set the payment status of installments of a sales order',
			endpoint: 'salesOrderPaymentUpdate',
			properties: [
				salesOrderNumberLocator(),
				{
					displayName: 'Payments',
					name: 'payments',
					type: 'fixedCollection',
					typeOptions: { multipleValues: true },
					placeholder: 'Add Installment',
					default: {},
					required: true,
					description: 'The installments to update, one entry each',
					options: [
						{
							displayName: 'Installment',
							name: 'installment',
							values: [
								{
									displayName: 'Installment Number',
									name: 'periodNo',
									type: 'number',
									typeOptions: { minValue: 1, numberPrecision: 0 },
									default: 1,
									description: 'Which installment: 1 for the first payment, 2 for the second, and so on',
								},
								{
									displayName: 'Status',
									name: 'status',
									type: 'options',
									options: PAYMENT_STATUS_OPTIONS,
									default: 2,
									description:
										'The payment status of this installment (Venio documents only the values 1 and 2)',
								},
							],
						},
					],
				},
			],
			request(i) {
				const salesOrderNo = requiredString(this, 'salesOrder', i, 'Sales Order');
				const raw = this.getNodeParameter('payments', i, {}) as { installment?: IDataObject[] };
				const entries = raw.installment ?? [];
				if (entries.length === 0) {
					throw new NodeOperationError(this.getNode(), 'Payments: add at least one installment', {
						itemIndex: i,
						description: `Add an installment with its number and status (item ${i}).`,
					});
				}
				// Venio's field table calls the installment "InstallmentNumber" but its example (the
				// request actually shown) sends `periodNo`, like every other camelCase body here.
				const payments = entries.map((entry, index) => {
					const where = `Installment ${index + 1}`;
					const status = positiveId(this, i, `${where}: Status`, entry.status);
					if (status !== 1 && status !== 2) {
						throw new NodeOperationError(this.getNode(), `${where}: Status must be 1 or 2`, {
							itemIndex: i,
							description: `Got ${status} (item ${i}).`,
						});
					}
					return {
						periodNo: positiveId(this, i, `${where}: Installment Number`, entry.periodNo),
						status,
					};
				});
				return { pathParams: { salesOrderNo }, body: { payments }, key: { salesOrderNo } };
			},
		},
		{
			value: 'updateTrackingNumber',
			name: 'Update Tracking Number',
			action: 'Update the tracking number of a sales order',
			description: 'Set the shipment tracking number of a sales order',
			endpoint: 'salesOrderTrackingNumberUpdate',
			properties: [
				salesOrderNumberLocator(),
				{
					displayName: 'Tracking Number',
					name: 'trackingNo',
					type: 'string',
					default: '',
					required: true,
					description: "The carrier's tracking number of the shipment",
				},
				{
					displayName: 'Additional Fields',
					name: 'additionalFields',
					type: 'collection',
					placeholder: 'Add Field',
					default: {},
					options: [
						{
							displayName: 'Shipping Document URL',
							name: 'shippingDocumentUrl',
							type: 'string',
							default: '',
							description: 'A link to the shipping document, e.g. the waybill PDF',
						},
					],
				},
			],
			request(i) {
				const salesOrderNo = requiredString(this, 'salesOrder', i, 'Sales Order');
				const trackingNo = requiredString(this, 'trackingNo', i, 'Tracking Number');
				return {
					pathParams: { salesOrderNo },
					body: { trackingNo, ...collection(this, 'additionalFields', i) },
					key: { salesOrderNo, trackingNo },
				};
			},
		},
	],
};
