import { kept } from '../current';
import { customerLocator, employeeLocator } from '../parameters/locators';
import { choice, jsonBody, requiredDateTime, requiredText } from '../parameters/parameter';
import { documentAdditionalFields } from '../salesDocument/documentFields';
import { requiredField } from '../salesDocument/documentField';
import { documentUpsert } from '../salesDocument/documentUpsert';
import { QUOTATION_STATUS_OPTIONS, quotationLocator } from './quotationFields';
import { quotationUpsertSchema } from './quotationSchema';

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

const salesperson = employeeLocator.with({
	name: 'staffCode',
	displayName: 'Salesperson',
	description:
		'The employee who owns the quotation, picked from your Venio account or given by staff code',
});

const quotationDate = requiredDateTime({
	displayName: 'Quotation Date',
	name: 'quotationDate',
	type: 'dateTime',
	default: '',
	required: true,
	description: 'The date of the quotation',
});

const validUntil = requiredDateTime({
	displayName: 'Valid Until',
	name: 'quotationValidUntil',
	type: 'dateTime',
	default: '',
	required: true,
	description: 'The last day the offer holds',
});

/** The state the quotation is saved in; Venio needs it on every call. */
const quotationStatus = choice<number>({
	displayName: 'Quotation Status',
	name: 'quotationStatus',
	type: 'options',
	options: QUOTATION_STATUS_OPTIONS,
	default: 1,
	description: 'The state the quotation is saved in',
});

const subject = requiredText({
	displayName: 'Subject',
	name: 'quotationSubject',
	type: 'string',
	default: '',
	required: true,
	description: 'The title of the quotation',
});

/** The fields Venio needs on every call, in the order of a sales order's form. */
const fields = [
	requiredField(subject, { key: 'quotationSubject', kept: kept('quotationSubject', 'Subject') }),
	requiredField(customerLocator, { key: 'customerCode', kept: kept('customerCode', 'Customer') }),
	requiredField(salesperson, { key: 'staffCode', kept: kept('staffCode', 'Salesperson') }),
	requiredField(quotationDate, {
		key: 'quotationDate',
		kept: kept('quotationDate', 'Quotation Date'),
	}),
	requiredField(validUntil, {
		key: 'quotationValidUntil',
		kept: kept('quotationValidUntil', 'Valid Until'),
	}),
	requiredField(quotationStatus, {
		key: 'quotationStatus',
		kept: kept('quotationStatus', 'Quotation Status'),
		keepName: 'Status',
	}),
];

export const upsert = documentUpsert({
	record: 'quotation',
	endpoint: 'quotationCreateOrUpdate',
	numberKey: 'quotationNo',
	json: jsonBody(
		{
			displayName: 'Quotation JSON',
			name: 'quotationJson',
			type: 'json',
			default: EXAMPLE_JSON,
			required: true,
			description:
				'The whole quotation as JSON, for fields this form does not show. The README lists the fields. It is checked before sending; add the quotation number to update an existing quotation.',
		},
		quotationUpsertSchema,
	),
	toUpdate: quotationLocator.with({
		displayName: 'Quotation to Update',
		description: 'The quotation to update, given by its quotation number',
	}),
	fields,
	lines: {
		whtKey: 'whTaxValue',
		wholeQuantity: false,
		documentLabel: 'quotation',
		detailsKey: 'quotationDetails',
		readKey: 'quotationDetails',
	},
	keep: {
		read: 'quotationGetByNo',
		pathKey: 'quotationNo',
		// Venio asks for the reference number when an existing quotation is updated.
		also: [kept('referenceNo', 'Reference Number')],
	},
	additional: documentAdditionalFields([
		{
			displayName: 'Contact Name',
			name: 'contactName',
			type: 'string',
			default: '',
			description: 'The person at the customer the quotation is addressed to',
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
	]),
});
