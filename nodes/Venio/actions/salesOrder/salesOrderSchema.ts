import { z } from 'zod';

import * as check from '../salesDocument/documentSchema';
import { SALES_ORDER_STATUS_OPTIONS } from './salesOrderFields';

/**
 * The body of the JSON input mode of Sales Order › Create or Update, from openapi.yaml
 * (SalesOrderUpsertRequest): it checks what Venio requires and the types it documents; fields it
 * does not know pass through unchanged, as the request accepts more fields than the reference lists.
 */

const salesOrderDetailSchema = z
	.object({
		...check.lineShape,
		qty: check
			.number('qty')
			.int('qty must be a whole number')
			.positive('qty must be above zero')
			.nullable()
			.optional(),
		whtTaxValue: check.optionalNumber('whtTaxValue'),
	})
	.passthrough();

/** Sales order lines sent under `salesorderDetails` (the GET spelling) are a likely mistake. */
export const salesOrderUpsertSchema = z
	.object({
		...check.documentShape,
		salesOrderNo: check.optionalText('salesOrderNo'),
		salesOrderSubject: check.requiredText('salesOrderSubject'),
		customerCode: check.requiredText('customerCode'),
		salesOrderDate: check.date('salesOrderDate'),
		salesOrderStatus: check.status('salesOrderStatus', SALES_ORDER_STATUS_OPTIONS).optional(),
		vatCalculation: check.flag('vatCalculation'),
		staffCode: check.optionalText('staffCode'),
		contactId: check.id('contactId').nullable().optional(),
		salesOrderNote: check.optionalText('salesOrderNote'),
		salesOrderDetails: z
			.array(salesOrderDetailSchema, {
				required_error:
					'salesOrderDetails is required (note the capital D: salesorderDetails is the spelling of the GET response)',
				invalid_type_error: 'salesOrderDetails must be a list of lines',
			})
			.min(1, 'salesOrderDetails needs at least one line'),
	})
	.passthrough();
