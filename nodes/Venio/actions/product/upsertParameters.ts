import type { INodeProperties } from 'n8n-workflow';

import { additionalFields, byDisplayName, fixedRows } from '../parameters/collections';
import { choice, defineParameter, requiredText } from '../parameters/parameter';
import { parameterValue } from '../parameters/text';
import { costParameter, pricesParameter } from './prices';
import { variantsParameter } from './variants';

/** The Additional Fields of Product › Create or Update. */
export const upsertAdditionalFields = additionalFields(
	byDisplayName([
		{
			...costParameter('product'),
			required: false,
			description: 'What the product costs you. Needed for a new single product.',
			displayOptions: { show: { '/productKind': ['single'] } },
		},
		{
			displayName: 'Track Inventory',
			name: 'trackInventory',
			type: 'boolean',
			default: false,
			description: 'Whether Venio keeps a stock count for the product',
		},
		{
			displayName: 'Use Warranty',
			name: 'useWarranty',
			type: 'boolean',
			default: false,
			description: 'Whether the product comes with a warranty',
		},
		{
			displayName: 'Warranty Period',
			name: 'timeWarrantyValue',
			type: 'number',
			typeOptions: { minValue: 1 },
			default: 1,
			description:
				'How long the warranty lasts, in the warranty unit. Sent when Use Warranty is on.',
		},
		{
			displayName: 'Warranty Unit',
			name: 'timeWarrantyUnit',
			type: 'options',
			options: [
				{ name: 'Day', value: 'd' },
				{ name: 'Month', value: 'm' },
				{ name: 'Year', value: 'y' },
			],
			default: 'y',
			description: 'The unit of the warranty period. Sent when Use Warranty is on.',
		},
		{
			displayName: 'Visible',
			name: 'visibility',
			type: 'boolean',
			default: true,
			description: 'Whether the product is shown to your sales team',
		},
		{
			displayName: 'Active',
			name: 'active',
			type: 'boolean',
			default: true,
			description: 'Whether the product can be sold',
		},

		{
			displayName: 'Barcode',
			name: 'productBarcode',
			type: 'string',
			default: '',
			description: 'The barcode of the product',
		},
		{
			displayName: 'Brand Name',
			name: 'brandName',
			type: 'string',
			default: '',
			description: 'The brand of the product',
		},
		{
			displayName: 'Description',
			name: 'productDescription',
			type: 'string',
			typeOptions: { rows: 3 },
			default: '',
			description: 'A description of the product',
		},
		{
			displayName: 'Image URLs',
			name: 'productImage',
			type: 'string',
			default: '',
			description: 'Links to images of the product, separated by commas',
		},
		{
			displayName: 'Low Stock Alert',
			name: 'lowStockAlert',
			type: 'number',
			typeOptions: { minValue: 0 },
			default: 0,
			description: 'Warn when stock falls to this quantity',
		},
		{
			displayName: 'Quantity',
			name: 'qty',
			type: 'number',
			typeOptions: { minValue: 0 },
			default: 0,
			description:
				'Stock on hand; leave this field out to keep the current stock of an existing product',
		},
		{
			displayName: 'Sub-Category',
			name: 'subCategory',
			type: 'string',
			default: '',
			description: 'The sub-category under the category',
		},
		{
			displayName: 'Sub-Sub-Category',
			name: 'sub_SubCategory',
			type: 'string',
			default: '',
			description: 'The third category level, under the sub-category',
		},
		{
			displayName: 'Tags',
			name: 'productTag',
			type: 'string',
			default: '',
			description: 'Tags of the product, separated by commas',
		},
		{
			displayName: 'Warranty Note',
			name: 'warrantyNote',
			type: 'string',
			default: '',
			description: 'Terms of the warranty (used when Use Warranty is on)',
		},
		{
			displayName: 'Weight',
			name: 'productWeight',
			type: 'number',
			typeOptions: { minValue: 0, numberPrecision: 3 },
			default: 0,
			description: 'The weight of one unit, in the weight unit',
		},
		{
			displayName: 'Weight Unit',
			name: 'productWeightUnit',
			type: 'string',
			default: '',
			placeholder: 'e.g. kg',
			description: 'The unit of the weight',
		},
	]),
);

/**
 * A single product, or one with variants (Venio's multi-SKU product): a product with variants
 * has no code, cost or prices of its own; each variant has them.
 */
export const PRODUCT_KIND = { single: 'single', variants: 'variants' } as const;

const SINGLE = { show: { productKind: [PRODUCT_KIND.single] } };

/** The parameters of Product › Create or Update. */
export const upsertProperties: INodeProperties[] = [
	{
		displayName: 'Product Kind',
		name: 'productKind',
		type: 'options',
		noDataExpression: true,
		options: [
			{
				name: 'Single Product',
				value: PRODUCT_KIND.single,
				description: 'One product with its own code, cost and prices',
			},
			{
				name: 'Product with Variants',
				value: PRODUCT_KIND.variants,
				description:
					'Several SKUs (e.g. by color or size), each with its own code, cost and prices. Such a product is not looked up, so set Track Inventory, Use Warranty, Visible and Active under Additional Fields every time.',
			},
		],
		default: 'single',
		description: 'Whether the product is sold as it is or as variants',
	},
	{
		displayName: 'Product Code',
		name: 'productCode',
		type: 'string',
		default: '',
		required: true,
		placeholder: 'e.g. P001',
		description: 'The product code: a product with this code is updated, otherwise one is created',
		displayOptions: SINGLE,
	},
	{
		displayName: 'Product Name',
		name: 'productName',
		type: 'string',
		default: '',
		description:
			'The name of the product. Needed for a new product; leave empty to keep the current name.',
	},
	{
		displayName: 'Category',
		name: 'category',
		type: 'string',
		default: '',
		placeholder: 'e.g. Audio',
		description:
			'The category the product is filed under. Needed for a new product; leave empty to keep the current category.',
	},
	{
		...pricesParameter('prices', 'vatValue', false),
		description:
			'The selling prices, one per price tier. Needed for a new product; leave empty to keep the current prices.',
		displayOptions: SINGLE,
	},
	{ ...variantsParameter, displayOptions: { show: { productKind: [PRODUCT_KIND.variants] } } },
	{
		displayName: 'Unit Name or ID',
		name: 'productUnitName',
		type: 'options',
		typeOptions: { loadOptionsMethod: 'getProductUnits' },
		default: '',
		description:
			'The unit the product is sold in, e.g. Box. Needed for a new product; leave empty to keep the current unit. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
	},
	upsertAdditionalFields.property,
];

const named = (name: string) =>
	upsertProperties.find((property) => property.name === name) as INodeProperties;

export const productKind = choice<string>(named('productKind'));
export const productCode = requiredText(named('productCode'));
export const productPrices = fixedRows(named('prices'), 'price');
export const productVariants = fixedRows(named('productVariants'), 'variant');
/** Name, category and unit: optional here (kept when left empty), read trimmed. */
export const productTexts = ['productName', 'category', 'productUnitName'].map((name) =>
	defineParameter(named(name), (ctx, i, p) => String(parameterValue(ctx, p.name, i) ?? '').trim()),
);
