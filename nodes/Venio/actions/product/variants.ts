import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { invalid } from '../parameters/invalid';
import { toNumber, wholeNumber } from '../parameters/numbers';
import { textList } from '../parameters/text';
import { costParameter, prices, pricesParameter, type PriceInput } from './prices';

/**
 * The SKUs of a product with variants (Venio's multi-SKU product). Each variant carries its own
 * code, cost and prices, as in Gofive's multi-SKU example; the product itself then has none.
 */
export const variantsParameter: INodeProperties = {
	displayName: 'Variants',
	name: 'productVariants',
	type: 'fixedCollection',
	typeOptions: { multipleValues: true },
	placeholder: 'Add Variant',
	default: {},
	required: true,
	description:
		'The SKUs of this product, each with its own code, cost and prices, differing by attributes such as color or size',
	options: [
		{
			displayName: 'Variant',
			name: 'variant',
			values: [
				{
					displayName: 'Active',
					name: 'active',
					type: 'boolean',
					default: true,
					description: 'Whether the variant can be sold',
				},
				{
					displayName: 'Attributes',
					name: 'attributes',
					type: 'fixedCollection',
					typeOptions: { multipleValues: true },
					placeholder: 'Add Attribute',
					default: {},
					description: 'What sets this variant apart, e.g. Color = Black',
					options: [
						{
							displayName: 'Attribute',
							name: 'attribute',
							values: [
								{
									displayName: 'Name or ID',
									name: 'attributeName',
									type: 'options',
									typeOptions: { loadOptionsMethod: 'getProductProperties' },
									default: '',
									description:
										'The product property, e.g. Color. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
								},
								{
									displayName: 'Value',
									name: 'attributeValueName',
									type: 'string',
									default: '',
									placeholder: 'e.g. Black',
									description: 'The value of the property for this variant',
								},
							],
						},
					],
				},
				{
					displayName: 'Barcode',
					name: 'productBarcode',
					type: 'string',
					default: '',
					description: 'The barcode of the variant',
				},
				costParameter('variant'),
				{
					displayName: 'Description',
					name: 'productDescription',
					type: 'string',
					default: '',
					description: 'A description of the variant',
				},
				{
					displayName: 'Image URLs',
					name: 'productImage',
					type: 'string',
					default: '',
					description: 'Links to images of the variant, separated by commas',
				},
				{
					displayName: 'Low Stock Alert',
					name: 'lowStockAlert',
					type: 'number',
					typeOptions: { minValue: 0 },
					default: 0,
					description:
						'Warn when stock falls to this quantity; 0 means no alert and it is not sent',
				},
				pricesParameter('prices', 'vat', true),
				{
					displayName: 'Product Code',
					name: 'productCode',
					type: 'string',
					default: '',
					placeholder: 'e.g. P001-BLK',
					description: 'The SKU code of the variant',
				},
				{
					displayName: 'Product Name',
					name: 'productName',
					type: 'string',
					default: '',
					description: 'The name of the variant',
				},
				{
					displayName: 'Quantity',
					name: 'qty',
					type: 'number',
					typeOptions: { minValue: 0 },
					default: 0,
					description: 'Stock on hand of the variant',
				},
			],
		},
	],
};

export type VariantInput = IDataObject & {
	attributes?: { attribute?: IDataObject[] };
	prices?: { price?: PriceInput[] };
};

export function variants(
	ctx: IExecuteFunctions,
	i: number,
	entries: VariantInput[],
): IDataObject[] {
	return entries.map((entry, n) => {
		const at = `Variant ${n + 1}`;
		const text = (key: string) => String(entry[key] ?? '').trim();
		for (const [key, label] of [
			['productCode', 'Product Code'],
			['productName', 'Product Name'],
		]) {
			if (text(key) === '') {
				throw invalid(ctx, i, `${at}: ${label} is required`, `Enter the ${label} of the variant.`);
			}
		}
		const attributes = (entry.attributes?.attribute ?? []).map((attribute, a) => {
			const attributeName = String(attribute.attributeName ?? '').trim();
			const attributeValueName = String(attribute.attributeValueName ?? '').trim();
			if (attributeName === '' || attributeValueName === '') {
				throw invalid(
					ctx,
					i,
					`${at}: attribute ${a + 1} needs a name and a value`,
					`Choose the property and enter its value, e.g. Color = Black.`,
				);
			}
			return { attributeName, attributeValueName };
		});
		if (attributes.length === 0) {
			throw invalid(
				ctx,
				i,
				`${at}: Attributes are required`,
				`Add at least one attribute, e.g. Color = Black.`,
			);
		}
		const variant: IDataObject = {
			productCode: text('productCode'),
			productName: text('productName'),
			prices: prices(ctx, i, `${at} prices`, entry.prices?.price, 'vat'),
			active: entry.active !== false,
			attribute: attributes,
		};
		if (text('productBarcode')) variant.productBarcode = text('productBarcode');
		if (text('productDescription')) variant.productDescription = text('productDescription');
		if (entry.cost !== undefined && entry.cost !== '')
			variant.cost = toNumber(ctx, i, `${at}: Cost`, entry.cost);
		const images = textList(entry.productImage);
		if (images.length) variant.productImage = images;
		if (entry.qty !== undefined && entry.qty !== '')
			variant.qty = wholeNumber(ctx, i, `${at}: Quantity`, entry.qty);
		const alert =
			entry.lowStockAlert === undefined || entry.lowStockAlert === ''
				? 0
				: wholeNumber(ctx, i, `${at}: Low Stock Alert`, entry.lowStockAlert);
		if (alert !== 0) variant.lowStockAlert = alert;
		return variant;
	});
}
