'use strict';

// Products: upsert (with tickets), lookups, filters, stock, serial numbers
// and CodeGuard products.

const { ok, okBatch, notFound, notFoundMessage, businessError } = require('../envelope');
const { PRODUCT_TYPES } = require('../catalog');
const { formatVenioDate } = require('../dates');
const { nextId } = require('../store');
const { readPage, containsText, toId } = require('./common');
const { isMissing, isPlainObject, enumMessage } = require('../validate');

/**
 * The lookup entry with this name (case-insensitive), added with the next id
 * when new: the upsert names product groups (`category`) and units by name.
 */
function findOrAdd(list, idField, nameField, name) {
	const wanted = String(name).toLowerCase();
	let entry = list.find((e) => e[nameField].toLowerCase() === wanted);
	if (!entry) {
		entry = { [idField]: Math.max(0, ...list.map((e) => e[idField])) + 1, [nameField]: name };
		list.push(entry);
	}
	return entry;
}

/** Apply one ProductUpsertItem to an existing product or a new one. */
function buildProduct(state, existing, item, now) {
	const at = formatVenioDate(now);
	const product = existing
		? { ...existing }
		: {
				productCode: item.productCode,
				productBarcode: null,
				productName: null,
				productDescription: null,
				category: null,
				productGroupId: null,
				productGroupName: null,
				productType: item.productVariant && item.productVariant.length ? 1302 : 1301,
				typeFor: 1,
				cost: 0,
				prices: [],
				productUnitName: null,
				trackInventory: false,
				qty: 0,
				useWarranty: false,
				visibility: true,
				active: true,
				isCodeguard: false,
				dateCreated: at,
			};
	for (const [key, value] of Object.entries(item)) if (value !== undefined) product[key] = value;
	if (!isMissing(item.category)) {
		const group = findOrAdd(
			state.productGroups,
			'productGroupId',
			'productGroupName',
			item.category,
		);
		Object.assign(product, {
			productGroupId: group.productGroupId,
			productGroupName: group.productGroupName,
		});
	}
	if (!isMissing(item.productUnitName)) {
		findOrAdd(state.productUnits, 'productUnitId', 'productUnitName', item.productUnitName);
	}
	product.dateModified = at;
	return product;
}

/** Bulk upsert; the outcome is recorded as a ticket (GET /tickets/{id}), which is also the answer. */
/**
 * Gofive's multi-SKU rule (its sample client's ProductModels.cs): a product with variants needs no
 * code of its own, and its cost is "not required and ignored" — each variant carries its code,
 * cost and prices. So the reference's required list holds for a product without variants only
 * (checked in validateSkus), and a variant's cost is required.
 */
const OWN_SKU_FIELDS = ['productCode', 'cost', 'prices'];
const hasVariants = (item) => Array.isArray(item.productVariant) && item.productVariant.length > 0;

function multiSkuSchema(schema) {
	const products = schema.properties.products;
	const item = products.items;
	const variants = item.properties.productVariant;
	const variant = {
		...variants.items,
		required: [...variants.items.required, 'cost'],
	};
	const multiSkuItem = {
		...item,
		required: item.required.filter((name) => !OWN_SKU_FIELDS.includes(name)),
		properties: { ...item.properties, productVariant: { ...variants, items: variant } },
	};
	const properties = { ...schema.properties, products: { ...products, items: multiSkuItem } };
	return { ...schema, properties };
}

function validateSkus(body) {
	return body.products.flatMap((item, n) =>
		hasVariants(item)
			? []
			: OWN_SKU_FIELDS.filter((name) => isMissing(item[name])).map(
					(name) => `products[${n}].${name} is required.`,
				),
	);
}

/**
 * The product an upsert item is about: by its code, or for a product with variants given without
 * one, the product that already has one of its variants' codes (a repeat updates it), else a new
 * code, as Venio gives one.
 */
function productCodeOf(state, item) {
	if (!isMissing(item.productCode)) return item.productCode;
	const codes = new Set(item.productVariant.map((variant) => variant.productCode));
	const owner = [...state.products.values()].find((product) =>
		(product.productVariant ?? []).some((variant) => codes.has(variant.productCode)),
	);
	return owner ? owner.productCode : `MSKU${String(nextId(state, 'multiSkuProduct')).padStart(5, '0')}`;
}

