import { recordLocator } from '../parameters/locators';

/**
 * Quotation statuses (openapi: 1 draft ... 7 cancelled), sorted by name: the Status options and
 * the check of the JSON body (quotationSchema.ts) both read this table.
 */
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
export const QUOTATION_SUMMARY = [
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

/** The Quotation locator: "From list" (Quotation Enquiry) or the quotation number typed. */
export const quotationLocator = recordLocator({
	name: 'quotation',
	displayName: 'Quotation',
	searchListMethod: 'searchQuotations',
	typedMode: 'number',
	keyLabel: 'quotation number',
	placeholder: 'e.g. QT2402000001',
	description: 'The quotation, picked from your Venio account or given by its quotation number',
});
