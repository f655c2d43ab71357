import { productLocator } from '../parameters/locators';
import { wholeNumber } from '../parameters/numbers';
import type { VenioAction } from '../types';

export const updateStock: VenioAction = {
	value: 'updateStock',
	name: 'Update Stock',
	action: 'Update the stock of a product',
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
				'How many to add to the current stock, a whole number; a negative number takes stock away',
		},
	],
	request(i) {
		const productCode = productLocator.read(this, i);
		const qty = wholeNumber(this, i, 'Quantity', this.getNodeParameter('qty', i, undefined));
		return { body: [{ productCode, qty }], key: { productCode } };
	},
};
