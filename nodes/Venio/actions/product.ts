import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { z } from 'zod';

import { PRODUCT_TYPE_PRODUCT } from '../methods/products';
import {
	customerLocator,
	filtersCollection,
	optionalCollection,
	orderByFilter,
	productLocator,
} from './fields';
import {
	collection,
	invalid,
	jsonParameter,
	requiredDigits,
	requiredNumber,
	requiredString,
	textList,
	toNumber,
	toVenioDate,
	wholeNumber,
} from './params';
import { keyInPath } from './requests';
import type { VenioResource } from './types';

/**
 * Product types of Get Products By Filter. The reference disagrees with itself: its field table
 * says Product = 1301 and Bundle = 1302, while its request example and the legacy portal page both
 * send 1031 / 1032. The example and the legacy page are two independent sources that agree, and
 * 1301 reads like a transposition of 1031 in a hand-written table, so 1031 / 1032 are sent.
 */
export const PRODUCT_TYPE_OPTIONS = [
	{ name: 'Bundle', value: 1032, description: 'Sends 1032' },
	{ name: 'Product', value: PRODUCT_TYPE_PRODUCT, description: 'Sends 1031' },
];

/** The fields Simplify keeps: enough to identify, price and stock a product. */
const PRODUCT_SUMMARY = [
	'productCode',
	'productName',
	'productBarcode',
	'category',
	'cost',
	'prices',
	'productUnitName',
	'qty',
	'active',
	'visibility',
] as const;

const STATUS_FILTER: INodeProperties = {
	displayName: 'Status',
	name: 'status',
	type: 'multiOptions',
	options: [
		{ name: 'Active', value: 'active' },
		{ name: 'Inactive', value: 'inactive' },
	],
	default: ['active'],
	required: true,
	description: 'Which products to return: active ones, inactive ones, or both',
};

function statuses(ctx: IExecuteFunctions, i: number): string[] {
	const chosen = ctx.getNodeParameter('status', i, []) as string[];
	if (!Array.isArray(chosen) || chosen.length === 0) {
		throw invalid(ctx, i, 'Status is required', `Choose Active, Inactive or both (item ${i}).`);
	}
	return chosen;
}

// ---- Create or Update ---------------------------------------------------------------------------

const priceFields = (vatName: 'vatValue' | 'vat'): INodeProperties[] => [
	{
		displayName: 'Price Tier Name',
		name: 'priceTierName',
		type: 'string',
		default: '',
		placeholder: 'e.g. Retail',
		description: 'The price tier (price list) this price belongs to',
	},
	{
		displayName: 'Regular Price',
		name: 'regularPrice',
		type: 'number',
		typeOptions: { minValue: 0, numberPrecision: 2 },
		default: 0,
		description: 'The normal selling price',
	},
	{
		displayName: 'Sale Price',
		name: 'salePrice',
		type: 'number',
		typeOptions: { minValue: 0, numberPrecision: 2 },
		default: 0,
		description: 'A discounted price; 0 means the product has no sale price and it is not sent',
	},
	...(vatName === 'vatValue'
		? ([
				{
					displayName: 'Use Default VAT',
					name: 'useDefaultVat',
					type: 'boolean',
					default: true,
					description:
						"Whether to apply the account's default VAT rate instead of a rate of its own",
				},
				{
					displayName: 'VAT (%)',
					name: 'vatValue',
					type: 'number',
					typeOptions: { minValue: 0, numberPrecision: 2 },
					default: 7,
					description: 'The VAT rate of this price in percent, e.g. 7',
					displayOptions: { show: { useDefaultVat: [false] } },
				},
			] as INodeProperties[])
		: ([
				{
					displayName: 'VAT (%)',
					name: 'vat',
					type: 'number',
					typeOptions: { minValue: 0, numberPrecision: 2 },
					default: 7,
					description: 'The VAT rate of this price in percent, e.g. 7',
				},
			] as INodeProperties[])),
];

