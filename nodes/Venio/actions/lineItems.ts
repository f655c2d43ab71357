import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { productLocator } from './fields';
import { collection, digitsId, invalid, locatorValue, toNumber } from './params';

/**
 * What quotations and sales orders share: the line-item list (product, quantity, price, discount,
 * taxes), the document discount, the VAT mode, and a few checked readers. The two documents differ
 * only in key spellings (`whTaxValue` on quotations, `whtTaxValue` on sales orders) and in whether
 * a quantity may have decimals, so both are options here.
 */

/** How Venio treats prices (`vatCalculation`): true = VAT is added on top, false = VAT is included. */
export const vatModeProperty: INodeProperties = {
	displayName: 'VAT Mode',
	name: 'vatMode',
	type: 'options',
	options: [
		{
			name: 'Prices Exclude VAT',
			value: 'exclude',
			description: 'VAT is added on top of the prices (Venio: vatCalculation = true)',
		},
		{
			name: 'Prices Include VAT',
			value: 'include',
			description: 'The prices already contain VAT (Venio: vatCalculation = false)',
		},
	],
	default: 'exclude',
	description: 'Whether the prices on the document are before or after VAT',
};

export function readVatMode(ctx: IExecuteFunctions, i: number): boolean {
	return (ctx.getNodeParameter('vatMode', i, 'exclude') as string) !== 'include';
}

/** The two ways of giving a discount; `discountType` is true for a percent, false for an amount. */
function discountOptions(what: string): INodeProperties[] {
	return [
		{
			displayName: 'Discount Amount',
			name: 'discountAmount',
			type: 'number',
			typeOptions: { minValue: 0, numberPrecision: 2 },
			default: 0,
			description: `A discount on ${what} as an amount of money. Use this or Discount Percent, not both.`,
		},
		{
			displayName: 'Discount Percent',
			name: 'discountPercent',
			type: 'number',
			typeOptions: { minValue: 0, maxValue: 100, numberPrecision: 2 },
			default: 0,
			description: `A discount on ${what} in percent. Use this or Discount Amount, not both.`,
		},
	];
}

/** The document-level discount fields, for the Additional Fields of a create-or-update. */
export const documentDiscountOptions: INodeProperties[] = [
	...discountOptions('the whole document (it may not exceed the total of all lines)'),
	{
		displayName: 'Discount Name',
		name: 'discountName',
		type: 'string',
		default: '',
		description: 'A label for the document discount, e.g. "Loyalty discount"',
	},
];

/** Additional Fields that mean the same on both documents. */
export const currencyCodeOption: INodeProperties = {
	displayName: 'Currency Code',
	name: 'currencyCode',
	type: 'string',
	default: '',
	placeholder: 'e.g. USD',
	description: "The currency of the prices, e.g. THB or USD; left out, the company's currency",
};

export const paymentTermOption: INodeProperties = {
	displayName: 'Payment Term',
	name: 'paymentTerm',
	type: 'string',
	default: '',
	description: 'The payment terms, e.g. "30 days"',
};

export const remarkOption: INodeProperties = {
	displayName: 'Remark',
	name: 'remark',
	type: 'string',
	typeOptions: { rows: 2 },
	default: '',
	description: 'An internal remark',
};

/**
 * Turns `discountPercent` / `discountAmount` (as entered) into Venio's `discountType` +
 * `discountValue`. Giving both is an error: Venio keeps one discount per line or document.
 */
function readDiscount(
	ctx: IExecuteFunctions,
	i: number,
	where: string,
	values: IDataObject,
): IDataObject {
	const hasPercent = values.discountPercent !== undefined && values.discountPercent !== '';
	const hasAmount = values.discountAmount !== undefined && values.discountAmount !== '';
	if (hasPercent && hasAmount) {
		throw invalid(
			ctx,
			i,
			`${where}: give Discount Percent or Discount Amount, not both`,
			`Venio keeps one discount per ${where.toLowerCase().startsWith('line') ? 'line' : 'document'}: remove one of the two (item ${i}).`,
		);
	}
	if (hasPercent) {
		const value = toNumber(ctx, i, `${where}: Discount Percent`, values.discountPercent);
		if (value < 0 || value > 100) {
			throw invalid(
				ctx,
				i,
				`${where}: Discount Percent must be between 0 and 100`,
				`"${value}" is not a percentage (item ${i}).`,
			);
		}
		return { discountType: true, discountValue: value };
	}
	if (hasAmount) {
		const value = toNumber(ctx, i, `${where}: Discount Amount`, values.discountAmount);
		if (value < 0) {
			throw invalid(
				ctx,
				i,
				`${where}: Discount Amount cannot be negative`,
				`Got ${value} (item ${i}).`,
			);
		}
		return { discountType: false, discountValue: value };
	}
	return {};
}

/** Reads the document discount out of an Additional Fields collection, leaving the other fields. */
export function takeDocumentDiscount(
	ctx: IExecuteFunctions,
	i: number,
	fields: IDataObject,
): IDataObject {
	const { discountPercent, discountAmount, ...rest } = fields;
	return {
		...rest,
		...readDiscount(ctx, i, 'Document discount', { discountPercent, discountAmount }),
	};
}

export interface LineItemOptions {
	/** Withholding-tax key: `whTaxValue` (quotation) or `whtTaxValue` (sales order). */
	whtKey: 'whTaxValue' | 'whtTaxValue';
	/** Whether quantities must be whole numbers (sales orders). */
	wholeQuantity: boolean;
	/** What the document is called in descriptions, e.g. "quotation". */
	documentLabel: string;
}

