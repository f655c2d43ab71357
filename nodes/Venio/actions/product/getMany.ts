import { filtersCollection } from '../parameters/collections';
import { wholeNumber } from '../parameters/numbers';
import type { VenioAction } from '../types';
import {
	PRODUCT_SUMMARY,
	PRODUCT_TYPE,
	PRODUCT_TYPE_OPTIONS,
	productStatus,
} from './productFields';
import { requiredNumeric } from '../parameters/parameter';

const filters = filtersCollection([
	{
		displayName: 'Keyword',
		name: 'smartSearch',
		type: 'string',
		default: '',
		description: 'Text to find in the product name, code or barcode',
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
]);

/** A plain identifier as the default: the n8n lint rule cannot read member expressions there. */
const PRODUCTS = PRODUCT_TYPE.product;

const productType = requiredNumeric({
	displayName: 'Product Type',
	name: 'productType',
	type: 'options',
	options: PRODUCT_TYPE_OPTIONS,
	default: PRODUCTS,
	description: 'Whether to search single products or bundles',
});

export const getMany: VenioAction = {
	value: 'getMany',
	name: 'Get Many',
	action: 'Search products by keyword, type, status or group',
	description: 'Search products by type, status, group and keyword',
	endpoint: 'productsGetByFilter',
	paging: 'enquiry',
	simplify: PRODUCT_SUMMARY,
	properties: [productType.property, productStatus.property, filters.property],
	request(i) {
		const chosen = filters.read(this, i);
		if (Array.isArray(chosen.productGroupIds)) {
			if (chosen.productGroupIds.length === 0) delete chosen.productGroupIds;
			else {
				chosen.productGroupIds = chosen.productGroupIds.map((id) =>
					wholeNumber(this, i, 'Product Group', id),
				);
			}
		}
		return {
			body: {
				productType: productType.read(this, i),
				// The field table types status as int[], but the request example and the legacy page
				// send booleans ([true]); booleans are sent, as for the product type above.
				status: productStatus.read(this, i),
				...chosen,
			},
		};
	},
};
