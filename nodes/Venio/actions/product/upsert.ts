import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { requiredNumber, requiredString, textList, toNumber, wholeNumber } from '../params';
import type { VenioAction } from '../types';
import { upsertAdditionalFields, upsertProperties } from './upsertParameters';
import { prices, type PriceInput } from './prices';
import { variants, type VariantInput } from './variants';

function request(this: IExecuteFunctions, i: number) {
	const productCode = requiredString(this, 'productCode', i, 'Product Code');
	const useWarranty = this.getNodeParameter('useWarranty', i, false) as boolean;
	const item: IDataObject = {
		productCode,
		productName: requiredString(this, 'productName', i, 'Product Name'),
		category: requiredString(this, 'category', i, 'Category'),
		cost: requiredNumber(this, 'cost', i, 'Cost'),
		prices: prices(
			this,
			i,
			'Prices',
			(this.getNodeParameter('prices', i, {}) as { price?: PriceInput[] }).price,
			'vatValue',
		),
		productUnitName: requiredString(this, 'productUnitName', i, 'Unit'),
		trackInventory: this.getNodeParameter('trackInventory', i, false) as boolean,
		useWarranty,
		visibility: this.getNodeParameter('visibility', i, true) as boolean,
		active: this.getNodeParameter('active', i, true) as boolean,
	};
	if (useWarranty) {
		item.timeWarrantyValue = wholeNumber(
			this,
			i,
			'Warranty Period',
			this.getNodeParameter('timeWarrantyValue', i, 1),
		);
		item.timeWarrantyUnit = this.getNodeParameter('timeWarrantyUnit', i, 'y') as string;
	}
	const extra = upsertAdditionalFields.read(this, i);
	for (const [key, value] of Object.entries(extra)) {
		if (key === 'productTag' || key === 'productImage') item[key] = textList(value);
		else if (key === 'qty') item.qty = wholeNumber(this, i, 'Quantity', value);
		else if (key === 'lowStockAlert')
			item.lowStockAlert = wholeNumber(this, i, 'Low Stock Alert', value);
		else if (key === 'productWeight') item.productWeight = toNumber(this, i, 'Weight', value);
		else item[key] = typeof value === 'string' ? value.trim() : value;
	}
	const variantEntries = (
		this.getNodeParameter('productVariants', i, {}) as { variant?: VariantInput[] }
	).variant;
	if (variantEntries?.length) item.productVariant = variants(this, i, variantEntries);
	return { body: { products: [item] }, key: { productCode } };
}

export const upsert: VenioAction = {
	value: 'upsert',
	name: 'Create or Update',
	action: 'Create or update a product',
	description: 'Create a new record, or update the current one if it already exists (upsert)',
	endpoint: 'productsCreateOrUpdate',
	properties: upsertProperties,
	request,
};