const pricesParameter = (
	name: string,
	vatName: 'vatValue' | 'vat',
	required: boolean,
): INodeProperties => ({
	displayName: 'Prices',
	name,
	type: 'fixedCollection',
	typeOptions: { multipleValues: true },
	placeholder: 'Add Price',
	default: {},
	required,
	description: 'The selling prices, one per price tier',
	options: [{ displayName: 'Price', name: 'price', values: priceFields(vatName) }],
});

type PriceInput = IDataObject & {
	priceTierName?: string;
	regularPrice?: unknown;
	salePrice?: unknown;
	useDefaultVat?: boolean;
	vatValue?: unknown;
	vat?: unknown;
};

function prices(
	ctx: IExecuteFunctions,
	i: number,
	label: string,
	entries: PriceInput[] | undefined,
	vatName: 'vatValue' | 'vat',
): IDataObject[] {
	if (!entries || entries.length === 0) {
		throw invalid(ctx, i, `${label} are required`, `Add at least one price (item ${i}).`);
	}
	return entries.map((entry, n) => {
		const at = `${label} ${n + 1}`;
		const tier = String(entry.priceTierName ?? '').trim();
		if (tier === '') {
			throw invalid(
				ctx,
				i,
				`${at}: Price Tier Name is required`,
				`Enter the price tier, e.g. Retail (item ${i}).`,
			);
		}
		const price: IDataObject = {
			priceTierName: tier,
			regularPrice: toNumber(ctx, i, `${at}: Regular Price`, entry.regularPrice ?? 0),
		};
		const sale = toNumber(ctx, i, `${at}: Sale Price`, entry.salePrice ?? 0);
		if (sale !== 0) price.salePrice = sale;
		if (vatName === 'vatValue') {
			const useDefaultVat = entry.useDefaultVat !== false;
			price.useDefaultVat = useDefaultVat;
			if (!useDefaultVat) price.vatValue = toNumber(ctx, i, `${at}: VAT`, entry.vatValue ?? 7);
		} else if (entry.vat !== undefined && entry.vat !== '') {
			price.vat = toNumber(ctx, i, `${at}: VAT`, entry.vat);
		}
		return price;
	});
}

