import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { customerLocator, optionalCollection, recordLocator } from './fields';
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
import { collection, digitsId, idList, invalid, requiredString, toVenioDate } from './params';
import { keyInPath } from './requests';
import { salesOrderUpsertSchema } from './salesSchemas';
import type { RequestParts, VenioResource } from './types';
import {
	FIELDS_MODE,
	keyOfBody,
	keyToUpdate,
	upsertBody,
	upsertModeProperties,
} from './upsertMode';

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
const salesOrderNumberLocator = () =>
	recordLocator({
		name: 'salesOrder',
		displayName: 'Sales Order',
		typedMode: 'number',
		keyLabel: 'sales order number',
		placeholder: 'e.g. SO24090001',
		description: 'The sales order, given by its sales order number',
	});

/** The Sales Order locator by id (the v1 endpoints take Venio's numeric salesOrderId). */
const salesOrderIdLocator = () =>
	recordLocator({
		name: 'salesOrderId',
		displayName: 'Sales Order',
		typedMode: 'id',
		keyLabel: 'sales order ID (digits)',
		placeholder: 'e.g. 281940',
		digitsOnly: 'A sales order ID has digits only',
		description: "The sales order, given by Venio's numeric sales order ID (salesOrderId)",
	});

/** The parameter and request of the actions that name a sales order by its id in the path. */
const salesOrderById = {
	properties: [salesOrderIdLocator()],
	request(this: IExecuteFunctions, i: number): RequestParts {
		const id = digitsId(
			this,
			i,
			'Sales Order ID',
			requiredString(this, 'salesOrderId', i, 'Sales Order'),
		);
		return { pathParams: { id }, key: { salesOrderId: id } };
	},
};

const salesOrderToUpdate: INodeProperties = {
	...salesOrderNumberLocator(),
	displayName: 'Sales Order to Update',
	description: 'The sales order to update, given by its sales order number',
};

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

function readSalesOrderIds(ctx: IExecuteFunctions, i: number): number[] {
	return idList(ctx, i, 'Sales Order IDs', ctx.getNodeParameter('salesOrderIds', i, ''));
}

const JSON_BODY = {
	name: 'salesOrderJson',
	label: 'Sales Order JSON',
	schema: salesOrderUpsertSchema,
};

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
	...upsertModeProperties({
		record: 'sales order',
		newKey: 'a new number',
		givenKey: 'the number you give',
		json: [
			{
				displayName: 'Sales Order JSON',
				name: JSON_BODY.name,
				type: 'json',
				default: EXAMPLE_JSON,
				required: true,
				description:
					'The request body as Venio documents it (salesOrderSubject, customerCode, salesOrderDate, vatCalculation, salesOrderDetails[] with a capital D). It is checked before sending; add salesOrderNo to update an existing order.',
			},
		],
		toUpdate: salesOrderToUpdate,
	}),
	{
		displayName: 'Subject',
		name: 'salesOrderSubject',
		type: 'string',
		default: '',
		required: true,
		displayOptions: FIELDS_MODE,
		description: 'The title of the sales order',
	},
	{
		...customerLocator(),
		displayOptions: FIELDS_MODE,
		description:
			'The customer, picked from your Venio account or given by its customer code. It cannot be changed when updating.',
	},
	{
		displayName: 'Order Date',
		name: 'salesOrderDate',
		type: 'dateTime',
		default: '',
		required: true,
		displayOptions: FIELDS_MODE,
		description: 'The date of the sales order (Venio keeps the day only)',
	},
	{ ...vatModeProperty, displayOptions: FIELDS_MODE },
	{ ...lineItemsProperty(LINES), displayOptions: FIELDS_MODE },
	{
		...optionalCollection('additionalFields', [
			{
				displayName: 'Contact ID',
				name: 'contactId',
				type: 'number',
				default: 0,
				description: "The ID of the customer's contact person the order is addressed to",
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
			paymentTermOption,
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
			remarkOption,
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
		]),
		displayOptions: FIELDS_MODE,
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
				const body = upsertBody(this, i, JSON_BODY, () => {
					const fields = {
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
					const salesOrderNo = keyToUpdate(this, i, salesOrderToUpdate);
					return salesOrderNo ? { ...fields, salesOrderNo } : fields;
				});
				return { body, key: keyOfBody(body, 'salesOrderNo') };
			},
		},
		{
			value: 'get',
			name: 'Get',
			action: 'Get a sales order',
			description: 'Get a sales order by its sales order number',
			endpoint: 'salesOrderGetByNo',
			...keyInPath(salesOrderNumberLocator(), 'salesOrderNo'),
			simplify: SALES_ORDER_SUMMARY,
		},
		{
			value: 'getById',
			name: 'Get by ID',
			action: 'Get a sales order by ID',
			description: "Get a sales order by Venio's numeric ID (older response shape)",
			endpoint: 'salesOrderGetById',
			...salesOrderById,
			simplify: LEGACY_SALES_ORDER_SUMMARY,
		},
		{
			value: 'getManyAttachments',
			name: 'Get Many Attachments',
			action: 'Get many attachments of a sales order',
			description: 'List the files attached to a sales order',
			endpoint: 'salesOrderAttachmentsGet',
			paging: 'list',
			simplify: ATTACHMENT_SUMMARY,
			...salesOrderById,
		},
		{
			value: 'approve',
			name: 'Approve',
			action: 'Approve sales orders',
			description: 'Approve one or more sales orders by their IDs',
			endpoint: 'salesOrderApprove',
			properties: [salesOrderIdsProperty],
			request(i) {
				const salesOrderIds = readSalesOrderIds(this, i);
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
				const salesOrderIds = readSalesOrderIds(this, i);
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
									description:
										'Which installment: 1 for the first payment, 2 for the second, and so on',
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
					throw invalid(
						this,
						i,
						'Payments: add at least one installment',
						`Add an installment with its number and status (item ${i}).`,
					);
				}
				// Venio's field table calls the installment "InstallmentNumber" but its example (the
				// request actually shown) sends `periodNo`, like every other camelCase body here.
				const payments = entries.map((entry, index) => {
					const where = `Installment ${index + 1}`;
					const status = digitsId(this, i, `${where}: Status`, entry.status);
					if (status !== 1 && status !== 2) {
						throw invalid(this, i, `${where}: Status must be 1 or 2`, `Got ${status} (item ${i}).`);
					}
					return {
						periodNo: digitsId(this, i, `${where}: Installment Number`, entry.periodNo),
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
				optionalCollection('additionalFields', [
					{
						displayName: 'Shipping Document URL',
						name: 'shippingDocumentUrl',
						type: 'string',
						default: '',
						description: 'A link to the shipping document, e.g. the waybill PDF',
					},
				]),
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
