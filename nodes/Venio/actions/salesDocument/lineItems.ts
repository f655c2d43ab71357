import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { fixedRows } from '../parameters/collections';
import { productLocator } from '../parameters/locators';
import { invalid } from '../parameters/invalid';
import { toNumber } from '../parameters/numbers';
import { locatorValue } from '../parameters/text';
import { discountOptions, readDiscount } from './discount';

/**
 * The Line Items of a quotation or sales order: product, quantity, price, discount and taxes, one
 * entry per line. The two documents differ only in key spellings (`whTaxValue` on quotations,
 * `whtTaxValue` on sales orders; the lines' own key) and in whether a quantity may have decimals,
 * so those are options here.
 */

export interface LineItemOptions {
	/** Withholding-tax key: `whTaxValue` (quotation) or `whtTaxValue` (sales order). */
	whtKey: 'whTaxValue' | 'whtTaxValue';
	/** Whether quantities must be whole numbers (sales orders). */
	wholeQuantity: boolean;
	/** What the document is called in descriptions, e.g. "quotation". */
	documentLabel: string;
	/** The body key the lines are sent under. */
	detailsKey: 'quotationDetails' | 'salesOrderDetails';
	/** The key Venio's Get answers the lines under (a sales order spells it `salesorderDetails`). */
	readKey: 'quotationDetails' | 'salesorderDetails';
}

/** What a line of an update says; what Venio computes (totals, unit ids) is left to it. */
const LINE_KEYS = [
	'productCode',
	'qty',
	'price',
	'productName',
	'productDescription',
	'productUnitName',
	'discountType',
	'discountValue',
	'vatTaxValue',
] as const;

/**
 * The lines of a document as Venio's Get answers them, in the shape an update sends (so an update
 * without Line Items sends the current lines back); undefined when the document has none.
 */
export function linesOfRecord(
	record: IDataObject,
	options: LineItemOptions,
): IDataObject[] | undefined {
	const lines = record[options.readKey];
	if (!Array.isArray(lines) || lines.length === 0) return undefined;
	return (lines as IDataObject[]).map((line) => {
		const detail: IDataObject = {};
		for (const key of [...LINE_KEYS, options.whtKey]) {
			if (line[key] !== undefined && line[key] !== null) detail[key] = line[key];
		}
		return detail;
	});
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
					productLocator.property,
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
	const lines = fixedRows(lineItemsProperty(options), 'item').read(ctx, i);
	if (lines.length === 0) {
		throw invalid(
			ctx,
			i,
			'Line Items: add at least one line',
			`A ${options.documentLabel} needs at least one product line.`,
		);
	}
	return lines.map((line, index) => {
		const where = `Line item ${index + 1}`;
		const productCode = locatorValue(line.product);
		if (productCode === '') {
			throw invalid(ctx, i, `${where}: Product is required`, `Pick a product or enter its code.`);
		}
		const qty = toNumber(ctx, i, `${where}: Quantity`, line.quantity);
		if (qty <= 0 || (options.wholeQuantity && !Number.isInteger(qty))) {
			throw invalid(
				ctx,
				i,
				`${where}: Quantity must be ${options.wholeQuantity ? 'a whole number above zero' : 'above zero'}`,
				`Got ${qty}.`,
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
				throw invalid(ctx, i, `${where}: ${label} cannot be negative`, `Got ${number}.`);
			}
			detail[to] = number;
		}
		return { ...detail, ...readDiscount(ctx, i, where, extra) };
	});
}