/** The Line Items fixedCollection: one entry per product on the document. */
export function lineItemsProperty(options: LineItemOptions): INodeProperties {
	return {
		displayName: 'Line Items',
		name: 'lineItems',
		type: 'fixedCollection',
		typeOptions: { multipleValues: true, sortable: true },
		placeholder: 'Add Line Item',
		default: {},
		required: true,
		description: `The products on the ${options.documentLabel}, one entry per line`,
		options: [
			{
				displayName: 'Line Item',
				name: 'item',
				values: [
					productLocator(),
					{
						displayName: 'Quantity',
						name: 'quantity',
						type: 'number',
						typeOptions: options.wholeQuantity
							? { minValue: 1, numberPrecision: 0 }
							: { minValue: 0, numberPrecision: 4 },
						default: 1,
						required: true,
						description: options.wholeQuantity
							? 'How many units, a whole number above zero. Venio refuses more than the stock unless your account allows it.'
							: 'How many units, a number above zero',
					},
					{
						displayName: 'Line Options',
						name: 'options',
						type: 'collection',
						placeholder: 'Add Option',
						default: {},
						description:
							'Optional values for this line; Venio uses the product record for those left out',
						options: [
							...discountOptions('this line (it may not exceed the line price)'),
							{
								displayName: 'Product Description',
								name: 'productDescription',
								type: 'string',
								typeOptions: { rows: 2 },
								default: '',
								description:
									"Text shown under the product; left out, the product's own description is used",
							},
							{
								displayName: 'Product Name',
								name: 'productName',
								type: 'string',
								default: '',
								description:
									"The name printed on the line; left out, the product's own name is used",
							},
							{
								displayName: 'Unit Name or ID',
								name: 'productUnitName',
								type: 'options',
								typeOptions: { loadOptionsMethod: 'getProductUnits' },
								default: '',
								description:
									'The unit of this line, one of the units set up in Venio (its name is what is sent); left out, the product\'s own unit is used. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
							},
							{
								displayName: 'Unit Price',
								name: 'price',
								type: 'number',
								typeOptions: { minValue: 0, numberPrecision: 2 },
								default: 0,
								description: "The price of one unit; left out, the product's own price is used",
							},
							{
								displayName: 'VAT Percent',
								name: 'vatTaxValue',
								type: 'number',
								typeOptions: { minValue: 0, numberPrecision: 2 },
								default: 7,
								description: 'The VAT rate of this line in percent, e.g. 7; left out, no VAT',
							},
							{
								displayName: 'Withholding Tax Percent',
								name: 'whtTaxValue',
								type: 'number',
								typeOptions: { minValue: 0, numberPrecision: 2 },
								default: 3,
								description:
									'The withholding-tax rate of this line in percent; it must be set up in Venio. Left out, none.',
							},
						],
					},
				],
			},
		],
	};
}

/** Reads and checks the Line Items of item `i`, in Venio's shape (`productCode`, `qty`, ...). */
export function readLineItems(
	ctx: IExecuteFunctions,
	i: number,
	options: LineItemOptions,
): IDataObject[] {
	const raw = ctx.getNodeParameter('lineItems', i, {}) as { item?: IDataObject[] };
	const lines = raw.item ?? [];
	if (lines.length === 0) {
		throw invalid(
			ctx,
			i,
			'Line Items: add at least one line',
			`A ${options.documentLabel} needs at least one product line (item ${i}).`,
		);
	}
	return lines.map((line, index) => {
		const where = `Line item ${index + 1}`;
		const productCode = locatorValue(line.product);
		if (productCode === '') {
			throw invalid(
				ctx,
				i,
				`${where}: Product is required`,
				`Pick a product or enter its code (item ${i}).`,
			);
		}
		const qty = toNumber(ctx, i, `${where}: Quantity`, line.quantity);
		if (qty <= 0 || (options.wholeQuantity && !Number.isInteger(qty))) {
			throw invalid(
				ctx,
				i,
				`${where}: Quantity must be ${options.wholeQuantity ? 'a whole number above zero' : 'above zero'}`,
				`Got ${qty} (item ${i}).`,
			);
		}
		const detail: IDataObject = { productCode, qty };
		const extra = (line.options ?? {}) as IDataObject;
		for (const key of ['productName', 'productDescription', 'productUnitName'] as const) {
			if (typeof extra[key] === 'string' && extra[key].trim() !== '') detail[key] = extra[key];
		}
		const numbers = [
			['price', 'price', 'Unit Price'],
			['vatTaxValue', 'vatTaxValue', 'VAT Percent'],
			['whtTaxValue', options.whtKey, 'Withholding Tax Percent'],
		] as const;
		for (const [from, to, label] of numbers) {
			const value = extra[from];
			if (value === undefined || value === null || value === '') continue;
			const number = toNumber(ctx, i, `${where}: ${label}`, value);
			if (number < 0) {
				throw invalid(
					ctx,
					i,
					`${where}: ${label} cannot be negative`,
					`Got ${number} (item ${i}).`,
				);
			}
			detail[to] = number;
		}
		return { ...detail, ...readDiscount(ctx, i, where, extra) };
	});
}

/** Additional Fields without blanks, with `headerTemplateId` and `contactId` as numbers. */
export function readAdditional(ctx: IExecuteFunctions, name: string, i: number): IDataObject {
	const fields = collection(ctx, name, i);
	// A header template id of 0 is Venio's "company default" (see its examples).
	if (fields.headerTemplateId !== undefined) {
		fields.headerTemplateId = digitsId(ctx, i, 'Header Template', fields.headerTemplateId, 0);
	}
	if (fields.contactId !== undefined) {
		fields.contactId = digitsId(ctx, i, 'Contact ID', fields.contactId);
	}
	return takeDocumentDiscount(ctx, i, fields);
}
