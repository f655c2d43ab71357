import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { PRODUCT_TYPE_PRODUCT } from '../../methods/products';
import { filtersCollection, orderByFilter, productLocator } from '../fields';
import { collection, invalid, requiredDigits, requiredNumber, wholeNumber } from '../params';
import { keyInPath } from '../requests';
import type { VenioAction } from '../types';

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

export const get: VenioAction = {
	value: 'get',
	name: 'Get',
	action: 'Get a product',
	description: 'Get a product by its product code',
	endpoint: 'productGetByCode',
	...keyInPath(productLocator(), 'productCode'),
	simplify: PRODUCT_SUMMARY,
};

export const getMany: VenioAction = {
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
};

export const getManyByStatus: VenioAction = {
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
};

export const getManyGroups: VenioAction = {
	value: 'getManyGroups',
	name: 'Get Many Groups',
	action: 'Get many product groups',
	description: 'List the product groups of the account',
	endpoint: 'productGroupsGet',
	paging: 'list',
};

export const getManyProperties: VenioAction = {
	value: 'getManyProperties',
	name: 'Get Many Properties',
	action: 'Get many product properties',
	description:
		'List the product properties (variant attributes such as color or size) of the account',
	endpoint: 'productPropertiesGet',
	paging: 'list',
};

export const getManyUnits: VenioAction = {
	value: 'getManyUnits',
	name: 'Get Many Units',
	action: 'Get many product units',
	description: 'List the units products are sold in',
	endpoint: 'productUnitsGet',
	paging: 'list',
};

export const getTicket: VenioAction = {
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
};
