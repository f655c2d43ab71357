import type { IDataObject } from 'n8n-workflow';

import { resultOfRow, rowOf } from '../batching';
import { productLocator } from '../parameters/locators';
import { wholeNumber } from '../parameters/numbers';
import type { VenioAction } from '../types';

export const updateStock: VenioAction = {
	value: 'updateStock',
	name: 'Update Stock',
	action: 'Update the stock of a product by product code; returns what Venio saved',
	description:
		"Change a product's stock on hand (inactive products too); the output gives the resulting stock",
	endpoint: 'productStockUpdate',
	properties: [
		productLocator.property,
		{
			displayName: 'Quantity',
			name: 'qty',
			type: 'number',
			default: 0,
			required: true,
			description:
				"The whole number sent as Venio's qty. Venio's documented example answers a stock of 30 after 20 was sent, so the quantity is added to the current stock; a negative number takes stock away.",
		},
	],
	request(i) {
		const productCode = productLocator.read(this, i);
		const qty = wholeNumber(this, i, 'Quantity', this.getNodeParameter('qty', i, undefined));
		return { body: [{ productCode, qty }], key: { productCode } };
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
