import type { VenioAction } from '../types';
import { PRODUCT_SUMMARY, productStatus } from './productFields';

export const getManyByStatus: VenioAction = {
	value: 'getManyByStatus',
	name: 'Get Many by Status',
	action: 'Get many products by status (active or inactive)',
	description:
		'Get the products of one status, active or inactive. Venio answers in one call: Return All gets up to 10,000 products.',
	endpoint: 'productsGetWithTakeStatus',
	paging: 'enquiry',
	simplify: PRODUCT_SUMMARY,
	properties: [productStatus.property],
	request(i) {
		// Documented as int[] (0 = inactive, 1 = active), as Gofive's own sample sends it.
		return { body: { status: productStatus.read(this, i).map((active) => (active ? 1 : 0)) } };
	},
};
