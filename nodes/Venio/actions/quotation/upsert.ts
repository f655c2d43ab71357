import type { IExecuteFunctions } from 'n8n-workflow';

import { kept } from '../current';
import { customerLocator, employeeLocator } from '../parameters/locators';
import { choice, jsonBody, requiredDateTime, requiredText } from '../parameters/parameter';
import { documentAdditionalFields } from '../salesDocument/documentFields';
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

const CREATING = { show: { upsertMode: ['create'] } };
const UPDATING = { show: { upsertMode: ['update'] } };

/** A new quotation's status. */
const quotationStatus = choice<number>({
	displayName: 'Quotation Status',
	name: 'quotationStatus',
	type: 'options',
	options: QUOTATION_STATUS_OPTIONS,
	default: 1,
	description: 'The state the quotation is saved in',
	displayOptions: CREATING,
});

/** An update's status: a new one, or the current one kept (Venio needs it on every call). */
const newQuotationStatus = choice<number | ''>({
	...quotationStatus.property,
	options: [
		{ name: 'Keep Current Status', value: '', description: 'Leave the status as it is' },
		...QUOTATION_STATUS_OPTIONS,
	],
	default: '',
	displayOptions: UPDATING,
});

const subject = requiredText({
	displayName: 'Subject',
	name: 'quotationSubject',
	type: 'string',
	default: '',
	required: true,
	description: 'The title of the quotation',
});

/**
 * The status the form sets, or none on an update that keeps it: both variants are one parameter
 * (`quotationStatus`), shown by New or Existing Quotation.
 */
function statusOf(ctx: IExecuteFunctions, i: number) {
	const status = newQuotationStatus.read(ctx, i);
	return status === '' ? {} : { quotationStatus: status };
}

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
	fields: [
		subject.property,
		customerLocator.property,
		salesperson.property,
		quotationDate.property,
		validUntil.property,
		quotationStatus.property,
		newQuotationStatus.property,
	],
	readFields(ctx, i) {
		return {
			quotationSubject: subject.read(ctx, i),
			quotationDate: quotationDate.read(ctx, i),
			quotationValidUntil: validUntil.read(ctx, i),
			...statusOf(ctx, i),
			customerCode: customerLocator.read(ctx, i),
			staffCode: salesperson.read(ctx, i),
		};
	},
	lines: {
		whtKey: 'whTaxValue',
		wholeQuantity: false,
		documentLabel: 'quotation',
		detailsKey: 'quotationDetails',
	},
	keep: {
		fields: [kept('quotationStatus', 'Quotation Status')],
		read: 'quotationGetByNo',
		pathKey: 'quotationNo',
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
