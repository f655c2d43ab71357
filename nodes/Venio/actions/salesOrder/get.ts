import { keyInPath } from '../parameters/keyInPath';
import { DOCUMENT_SUMMARY } from '../salesDocument/documentFields';
import type { VenioAction } from '../types';
import { salesOrderNumberLocator } from './salesOrderFields';

/** Simplify of Get (v2 shape). */
const SALES_ORDER_SUMMARY = [
	'salesOrderId',
	'salesOrderNo',
	'salesOrderSubject',
	'salesOrderStatus',
	'salesOrderDate',
	...DOCUMENT_SUMMARY,
	'totalVat',
	'grandTotal',
	'trackingNo',
] as const;

export const get: VenioAction = {
	value: 'get',
	name: 'Get',
	action: 'Get a sales order by sales order number',
	description: 'Get a sales order by its sales order number',
	endpoint: 'salesOrderGetByNo',
	...keyInPath(salesOrderNumberLocator, 'salesOrderNo'),
	simplify: SALES_ORDER_SUMMARY,
};
