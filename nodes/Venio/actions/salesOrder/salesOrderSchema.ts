import { z } from 'zod';

import {
	date,
	documentShape,
	flag,
	id,
	lineShape,
	number,
	optionalNumber,
	optionalText,
	requiredText,
	status,
} from '../salesDocument/documentSchema';
import { SALES_ORDER_STATUS_OPTIONS } from './salesOrderFields';

/**
 * The body of the JSON input mode of Sales Order › Create or Update, from openapi.yaml
 * (SalesOrderUpsertRequest): it checks what Venio requires and the types it documents; fields it
 * does not know pass through unchanged, as the request accepts more fields than the reference lists.
 */

const salesOrderDetailSchema = z
	.object({
		...lineShape,
		qty: number('qty')
			.int('qty must be a whole number')
			.positive('qty must be above zero')
			.nullable()
			.optional(),
		whtTaxValue: optionalNumber('whtTaxValue'),
	})
	.passthrough();

/** Sales order lines sent under `salesorderDetails` (the GET spelling) are a likely mistake. */
export const salesOrderUpsertSchema = z
	.object({
		...documentShape,
		salesOrderNo: optionalText('salesOrderNo'),
		salesOrderSubject: requiredText('salesOrderSubject'),
		customerCode: requiredText('customerCode'),
		salesOrderDate: date('salesOrderDate'),
		salesOrderStatus: status('salesOrderStatus', SALES_ORDER_STATUS_OPTIONS).optional(),
		vatCalculation: flag('vatCalculation'),
		staffCode: optionalText('staffCode'),
		contactId: id('contactId').nullable().optional(),
		salesOrderNote: optionalText('salesOrderNote'),
		salesOrderDetails: z
			.array(salesOrderDetailSchema, {
				required_error:
					'salesOrderDetails is required (note the capital D: salesorderDetails is the spelling of the GET response)',
				invalid_type_error: 'salesOrderDetails must be a list of lines',
			})
			.min(1, 'salesOrderDetails needs at least one line'),
	})
	.passthrough();
