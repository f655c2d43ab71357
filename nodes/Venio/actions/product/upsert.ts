import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { enquiryBody } from '../../../shared/api/endpoints';
import { recordsOf } from '../../../shared/transport/envelope';
import { sendRequest } from '../../../shared/transport/request';
import type { VenioRun } from '../../../shared/transport/run';
import { kept, keepCurrent } from '../current';
import { invalid } from '../parameters/invalid';
import { toNumber, wholeNumber } from '../parameters/numbers';
import { textList } from '../parameters/text';
import { resultOfRow, rowOf } from '../batching';
import type { RequestParts, RowResult, VenioAction } from '../types';
import { PRODUCT_TYPE } from './productFields';
import {
	PRODUCT_KIND,
	productCode,
	productKind,
	productPrices,
	productTexts,
	productVariants,
	upsertAdditionalFields,
	upsertProperties,
} from './upsertParameters';
import { prices, type PriceInput } from './prices';
import { variants, type VariantInput } from './variants';

/**
 * What identifies and prices the product: its own code and, when given, its prices, or, for a
 * product with variants, its variants, each with code, cost and prices (Venio's multi-SKU shape).
 * `key` is the code or codes the upsert is keyed by.
 */
function skus(ctx: IExecuteFunctions, i: number): { fields: IDataObject; key: IDataObject } {
	if (productKind.read(ctx, i) === PRODUCT_KIND.variants) {
		const entries = productVariants.read(ctx, i) as VariantInput[];
		if (!entries.length) {
			throw invalid(
				ctx,
				i,
				'Variants are required for a product with variants',
				'Add at least one variant, or set Product Kind to Single Product.',
			);
		}
		const productVariant = variants(ctx, i, entries);
		return {
			fields: { productVariant },
			key: { productCodes: productVariant.map((variant) => variant.productCode) },
		};
	}
	const code = productCode.read(ctx, i);
	const price = productPrices.read(ctx, i) as PriceInput[];
	return {
		fields: {
			productCode: code,
			...(price.length && { prices: prices(ctx, i, 'Prices', price, 'vatValue') }),
		},
		key: { productCode: code },
	};
}

/** How an Additional Field is sent; a field not named here is sent as it is (text trimmed). */
const ADDITIONAL: Record<string, (ctx: IExecuteFunctions, i: number, value: unknown) => unknown> = {
	productTag: (_ctx, _i, value) => textList(value),
	productImage: (_ctx, _i, value) => textList(value),
	qty: (ctx, i, value) => wholeNumber(ctx, i, 'Quantity', value),
	lowStockAlert: (ctx, i, value) => wholeNumber(ctx, i, 'Low Stock Alert', value),
	productWeight: (ctx, i, value) => toNumber(ctx, i, 'Weight', value),
	cost: (ctx, i, value) => toNumber(ctx, i, 'Cost', value),
	timeWarrantyValue: (ctx, i, value) => wholeNumber(ctx, i, 'Warranty Period', value),
};

/** What the user set for the product: the fields left empty are not in it. */
function productInput(ctx: IExecuteFunctions, i: number): { item: IDataObject; key: IDataObject } {
	const { fields, key } = skus(ctx, i);
	const item: IDataObject = { ...fields };
	for (const text of productTexts) {
		const value = text.read(ctx, i);
		if (value !== '') item[text.property.name] = value;
	}
	for (const [name, value] of Object.entries(upsertAdditionalFields.read(ctx, i))) {
		const read = ADDITIONAL[name];
		item[name] = (
			read ? read(ctx, i, value) : typeof value === 'string' ? value.trim() : value
		) as IDataObject[string];
	}
	if (item.useWarranty !== true) {
		delete item.timeWarrantyValue;
		delete item.timeWarrantyUnit;
	}
	return { item, key };
}

/**
 * Venio refuses a product without these: for an existing product the ones left empty are sent
 * back as they are, for a new one the switches start as a new product in Venio's app does.
 */
const NEEDED = [
	kept('productName', 'Product Name'),
	kept('category', 'Category'),
	kept('productUnitName', 'Unit'),
	kept('trackInventory', 'Track Inventory'),
	kept('useWarranty', 'Use Warranty'),
	kept('visibility', 'Visible'),
	kept('active', 'Active'),
];
const NEEDED_SINGLE = [...NEEDED, kept('cost', 'Cost'), kept('prices', 'Prices')];
const NEW_PRODUCT: IDataObject = {
	trackInventory: false,
	useWarranty: false,
	visibility: true,
	active: true,
};

/** How many products one search for the code brings back. */
const SEARCH_SIZE = 100;

/**
 * The product with this code as Venio has it now, or the switches of a new one. A full page of
 * matches without the code proves nothing (the product may be further on), so rather than taking
 * it for new and resetting its switches, the user is asked to set the fields.
 */
async function currentProduct(
	ctx: IExecuteFunctions,
	run: VenioRun,
	i: number,
	productCode: string,
) {
	const answer = await sendRequest(run, 'productsGetByFilter', {
		body: enquiryBody('productsGetByFilter', {
			productType: PRODUCT_TYPE.product,
			status: [true, false],
			smartSearch: productCode,
			skip: 0,
			take: SEARCH_SIZE,
		}),
		itemIndex: i,
		label: 'Product › Create or Update',
	});
	const found = recordsOf(answer);
	const product = found.find((record) => record.productCode === productCode);
	if (product) return product;
	if (found.length >= SEARCH_SIZE) {
		throw invalid(
			ctx,
			i,
			`Product ${productCode} could not be looked up`,
			`More than ${SEARCH_SIZE} products match "${productCode}", so the node cannot tell whether it exists and what to keep. Set Product Name, Category, Unit, Cost, Prices and the four switches under Additional Fields.`,
		);
	}
	return NEW_PRODUCT;
}

/**
 * One product of the upsert body for item i: what the user set, the rest kept as the product has
 * it. A product with variants cannot be looked up by its variants' codes, so what Venio needs
 * must be set.
 */
export async function productOf(
	ctx: IExecuteFunctions,
	run: VenioRun,
	i: number,
): Promise<{ product: IDataObject; key: IDataObject }> {
	const { item, key } = productInput(ctx, i);
	const code = item.productCode;
	const read =
		typeof code === 'string' ? () => currentProduct(ctx, run, i, code) : async () => ({});
	const product = await keepCurrent(ctx, i, item, code ? NEEDED_SINGLE : NEEDED, read);
	return { product, key };
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
	action: 'Create or update a product by product code',
	description: 'Create a new product, or update the current one if it already exists (upsert)',
	endpoint: 'productsCreateOrUpdate',
	properties: upsertProperties,
	async request(i, run) {
		const { product, key } = await productOf(this, run, i);
		return { body: { products: [product] }, key };
	},
	// Venio takes a list of products, keyed by code: a call may carry many items' products.
	batch: {
		keys: codesOf,
		join: (parts) => ({
			products: parts.flatMap((part) => (part.body as { products: IDataObject[] }).products),
		}),
		split: splitAnswer,
	},
};
