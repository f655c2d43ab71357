import type { INodeProperties } from 'n8n-workflow';

import { defineParameter, requiredText } from '../parameters/parameter';
import { invalid } from '../parameters/invalid';

/** The fields Simplify keeps: enough to identify, price and stock a product. */
export const PRODUCT_SUMMARY = [
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

/**
 * Product types of Get Products By Filter. The reference disagrees with itself: its field table
 * says Product = 1301 and Bundle = 1302, while its request example and the legacy portal page both
 * send 1031 / 1032. The example and the legacy page are two independent sources that agree, and
 * 1301 reads like a transposition of 1031 in a hand-written table, so 1031 / 1032 are sent.
 */
export const PRODUCT_TYPE = { product: 1031, bundle: 1032 } as const;

export const PRODUCT_TYPE_OPTIONS = [
	{ name: 'Bundle', value: PRODUCT_TYPE.bundle, description: 'Products sold together as one' },
	{ name: 'Product', value: PRODUCT_TYPE.product, description: 'Products sold on their own' },
];

const statusProperty: INodeProperties = {
	displayName: 'Product Status',
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

/** The statuses of products to return (Get Many, Get Many by Status), read as `active` flags. */
export const productStatus = defineParameter(statusProperty, (ctx, i, property) => {
	const chosen = ctx.getNodeParameter(property.name, i, []) as string[];
	if (!Array.isArray(chosen) || chosen.length === 0) {
		throw invalid(ctx, i, 'Status is required', `Choose Active, Inactive or both.`);
	}
	return chosen.map((status) => status === 'active');
});

/** A product's serial number, as printed on it. */
export const serialNumber = requiredText({
	displayName: 'Serial Number',
	name: 'serialNumber',
	type: 'string',
	default: '',
	required: true,
	description: 'The serial number printed on the product',
});
