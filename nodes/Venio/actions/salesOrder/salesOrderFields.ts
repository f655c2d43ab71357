import type { IExecuteFunctions } from 'n8n-workflow';

import { recordLocator } from '../parameters/locators';
import { defineParameter } from '../parameters/parameter';
import { idList, toId } from '../parameters/numbers';
import type { RequestParts } from '../types';

/**
 * Sales order statuses (openapi: 1 draft, 2 open, 3 completed, 4 rejected, 5 cancelled), by name:
 * the Status option and the check of the JSON body (salesOrderSchema.ts) both read this table.
 */
export const SALES_ORDER_STATUS_OPTIONS = [
	{ name: 'Cancelled', value: 5 },
	{ name: 'Completed', value: 3 },
	{ name: 'Draft', value: 1 },
	{ name: 'Open', value: 2 },
	{ name: 'Rejected', value: 4 },
];

/**
 * The Sales Order locator by number. Venio has no sales-order enquiry (search) endpoint, so there
 * is no "From list" mode: the number comes from a webhook, a quotation conversion or a typed value.
 */
export const salesOrderNumberLocator = recordLocator({
	name: 'salesOrder',
	displayName: 'Sales Order Number',
	typedMode: 'number',
	keyLabel: 'sales order number',
	placeholder: 'e.g. SO24090001',
	description: 'The sales order number, e.g. SO24090001 (not the Sales Order ID Venio gives it)',
});

/** The Sales Order locator by id (the v1 endpoints take Venio's numeric salesOrderId). */
const salesOrderIdLocator = recordLocator({
	name: 'salesOrderId',
	displayName: 'Sales Order ID',
	typedMode: 'id',
	keyLabel: 'sales order ID, digits only',
	placeholder: 'e.g. 281940',
	digitsOnly: 'A sales order ID has digits only',
	description:
		'The number Venio gives the sales order, e.g. 281940 (not its sales order number, e.g. SO24090001)',
});

/** The parameter and request of the actions that name a sales order by its id in the path. */
export const salesOrderById = {
	properties: [salesOrderIdLocator.property],
	request(this: IExecuteFunctions, i: number): RequestParts {
		const id = toId(this, i, 'Sales Order ID', salesOrderIdLocator.read(this, i));
		return { pathParams: { id }, key: { salesOrderId: id } };
	},
};

/** The sales orders Approve and Reject act on, by their numeric ids. */
export const salesOrderIds = defineParameter(
	{
		displayName: 'Sales Order IDs',
		name: 'salesOrderIds',
		type: 'string',
		default: '',
		required: true,
		placeholder: 'e.g. 281940, 281941',
		description:
			'The Sales Order IDs (numbers such as 281940, not sales order numbers), separated by commas; an expression may also give a list',
	},
	(ctx, i, property) =>
		idList(ctx, i, property.displayName, ctx.getNodeParameter(property.name, i, '')),
);
