import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { invalid } from '../parameters/invalid';
import { requiredNumber, toNumber, wholeNumber } from '../parameters/numbers';
import { requiredString, textList } from '../parameters/text';
import { resultOfRow, rowOf } from '../batching';
import type { RequestParts, RowResult, VenioAction } from '../types';
import { PRODUCT_KIND, upsertAdditionalFields, upsertProperties } from './upsertParameters';
import { prices, type PriceInput } from './prices';
import { variants, type VariantInput } from './variants';

/**
 * What identifies and prices the product: its own code, cost and prices, or, for a product with
 * variants, its variants, each with those three (Gofive's multi-SKU shape). `key` is the code or
 * codes the upsert is keyed by.
 */
function skus(ctx: IExecuteFunctions, i: number): { fields: IDataObject; key: IDataObject } {
	if (ctx.getNodeParameter('productKind', i, PRODUCT_KIND.single) === PRODUCT_KIND.variants) {
		const entries = (ctx.getNodeParameter('productVariants', i, {}) as { variant?: VariantInput[] })
			.variant;
		if (!entries?.length) {
			throw invalid(
				ctx,
				i,
				'Variants are required for a product with variants',
				`Add at least one variant, or set Product Type to Single Product (item ${i}).`,
			);
		}
		const productVariant = variants(ctx, i, entries);
		return {
			fields: { productVariant },
			key: { productCodes: productVariant.map((variant) => variant.productCode) },
		};
	}
	const productCode = requiredString(ctx, 'productCode', i, 'Product Code');
	const price = (ctx.getNodeParameter('prices', i, {}) as { price?: PriceInput[] }).price;
	return {
		fields: {
			productCode,
			cost: requiredNumber(ctx, 'cost', i, 'Cost'),
			prices: prices(ctx, i, 'Prices', price, 'vatValue'),
		},
		key: { productCode },
	};
}

function request(this: IExecuteFunctions, i: number) {
	const { fields, key } = skus(this, i);
	const useWarranty = this.getNodeParameter('useWarranty', i, false) as boolean;
	const item: IDataObject = {
		productName: requiredString(this, 'productName', i, 'Product Name'),
		category: requiredString(this, 'category', i, 'Category'),
		...fields,
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
	return { body: { products: [item] }, key };
}

/** The codes an item's product is keyed by: its own, or its variants'. */
function codesOf(parts: RequestParts): string[] {
	const { productCode, productCodes } = parts.key ?? {};
	return productCode !== undefined ? [String(productCode)] : (productCodes as string[]);
}

/**
 * Venio's answer to several products in one call. The reference does not document it; when it is an
 * import ticket listing one row per product (as Get a Product Ticket shows), each item gets the
 * ticket narrowed to its own row, a refused row becoming its error; any other answer is the call's,
 * so every item gets it whole.
 */
function splitAnswer(data: unknown, parts: RequestParts[]): RowResult[] {
	const ticket = typeof data === 'object' && data !== null ? (data as IDataObject) : undefined;
	const rows = Array.isArray(ticket?.items) ? (ticket.items as unknown[]) : undefined;
	return parts.map((part, n) => {
		if (!ticket) return { json: { success: true, ...part.key } };
		if (!rows) return { json: ticket };
		const row = rowOf(rows, n, parts.length, part.key?.productCode);
		return resultOfRow(row, row && { ...ticket, items: [row] });
	});
}

export const upsert: VenioAction = {
	value: 'upsert',
	name: 'Create or Update',
	action: 'Create or update a product by product code; returns the product as saved',
	description: 'Create a new record, or update the current one if it already exists (upsert)',
	endpoint: 'productsCreateOrUpdate',
	properties: upsertProperties,
	request,
	// Venio takes a list of products, keyed by code: a call may carry many items' products.
	batch: {
		keys: codesOf,
		join: (parts) => ({
			products: parts.flatMap((part) => (part.body as { products: IDataObject[] }).products),
		}),
		split: splitAnswer,
	},
};
