import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { resultOfRow, rowOf } from '../batching';
import { productLocator } from '../parameters/locators';
import { requiredWholeNumber } from '../parameters/parameter';
import type { VenioAction } from '../types';

const quantity = requiredWholeNumber({
	displayName: 'Quantity',
	name: 'qty',
	type: 'number',
	default: 0,
	required: true,
	description:
		'How many to add to the current stock, a whole number; a negative number takes stock away',
});

/**
 * The stock change of one product for item i, so a batch of items can be sent in one call.
 */
export function stockItemOf(ctx: IExecuteFunctions, i: number): IDataObject {
	return { productCode: productLocator.read(ctx, i), qty: quantity.read(ctx, i) };
}

export const updateStock: VenioAction = {
	value: 'updateStock',
	name: 'Update Stock',
	action: 'Update the stock of a product by product code',
	description:
		"Change a product's stock on hand (inactive products too); the output gives the resulting stock",
	endpoint: 'productStockUpdate',
	properties: [productLocator.property, quantity.property],
	request(i) {
		const item = stockItemOf(this, i);
		return { body: [item], key: { productCode: item.productCode } };
	},
	// Venio takes a bare array and answers a row per product (its stock, or why it refused it).
	batch: {
		keys: (parts) => [String(parts.key?.productCode)],
		join: (parts) => parts.flatMap((part) => part.body as IDataObject[]),
		split(data, parts) {
			const rows = Array.isArray(data) ? data : [];
			return parts.map((part, n) =>
				resultOfRow(rowOf(rows, n, parts.length, part.key?.productCode)),
			);
		},
	},
};