const variantsParameter: INodeProperties = {
	displayName: 'Variants',
	name: 'productVariants',
	type: 'fixedCollection',
	typeOptions: { multipleValues: true },
	placeholder: 'Add Variant',
	default: {},
	description: 'SKUs of this product that differ by attributes such as color or size',
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
				{
					displayName: 'Cost',
					name: 'cost',
					type: 'number',
					typeOptions: { minValue: 0, numberPrecision: 2 },
					default: 0,
					description: 'What the variant costs you',
				},
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

type VariantInput = IDataObject & {
	attributes?: { attribute?: IDataObject[] };
	prices?: { price?: PriceInput[] };
};

function variants(ctx: IExecuteFunctions, i: number, entries: VariantInput[]): IDataObject[] {
	return entries.map((entry, n) => {
		const at = `Variant ${n + 1}`;
		const text = (key: string) => String(entry[key] ?? '').trim();
		for (const [key, label] of [
			['productCode', 'Product Code'],
			['productName', 'Product Name'],
		]) {
			if (text(key) === '') {
				throw invalid(
					ctx,
					i,
					`${at}: ${label} is required`,
					`Enter the ${label} of the variant (item ${i}).`,
				);
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
					`Choose the property and enter its value, e.g. Color = Black (item ${i}).`,
				);
			}
			return { attributeName, attributeValueName };
		});
		if (attributes.length === 0) {
			throw invalid(
				ctx,
				i,
				`${at}: Attributes are required`,
				`Add at least one attribute, e.g. Color = Black (item ${i}).`,
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

const upsertProperties: INodeProperties[] = [
	{
		displayName: 'Product Code',
		name: 'productCode',
		type: 'string',
		default: '',
		required: true,
		placeholder: 'e.g. P001',
		description: 'The product code: a product with this code is updated, otherwise one is created',
	},
	{
		displayName: 'Product Name',
		name: 'productName',
		type: 'string',
		default: '',
		required: true,
		description: 'The name of the product',
	},
	{
		displayName: 'Category',
		name: 'category',
		type: 'string',
		default: '',
		required: true,
		placeholder: 'e.g. Audio',
		description: 'The category name the product is filed under',
	},
	{
		displayName: 'Cost',
		name: 'cost',
		type: 'number',
		typeOptions: { minValue: 0, numberPrecision: 2 },
		default: 0,
		required: true,
		description: 'What the product costs you',
	},
	pricesParameter('prices', 'vatValue', true),
	{
		displayName: 'Unit Name or ID',
		name: 'productUnitName',
		type: 'options',
		typeOptions: { loadOptionsMethod: 'getProductUnits' },
		default: '',
		required: true,
		description:
			'The unit the product is sold in, e.g. Box. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
	},
	{
		displayName: 'Track Inventory',
		name: 'trackInventory',
		type: 'boolean',
		default: false,
		required: true,
		description: 'Whether Venio keeps a stock count for the product',
	},
	{
		displayName: 'Use Warranty',
		name: 'useWarranty',
		type: 'boolean',
		default: false,
		required: true,
		description: 'Whether the product comes with a warranty',
	},
	{
		displayName: 'Warranty Period',
		name: 'timeWarrantyValue',
		type: 'number',
		typeOptions: { minValue: 1 },
		default: 1,
		description: 'How long the warranty lasts, in the warranty unit',
		displayOptions: { show: { useWarranty: [true] } },
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
		description: 'The unit of the warranty period',
		displayOptions: { show: { useWarranty: [true] } },
	},
	{
		displayName: 'Visible',
		name: 'visibility',
		type: 'boolean',
		default: true,
		required: true,
		description: 'Whether the product is shown to your sales team',
	},
	{
		displayName: 'Active',
		name: 'active',
		type: 'boolean',
		default: true,
		required: true,
		description: 'Whether the product can be sold',
	},
	optionalCollection('additionalFields', [
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
	variantsParameter,
];

function upsertBody(this: IExecuteFunctions, i: number) {
	const productCode = requiredString(this, 'productCode', i, 'Product Code');
	const useWarranty = this.getNodeParameter('useWarranty', i, false) as boolean;
	const item: IDataObject = {
		productCode,
		productName: requiredString(this, 'productName', i, 'Product Name'),
		category: requiredString(this, 'category', i, 'Category'),
		cost: requiredNumber(this, 'cost', i, 'Cost'),
		prices: prices(
			this,
			i,
			'Prices',
			(this.getNodeParameter('prices', i, {}) as { price?: PriceInput[] }).price,
			'vatValue',
		),
		productUnitName: requiredString(this, 'productUnitName', i, 'Unit'),
		trackInventory: this.getNodeParameter('trackInventory', i, false) as boolean,
		useWarranty,
		visibility: this.getNodeParameter('visibility', i, true) as boolean,
		active: this.getNodeParameter('active', i, true) as boolean,
	};
	if (useWarranty) {
		item.timeWarrantyValue = wholeNumber(
			this,
			i,
			'Warranty Period',
			this.getNodeParameter('timeWarrantyValue', i, 1),
		);
		item.timeWarrantyUnit = this.getNodeParameter('timeWarrantyUnit', i, 'y') as string;
	}
	const extra = collection(this, 'additionalFields', i);
	for (const [key, value] of Object.entries(extra)) {
		if (key === 'productTag' || key === 'productImage') item[key] = textList(value);
		else if (key === 'qty') item.qty = wholeNumber(this, i, 'Quantity', value);
		else if (key === 'lowStockAlert')
			item.lowStockAlert = wholeNumber(this, i, 'Low Stock Alert', value);
		else if (key === 'productWeight') item.productWeight = toNumber(this, i, 'Weight', value);
		else item[key] = typeof value === 'string' ? value.trim() : value;
	}
	const variantEntries = (
		this.getNodeParameter('productVariants', i, {}) as { variant?: VariantInput[] }
	).variant;
	if (variantEntries?.length) item.productVariant = variants(this, i, variantEntries);
	return { body: { products: [item] }, key: { productCode } };
}

// ---- Codeguard -----------------------------------------------------------------------------------

const jsonObject = z.record(z.unknown()).refine((value) => Object.keys(value).length > 0, {
	message: 'Expected at least one field',
});
const codeguardBody = z.union([jsonObject, z.array(jsonObject).min(1)], {
	errorMap: () => ({ message: 'Expected a JSON object with fields, or a list of such objects' }),
});

// ---- Serial numbers ------------------------------------------------------------------------------

const serialVerifyProperties: INodeProperties[] = [
	{
		displayName: 'Serial Number',
		name: 'serialNumber',
		type: 'string',
		default: '',
		required: true,
		description: 'The serial number printed on the product',
	},
	{
		displayName: 'Purchase Date',
		name: 'purchaseDate',
		type: 'dateTime',
		default: '',
		required: true,
		description: 'The day the customer bought the product',
	},
	{
		displayName: 'Identify Customer By',
		name: 'customerBy',
		type: 'options',
		options: [
			{ name: 'Customer Code', value: 'code', description: 'A customer of your Venio account' },
			{ name: 'Customer Name', value: 'name', description: 'The name the buyer gave' },
		],
		default: 'code',
		description: 'Venio needs either the customer code or the customer name',
	},
	{ ...customerLocator(), displayOptions: { show: { customerBy: ['code'] } } },
	{
		displayName: 'Customer Name',
		name: 'customerName',
		type: 'string',
		default: '',
		required: true,
		placeholder: 'e.g. John Doe',
		description: 'The name of the buyer',
		displayOptions: { show: { customerBy: ['name'] } },
	},
	optionalCollection('additionalFields', [
		{
			displayName: 'Customer Type',
			name: 'CustomerType',
			type: 'number',
			default: 1,
			description:
				'The customer type number as Venio defines it for serial registration (its example uses 1)',
		},
		{
			displayName: 'Latitude',
			name: 'Latitude',
			type: 'number',
			typeOptions: { numberPrecision: 6, minValue: -90, maxValue: 90 },
			default: 0,
			description: 'Where the serial number was registered, e.g. 13.7563',
		},
		{
			displayName: 'Longitude',
			name: 'Longtitude',
			type: 'number',
			typeOptions: { numberPrecision: 6, minValue: -180, maxValue: 180 },
			default: 0,
			description: 'Where the serial number was registered, e.g. 100.5018',
		},
		{
			displayName: 'Note',
			name: 'Note',
			type: 'string',
			default: '',
			description: 'A note stored with the verification',
		},
		{
			displayName: 'Sales Order Number',
			name: 'SaleOrderNo',
			type: 'string',
			default: '',
			placeholder: 'e.g. SO23080001',
			description: 'The sales order the product was sold on',
		},
	]),
];

function serialVerifyBody(this: IExecuteFunctions, i: number) {
	const SerialNumber = requiredString(this, 'serialNumber', i, 'Serial Number');
	const body: IDataObject = {
		SerialNumber,
		PurchaseDate: toVenioDate(
			this,
			i,
			'Purchase Date',
			this.getNodeParameter('purchaseDate', i, ''),
			'date',
		),
	};
	if (this.getNodeParameter('customerBy', i, 'code') === 'name') {
		body.CustomerName = requiredString(this, 'customerName', i, 'Customer Name');
	} else {
		body.CustomerCode = requiredString(this, 'customer', i, 'Customer');
	}
	for (const [key, value] of Object.entries(collection(this, 'additionalFields', i))) {
		if (key === 'CustomerType') body[key] = wholeNumber(this, i, 'Customer Type', value);
		else if (key === 'Latitude') body[key] = toNumber(this, i, 'Latitude', value);
		else if (key === 'Longtitude') body[key] = toNumber(this, i, 'Longitude', value);
		else body[key] = typeof value === 'string' ? value.trim() : value;
	}
	return { body, key: { serialNumber: SerialNumber } };
}

// ---- The resource --------------------------------------------------------------------------------

export const product: VenioResource = {
	value: 'product',
	name: 'Product',
	actions: [
		{
			value: 'upsert',
			name: 'Create or Update',
			action: 'Create or update a product',
			description: 'Create a new record, or update the current one if it already exists (upsert)',
			endpoint: 'productsCreateOrUpdate',
			properties: upsertProperties,
			request: upsertBody,
		},
		{
			value: 'createOrUpdateCodeguard',
			name: 'Create or Update Codeguard Product',
			action: 'Create or update a Codeguard product',
			description:
				'Send a Codeguard (serial-number protected) product to Venio as JSON; Venio does not document its fields',
			endpoint: 'codeguardProductsCreateOrUpdate',
			properties: [
				{
					displayName: 'Product (JSON)',
					name: 'productJson',
					type: 'json',
					default: '{\n  "products": [\n    { "productCode": "", "productName": "" }\n  ]\n}',
					required: true,
					description:
						'The body Venio expects, as JSON: an object (e.g. a products list, as in Create or Update) or a list of objects. It is sent as given.',
				},
			],
			request(i) {
				const body = jsonParameter(this, 'productJson', i, 'Product (JSON)', codeguardBody);
				return { body: body as IDataObject | IDataObject[] };
			},
		},
		{
			value: 'get',
			name: 'Get',
			action: 'Get a product',
			description: 'Get a product by its product code',
			endpoint: 'productGetByCode',
			...keyInPath(productLocator(), 'productCode'),
			simplify: PRODUCT_SUMMARY,
		},
		{
			value: 'getMany',
			name: 'Get Many',
			action: 'Get many products',
			description: 'Search products by type, status, group and keyword',
			endpoint: 'productsGetByFilter',
			paging: { skipField: 'skip', sizeField: 'take' },
			simplify: PRODUCT_SUMMARY,
			properties: [
				{
					displayName: 'Product Type',
					name: 'productType',
					type: 'options',
					options: PRODUCT_TYPE_OPTIONS,
					default: PRODUCT_TYPE_PRODUCT,
					description: 'Whether to search single products or bundles',
				},
				STATUS_FILTER,
				filtersCollection([
					{
						displayName: 'Keyword',
						name: 'smartSearch',
						type: 'string',
						default: '',
						description: 'Text to find in the product name, code or barcode',
					},
					orderByFilter,
					{
						displayName: 'Product For',
						name: 'productFor',
						type: 'string',
						default: '',
						description:
							"Venio's productFor filter, sent as typed (the API reference does not say what it matches)",
					},
					{
						displayName: 'Product Group Names or IDs',
						name: 'productGroupIds',
						type: 'multiOptions',
						typeOptions: { loadOptionsMethod: 'getProductGroups' },
						default: [],
						description:
							'Only products of these groups. Choose from the list, or specify IDs using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
					},
					{
						displayName: 'Used For',
						name: 'typeFor',
						type: 'options',
						options: [
							{ name: 'For Inventory', value: 2 },
							{ name: 'For Sale', value: 1 },
						],
						default: 1,
						description: 'Only products for sale or only inventory products (leave out for all)',
					},
				]),
			],
			request(i) {
				const filters = collection(this, 'filters', i);
				if (Array.isArray(filters.productGroupIds)) {
					if (filters.productGroupIds.length === 0) delete filters.productGroupIds;
					else {
						filters.productGroupIds = filters.productGroupIds.map((id) =>
							wholeNumber(this, i, 'Product Group', id),
						);
					}
				}
				return {
					body: {
						productType: requiredNumber(this, 'productType', i, 'Product Type'),
						// The field table types status as int[], but the request example and the legacy page
						// send booleans ([true]); booleans are sent, as for the product type above.
						status: statuses(this, i).map((status) => status === 'active'),
						...filters,
					},
				};
			},
		},
		{
			value: 'getManyByStatus',
			name: 'Get Many by Status',
			action: 'Get many products by status',
			description:
				'Get the first products of a status. This endpoint cannot page: Return All asks for up to 10,000 products in one call.',
			endpoint: 'productsGetWithTakeStatus',
			paging: { sizeField: 'take' },
			simplify: PRODUCT_SUMMARY,
			properties: [STATUS_FILTER],
			request(i) {
				// Documented as int[] (0 = inactive, 1 = active), as Gofive's own sample sends it.
				return {
					body: { status: statuses(this, i).map((status) => (status === 'active' ? 1 : 0)) },
				};
			},
		},
		{
			value: 'getManyGroups',
			name: 'Get Many Groups',
			action: 'Get many product groups',
			description: 'List the product groups of the account',
			endpoint: 'productGroupsGet',
			paging: 'list',
		},
		{
			value: 'getManyProperties',
			name: 'Get Many Properties',
			action: 'Get many product properties',
			description:
				'List the product properties (variant attributes such as color or size) of the account',
			endpoint: 'productPropertiesGet',
			paging: 'list',
		},
		{
			value: 'getManyUnits',
			name: 'Get Many Units',
			action: 'Get many product units',
			description: 'List the units products are sold in',
			endpoint: 'productUnitsGet',
			paging: 'list',
		},
		{
			value: 'getSerialNumberStatus',
			name: 'Get Serial Number Status',
			action: 'Get the status of a serial number',
			description: 'Get the registration status of a product serial number',
			endpoint: 'productSerialStatusGet',
			properties: [
				{
					displayName: 'Serial Number',
					name: 'serialNumber',
					type: 'string',
					default: '',
					required: true,
					description: 'The serial number to look up',
				},
			],
			request(i) {
				const serialNumber = requiredString(this, 'serialNumber', i, 'Serial Number');
				return { qs: { serialNumber }, key: { serialNumber } };
			},
		},
		{
			value: 'getTicket',
			name: 'Get Ticket',
			action: 'Get a product ticket',
			description:
				'Get a product ticket by its ID (Gofive lists it next to Create or Update; it likely tracks a product import)',
			endpoint: 'productTicketGet',
			properties: [
				{
					displayName: 'Ticket ID',
					name: 'ticketId',
					type: 'string',
					default: '',
					required: true,
					placeholder: 'e.g. 280',
					description: 'The ID of the ticket',
				},
			],
			request(i) {
				const ticketId = requiredDigits(this, 'ticketId', i, 'Ticket ID');
				return { pathParams: { ticketId }, key: { ticketId } };
			},
		},
		{
			value: 'updateStock',
			name: 'Update Stock',
			action: 'Update the stock of a product',
			description:
				"Change a product's stock on hand (inactive products too); the output gives the resulting stock",
			endpoint: 'productStockUpdate',
			properties: [
				productLocator(),
				{
					displayName: 'Quantity',
					name: 'qty',
					type: 'number',
					default: 0,
					required: true,
					description:
						"The whole number sent as Venio's qty. Venio's documented example answers a stock of 30 after 20 was sent, so the quantity is added to the current stock; a negative number takes stock away.",
				},
			],
			request(i) {
				const productCode = requiredString(this, 'product', i, 'Product');
				const qty = wholeNumber(this, i, 'Quantity', this.getNodeParameter('qty', i, undefined));
				return { body: [{ productCode, qty }], key: { productCode } };
			},
		},
		{
			value: 'verifySerialNumber',
			name: 'Verify Serial Number',
			action: 'Verify a product serial number',
			description: 'Register and verify the serial number of a product a customer bought',
			endpoint: 'productSerialVerify',
			properties: serialVerifyProperties,
			request: serialVerifyBody,
		},
	],
};
