import type { VenioAction } from '../types';
import { salesOrderById } from './salesOrderFields';

/** Simplify of Get by ID, which answers the legacy sales-order object (saleOrderId, dateOrder...). */
const LEGACY_SALES_ORDER_SUMMARY = [
	'saleOrderId',
	'saleOrderNo',
	'orderType',
	'status',
	'statusName',
	'dateOrder',
	'customerId',
	'subTotal',
	'total',
	'remark',
	'isActive',
	'dateCreated',
] as const;

export const getById: VenioAction = {
	value: 'getById',
	name: 'Get by ID',
	action: 'Get a sales order by sales order ID',
	description:
		'Get a sales order by the ID Venio gives it, e.g. 281940, rather than by its sales order number',
	endpoint: 'salesOrderGetById',
	...salesOrderById,
	simplify: LEGACY_SALES_ORDER_SUMMARY,
};