function productsCreateOrUpdate({ state, body, now }) {
	const items = body.products.map((given) => {
		const productCode = productCodeOf(state, given);
		const item = { ...given, productCode };
		const existing = state.products.get(productCode);
		state.products.insert(buildProduct(state, existing, item, now));
		return {
			productCode,
			action: existing ? 'Updated' : 'Created',
			isSuccess: true,
			error: null,
		};
	});
	return ok(state.tickets.insert(newTicket(state, items, now)));
}

function newTicket(state, items, now) {
	const at = formatVenioDate(now);
	return {
		ticketId: nextId(state, 'ticketId'),
		ticketType: 'ProductUpsert',
		status: 'Completed',
		totalItems: items.length,
		successItems: items.filter((i) => i.isSuccess).length,
		failedItems: items.filter((i) => !i.isSuccess).length,
		items,
		dateCreated: at,
		dateCompleted: at,
	};
}

function productTicketGet({ state, params }) {
	const ticket = state.tickets.get(toId(params.ticketId));
	return ticket ? ok(ticket) : notFound('Ticket', params.ticketId);
}

function productGetByCode({ state, params }) {
	const product = state.products.get(params.productCode);
	return product ? ok(product) : notFound('Product', params.productCode);
}

/** `take` products whose active flag is in `status` (0 inactive, 1 active); no skip is documented. */
function productsGetWithTakeStatus(ctx) {
	const page = readPage({ take: ctx.body.take }, 'take', ctx);
	if (page.error) return page.error;
	const wanted = ctx.body.status.map((s) => s === 1);
	return ok(ctx.state.products.page(0, page.size, (p) => wanted.includes(p.active)));
}

/** status is typed int[] but sent as [true]: 1/true mean active, 0/false inactive. */
const activeFlag = (value) => value === true || value === 1;

function validateFilter(body) {
	const messages = [];
	if (!isMissing(body.productType) && !(body.productType in PRODUCT_TYPES)) {
		messages.push(enumMessage('productType', Object.keys(PRODUCT_TYPES)));
	}
	if (Array.isArray(body.status) && !body.status.every((s) => [true, false, 0, 1].includes(s))) {
		messages.push('status must contain true/false or 1/0.');
	}
	return messages;
}

function productsGetByFilter(ctx) {
	const { body } = ctx;
	const page = readPage(body, 'take', ctx);
	if (page.error) return page.error;
	const productType = PRODUCT_TYPES[body.productType];
	const statuses = body.status.map(activeFlag);
	const groupIds = (body.productGroupIds || []).filter((id) => id); // [0] in the example: no group filter
	const predicate = (p) =>
		p.productType === productType &&
		(statuses.length === 0 || statuses.includes(p.active)) &&
		(groupIds.length === 0 || groupIds.includes(p.productGroupId)) &&
		(isMissing(body.typeFor) || body.typeFor === 0 || p.typeFor === body.typeFor) &&
		(!body.smartSearch ||
			['productCode', 'productName', 'productBarcode', 'productDescription'].some((f) =>
				containsText(p[f], body.smartSearch),
			));
	return ok(ctx.state.products.page(page.skip, page.size, predicate));
}

/** Body is a bare array; qty is added to the stock (example: 20 sent, 30 answered). */
function productStockUpdate({ state, body, now }) {
	let failures = 0;
	const items = body.map(({ productCode, qty }) => {
		const product = state.products.get(productCode);
		let error = null;
		if (!product) error = { code: '4001', description: notFoundMessage('Product', productCode) };
		else if (product.qty + qty < 0)
			error = { code: '4001', description: `Stock of ${productCode} cannot go below 0.` };
		if (error) {
			failures += 1;
			return { productCode, qty: product ? product.qty : 0, isSuccess: false, error };
		}
		// Inactive products can be updated too (documented).
		const updated = state.products.update(productCode, {
			qty: product.qty + qty,
			dateModified: formatVenioDate(now),
		});
		return { productCode, qty: updated.qty, isSuccess: true, error: null };
	});
	return okBatch(items, failures);
}

