import type { IDataObject, INodeProperties } from 'n8n-workflow';

import { additionalFields, byDisplayName } from '../parameters/collections';
import { defineParameter } from '../parameters/parameter';
import type { Parameter } from '../parameters/parameter';
import { toId } from '../parameters/numbers';
import { discountOptions, takeDocumentDiscount } from './discount';

/**
 * Fields of a quotation or sales order as a whole (not of its lines): the VAT mode and the
 * Additional Fields that mean the same on both documents.
 */

/** What Simplify keeps of either document beside its own number, status and dates. */
export const DOCUMENT_SUMMARY = [
	'customerCode',
	'customerId',
	'staffCode',
	'referenceNo',
	'currencyCode',
	'subTotal',
] as const;

/**
 * The employee who owns a document (`staffCode`), picked from the account's employees; each use
 * gives its own description.
 */
export const salesperson = {
	displayName: 'Salesperson Name or ID',
	name: 'staffCode',
	type: 'options',
	typeOptions: { loadOptionsMethod: 'getEmployees' },
	default: '',
	description:
		'Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>',
} satisfies INodeProperties;

/** How Venio treats prices (`vatCalculation`): true = VAT is added on top, false = VAT is included. */
const vatModeProperty: INodeProperties = {
	displayName: 'VAT Mode',
	name: 'vatMode',
	type: 'options',
	options: [
		{
			name: 'Prices Exclude VAT',
			value: 'exclude',
			description: 'VAT is added on top of the prices',
		},
		{
			name: 'Prices Include VAT',
			value: 'include',
			description: 'The prices already contain VAT',
		},
	],
	default: 'exclude',
	description: 'Whether the prices on the document are before or after VAT',
};

/** The VAT mode, read as Venio's `vatCalculation`. */
export const vatMode = defineParameter(
	vatModeProperty,
	(ctx, i, property) => (ctx.getNodeParameter(property.name, i, 'exclude') as string) !== 'include',
);

/** The Additional Fields that mean the same on both documents. */
const sharedOptions: INodeProperties[] = [
	...discountOptions('the whole document (it may not exceed the total of all lines)'),
	{
		displayName: 'Discount Name',
		name: 'discountName',
		type: 'string',
		default: '',
		description: 'A label for the document discount, e.g. "Loyalty discount"',
	},
	{
		displayName: 'Currency Code',
		name: 'currencyCode',
		type: 'string',
		default: '',
		placeholder: 'e.g. USD',
		description: "The currency of the prices, e.g. THB or USD; left out, the company's currency",
	},
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
		displayName: 'Payment Term',
		name: 'paymentTerm',
		type: 'string',
		default: '',
		description: 'The payment terms, e.g. "30 days"',
	},
	{
		displayName: 'Remark',
		name: 'remark',
		type: 'string',
		typeOptions: { rows: 2 },
		default: '',
		description: 'An internal remark',
	},
];

/**
 * The Additional Fields of a document's Create or Update: the shared ones and the document's `own`,
 * read without blanks, with `headerTemplateId` and `contactId` as numbers and the document
 * discount in Venio's shape.
 */
export function documentAdditionalFields(own: INodeProperties[]): Parameter<IDataObject> {
	const collection = additionalFields(byDisplayName([...sharedOptions, ...own]));
	return defineParameter(collection.property, (ctx, i) => {
		const fields = collection.read(ctx, i);
		// A header template id of 0 is Venio's "company default" (see its examples).
		if (fields.headerTemplateId !== undefined) {
			fields.headerTemplateId = toId(ctx, i, 'Header Template', fields.headerTemplateId, 0);
		}
		if (fields.contactId !== undefined) {
			fields.contactId = toId(ctx, i, 'Contact ID', fields.contactId);
		}
		return takeDocumentDiscount(ctx, i, fields);
	});
}
