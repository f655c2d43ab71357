import type { VenioAction } from '../types';
import { PRODUCT_SUMMARY, productStatus } from './productFields';

export const getManyByStatus: VenioAction = {
	value: 'getManyByStatus',
	name: 'Get Many by Status',
	action: "Get many products by status (active or inactive), up to Limit; returns each product's code, name and status",
	description:
		'Get the first products of a status. This endpoint cannot page: Return All asks for up to 10,000 products in one call.',
	endpoint: 'productsGetWithTakeStatus',
	paging: 'enquiry',
	simplify: PRODUCT_SUMMARY,
	properties: [productStatus.property],
	request(i) {
		// Documented as int[] (0 = inactive, 1 = active), as Gofive's own sample sends it.
		return { body: { status: productStatus.read(this, i).map((active) => (active ? 1 : 0)) } };
	},
};