function productSerialVerify({ state, body, now }) {
	const serial = state.serials.get(body.SerialNumber);
	if (!serial) return notFound('Serial number', body.SerialNumber);
	if (serial.isVerified)
		return businessError(`Serial number ${body.SerialNumber} has already been verified.`);
	let customer = null;
	if (!isMissing(body.CustomerCode)) {
		customer = state.customers.get(body.CustomerCode);
		if (!customer) return notFound('Customer', body.CustomerCode);
	}
	return ok(
		state.serials.update(body.SerialNumber, {
			status: 'Verified',
			isVerified: true,
			customerCode: customer ? customer.customerCode : null,
			customerName: customer ? customer.customerName : body.CustomerName,
			customerType: body.CustomerType ?? null,
			saleOrderNo: body.SaleOrderNo ?? null,
			note: body.Note ?? null,
			latitude: body.Latitude ?? null,
			longtitude: body.Longtitude ?? null,
			purchaseDate: body.PurchaseDate,
			dateVerified: formatVenioDate(now),
		}),
	);
}

function productSerialStatusGet(ctx) {
	const { state, query } = ctx;
	if (isMissing(query.serialNumber)) return ok(state.serials.page(0, ctx.options.maxPageSize));
	const serial = state.serials.get(query.serialNumber);
	return serial ? ok(serial) : notFound('Serial number', query.serialNumber);
}

function newSerial(serialNumber, product) {
	return {
		serialNumber,
		productCode: product.productCode,
		productName: product.productName,
		status: 'Unverified',
		isVerified: false,
		customerCode: null,
		customerName: null,
		saleOrderNo: null,
		purchaseDate: null,
		dateVerified: null,
	};
}

/**
 * Body undocumented. Accepted: { products: [{ productCode, productName?, serialNumbers? }] }
 * or that array bare. Upserts the products flagged isCodeguard and registers their serials.
 */
function codeguardItems(body) {
	if (Array.isArray(body)) return body;
	if (isPlainObject(body) && Array.isArray(body.products)) return body.products;
	return [];
}

function validateCodeguard(body) {
	return codeguardItems(body).flatMap((item, i) =>
		isPlainObject(item) && !isMissing(item.productCode)
			? []
			: [`products[${i}].productCode is required.`],
	);
}

function codeguardProductsCreateOrUpdate({ state, body, now }) {
	const items = codeguardItems(body);
	const errors = [];
	for (const item of items) {
		for (const serialNumber of item.serialNumbers || []) {
			const taken = state.serials.get(serialNumber);
			if (taken && taken.productCode !== item.productCode)
				errors.push(`Serial number ${serialNumber} belongs to product ${taken.productCode}.`);
		}
	}
	if (errors.length) return businessError(errors);
	const saved = items.map(({ serialNumbers, ...item }) => {
		const existing = state.products.get(item.productCode);
		const product = state.products.insert({
			...buildProduct(state, existing, { productName: item.productCode, ...item }, now),
			isCodeguard: true,
		});
		for (const serialNumber of serialNumbers || []) {
			if (!state.serials.has(serialNumber)) state.serials.insert(newSerial(serialNumber, product));
		}
		return product;
	});
	return ok(saved);
}

module.exports = {
	buildProduct,
	newTicket,
	newSerial,
	handlers: {
		productsCreateOrUpdate: {
			bodySchema: multiSkuSchema,
			validate: validateSkus,
			handle: productsCreateOrUpdate,
		},
		productTicketGet,
		productGetByCode,
		productsGetWithTakeStatus,
		productsGetByFilter: { validate: validateFilter, handle: productsGetByFilter },
		productStockUpdate,
		productSerialVerify: {
			validate: (body) =>
				isMissing(body.CustomerCode) && isMissing(body.CustomerName)
					? ['CustomerCode or CustomerName is required.']
					: [],
			handle: productSerialVerify,
		},
		productSerialStatusGet,
		codeguardProductsCreateOrUpdate: {
			validate: validateCodeguard,
			handle: codeguardProductsCreateOrUpdate,
		},
		productGroupsGet: ({ state }) => ok(state.productGroups),
		productPropertiesGet: ({ state }) => ok(state.productProperties),
		productUnitsGet: ({ state }) => ok(state.productUnits),
	},
};
