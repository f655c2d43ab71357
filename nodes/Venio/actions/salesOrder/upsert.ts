import { kept } from '../current';
import { customerLocator, employeeLocator } from '../parameters/locators';
import {
	choice,
	defineParameter,
	jsonBody,
	requiredDateTime,
	requiredText,
} from '../parameters/parameter';
import { parameterValue } from '../parameters/text';
import { documentAdditionalFields } from '../salesDocument/documentFields';
import { optionalField, requiredField } from '../salesDocument/documentField';
import { documentUpsert } from '../salesDocument/documentUpsert';
import { SALES_ORDER_STATUS_OPTIONS, salesOrderNumberLocator } from './salesOrderFields';
import { salesOrderUpsertSchema } from './salesOrderSchema';

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

const customer = customerLocator.with({
	description:
		'The customer, picked from your Venio account or given by its customer code. It cannot be changed when updating.',
});

const orderDate = requiredDateTime(
	{
		displayName: 'Order Date',
		name: 'salesOrderDate',
		type: 'dateTime',
		default: '',
		required: true,
		description: 'The date of the sales order (Venio keeps the day only)',
	},
	'date',
);

const subject = requiredText({
	displayName: 'Subject',
	name: 'salesOrderSubject',
	type: 'string',
	default: '',
	required: true,
	description: 'The title of the sales order',
});

/** The employee who owns the order: the same picker as a quotation's, optional here. */
const salesperson = defineParameter(
	{
		...employeeLocator.property,
		name: 'staffCode',
		displayName: 'Salesperson',
		required: false,
		description:
			'The employee who owns the sales order, picked from your Venio account or given by staff code',
	},
	(ctx, i, p) => String(parameterValue(ctx, p.name, i) ?? '').trim() || undefined,
);

/** The state the sales order is saved in; an update may leave it, and Venio keeps it. */
const salesOrderStatus = choice<number>({
	displayName: 'Sales Order Status',
	name: 'salesOrderStatus',
	type: 'options',
	options: SALES_ORDER_STATUS_OPTIONS,
	default: 1,
	description: 'The state the sales order is saved in',
});

/** The fields in the order of a quotation's form: Venio needs all but the salesperson to create. */
const fields = [
	requiredField(subject, { key: 'salesOrderSubject', kept: kept('salesOrderSubject', 'Subject') }),
	requiredField(customer, { key: 'customerCode', kept: kept('customerCode', 'Customer') }),
	optionalField(salesperson, 'staffCode'),
	requiredField(orderDate, { key: 'salesOrderDate', kept: kept('salesOrderDate', 'Order Date') }),
	requiredField(salesOrderStatus, { key: 'salesOrderStatus', keepName: 'Status' }),
];

export const upsert = documentUpsert({
	record: 'sales order',
	endpoint: 'salesOrderCreateOrUpdate',
	numberKey: 'salesOrderNo',
	json: jsonBody(
		{
			displayName: 'Sales Order JSON',
			name: 'salesOrderJson',
			type: 'json',
			default: EXAMPLE_JSON,
			required: true,
			description:
				'The whole sales order as JSON, for fields this form does not show. The README lists the fields. It is checked before sending; add the sales order number to update an existing order.',
		},
		salesOrderUpsertSchema,
	),
	toUpdate: salesOrderNumberLocator.with({
		displayName: 'Sales Order to Update',
		description: 'The sales order to update, given by its sales order number',
	}),
	fields,
	// Request key with a capital D; GET answers `salesorderDetails`.
	lines: {
		whtKey: 'whtTaxValue',
		wholeQuantity: true,
		documentLabel: 'sales order',
		detailsKey: 'salesOrderDetails',
		readKey: 'salesorderDetails',
	},
	keep: { read: 'salesOrderGetByNo', pathKey: 'salesOrderNo' },
	additional: documentAdditionalFields([
		{
			displayName: 'Contact ID',
			name: 'contactId',
			type: 'string',
			default: '',
			placeholder: 'e.g. 3021',
			description: "The ID of the customer's contact person the order is addressed to",
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
	]),
});
