'use strict';
// Product › Create or Update: a single product with its own code, cost and prices, or a product
// with variants in Gofive's multi-SKU shape; run through the real n8n engine against the sandbox.
const { opTest, useVenio } = require('./support');

const env = useVenio();

const products = () => [...env.state.products.values()];

const upsertParameters = (overrides = {}) => ({
	resource: 'product',
	operation: 'upsert',
	productCode: 'NEW-001',
	productName: 'Studio Monitor',
	category: 'Audio',
	prices: {
		price: [
			{ priceTierName: 'Retail', regularPrice: 2000, salePrice: 1800, useDefaultVat: true },
			{ priceTierName: 'Dealer', regularPrice: 1600, salePrice: 0, useDefaultVat: false, vatValue: 0 },
		],
	},
	productUnitName: 'Box',
	additionalFields: {
		cost: 1200,
		trackInventory: true,
		useWarranty: true,
		timeWarrantyValue: 2,
		timeWarrantyUnit: 'y',
		visibility: true,
		active: true,
		qty: 15,
		productTag: 'studio, monitor ,',
		productBarcode: '8850001',
		brandName: 'Venio',
	},
	...overrides,
});

/** Refused after the product was looked up (a field Venio needs was left empty): nothing written. */
async function expectNotWritten(parameters, message) {
	const run = await env.run(parameters);
	expect(run.error?.message).toMatch(message);
	expect(run.requests.map((r) => r.path)).toEqual(['/v1/products/getProduct']);
}

describe('Create or Update', () => {
	opTest('product', 'upsert', 'sends one product in the products list and answers the import ticket', async () => {
		const run = await env.run(upsertParameters());
		const request = env.expectOneRequest(run, 'POST', '/v3/Products');
		expect(request.body).toEqual({
			products: [
				{
					productCode: 'NEW-001',
					productName: 'Studio Monitor',
					category: 'Audio',
					cost: 1200,
					prices: [
						{ priceTierName: 'Retail', regularPrice: 2000, salePrice: 1800, useDefaultVat: true },
						{ priceTierName: 'Dealer', regularPrice: 1600, useDefaultVat: false, vatValue: 0 },
					],
					productUnitName: 'Box',
					trackInventory: true,
					useWarranty: true,
					timeWarrantyValue: 2,
					timeWarrantyUnit: 'y',
					visibility: true,
					active: true,
					qty: 15,
					productTag: ['studio', 'monitor'],
					productBarcode: '8850001',
					brandName: 'Venio',
				},
			],
		});
		// Venio stored it, and the output is what it answered (the sandbox answers the ticket).
		const stored = env.state.products.get('NEW-001');
		expect(stored).toMatchObject({ productName: 'Studio Monitor', qty: 15, productGroupName: 'Audio' });
		expect(run.items).toHaveLength(1);
		const ticket = env.state.tickets.get(run.items[0].ticketId);
		expect(ticket).toBeDefined();
		expect(run.items[0]).toEqual(ticket);
		expect(ticket.items).toEqual([expect.objectContaining({ productCode: 'NEW-001', isSuccess: true })]);
		expect(run.paired).toEqual([{ item: 0 }]);
	});

	// Gofive's multi-SKU example (venio-openapi-csharp-sample, Products.cs): the product has no
	// code, cost or prices of its own; each variant has them, and a variant price names no VAT.
	const withVariants = (overrides = {}) => ({
		resource: 'product',
		operation: 'upsert',
		productKind: 'variants',
		productName: 'Tissue Daisy',
		category: 'Open API',
		productUnitName: 'Box',
		additionalFields: { subCategory: 'SKU', trackInventory: true, useWarranty: false, visibility: true, active: true },
		productVariants: {
			variant: [
				{
					productCode: 'LI00002',
					productName: 'TestMobilePhone',
					active: true,
					cost: 18500,
					qty: 34,
					lowStockAlert: 5,
					productImage: 'https://img.example/a.png, https://img.example/b.png',
					prices: { price: [{ priceTierName: 'Normal Price', regularPrice: 12.5, salePrice: 20000 }] },
					attributes: { attribute: [{ attributeName: 'Size', attributeValueName: '16 GB' }] },
				},
				{
					productCode: 'LI00003',
					productName: 'TestMobilePhone 32 GB',
					active: true,
					cost: 19500,
					qty: 0,
					// A rate of its own, 0 (VAT-exempt), set by turning Use Default VAT off.
					prices: { price: [{ priceTierName: 'Normal Price', regularPrice: 21000, useDefaultVat: false, vat: 0 }] },
					attributes: { attribute: [{ attributeName: 'Size', attributeValueName: '32 GB' }] },
				},
			],
		},
		...overrides,
	});

	test('a product with variants is sent in Gofive’s multi-SKU shape: code, cost and prices only on the variants', async () => {
		const run = await env.run(withVariants());
		expect(run.error).toBeUndefined();
		const request = env.expectOneRequest(run, 'POST', '/v3/Products');
		expect(request.body).toEqual({
			products: [
				{
					productName: 'Tissue Daisy',
					category: 'Open API',
					productUnitName: 'Box',
					trackInventory: true,
					useWarranty: false,
					visibility: true,
					active: true,
					subCategory: 'SKU',
					productVariant: [
						{
							productCode: 'LI00002',
							productName: 'TestMobilePhone',
							// No VAT: the user left Use Default VAT on.
							prices: [{ priceTierName: 'Normal Price', regularPrice: 12.5, salePrice: 20000 }],
							active: true,
							attribute: [{ attributeName: 'Size', attributeValueName: '16 GB' }],
							cost: 18500,
							productImage: ['https://img.example/a.png', 'https://img.example/b.png'],
							qty: 34,
							lowStockAlert: 5,
						},
						{
							productCode: 'LI00003',
							productName: 'TestMobilePhone 32 GB',
							prices: [{ priceTierName: 'Normal Price', regularPrice: 21000, vat: 0 }],
							active: true,
							attribute: [{ attributeName: 'Size', attributeValueName: '32 GB' }],
							cost: 19500,
							qty: 0,
						},
					],
				},
			],
		});
		const [stored] = products().filter((p) => p.productName === 'Tissue Daisy');
		expect(stored.productVariant.map((v) => v.productCode)).toEqual(['LI00002', 'LI00003']);
		expect(run.items[0].items).toEqual([expect.objectContaining({ productCode: stored.productCode, isSuccess: true })]);

		// Sent again (Create or Update is retried after a lost answer), it updates the same product.
		const again = await env.run(withVariants({ productName: 'Tissue Daisy v2' }));
		expect(again.error).toBeUndefined();
		expect(products().filter((p) => p.productCode === stored.productCode)).toHaveLength(1);
		expect(env.state.products.get(stored.productCode).productName).toBe('Tissue Daisy v2');
	});

	test('a variant price sends no VAT the user did not set, even from a workflow that carries the old default of 7', async () => {
		const legacy = withVariants();
		legacy.productVariants.variant[0].prices.price[0].vat = 7;
		const run = await env.run(legacy);
		expect(run.error).toBeUndefined();
		const [first] = run.requests[0].body.products[0].productVariant;
		expect(first.prices[0]).not.toHaveProperty('vat');
	});

	test('a product with variants needs no product-level code, cost or prices in the editor either', () => {
		const { Venio } = require('../../index.js');
		const { NodeHelpers } = require('n8n-workflow');
		const { description } = new Venio();
		const node = { name: 'Venio', type: 'n8n-nodes-venio.venio', typeVersion: 1, position: [0, 0] };
		const issuesOf = (parameters) => {
			const values = NodeHelpers.getNodeParameters(description.properties, parameters, true, false, node, description);
			node.parameters = values;
			const issues = NodeHelpers.getNodeParametersIssues(description.properties, node, description);
			return Object.keys(issues?.parameters ?? {});
		};
		expect(issuesOf(withVariants())).toEqual([]);
		// The same product as a single product is flagged for its missing code.
		expect(issuesOf(withVariants({ productKind: 'single' }))).toContain('productCode');
	});

	opTest(
		'product',
		'upsert',
		'keeps what was not set: an existing product with only its price changed keeps Track Inventory, Visible, Active and the rest',
		async () => {
			await env.run(upsertParameters({ productCode: 'KEEP-001', additionalFields: { cost: 10, trackInventory: true, visibility: false, active: false, useWarranty: true, timeWarrantyValue: 6, timeWarrantyUnit: 'm' } }));
			const before = { ...env.state.products.get('KEEP-001') };
			expect(before).toMatchObject({ trackInventory: true, visibility: false, active: false });
			const run = await env.run({
				resource: 'product',
				operation: 'upsert',
				productCode: 'KEEP-001',
				prices: { price: [{ priceTierName: 'Retail', regularPrice: 2500, salePrice: 2400, useDefaultVat: true }] },
			});
			expect(run.error).toBeUndefined();
			const written = run.requests.find((r) => r.path === '/v3/Products').body.products[0];
			expect(written.prices).toEqual([{ priceTierName: 'Retail', regularPrice: 2500, salePrice: 2400, useDefaultVat: true }]);
			const after = env.state.products.get('KEEP-001');
			expect(after.prices).toEqual(written.prices);
			for (const field of ['productName', 'category', 'cost', 'productUnitName', 'trackInventory', 'visibility', 'active', 'useWarranty', 'timeWarrantyValue', 'timeWarrantyUnit', 'qty', 'productBarcode']) {
				expect([field, after[field]]).toEqual([field, before[field]]);
			}
		},
	);

	test('a product the search cannot find among a full page of other matches is not taken for new: the user is asked to set the fields', async () => {
		// 100 products mention the code before the product itself, which Venio's search lists last.
		const [sample] = products();
		for (let n = 0; n < 100; n++) {
			env.state.products.insert({ ...sample, productId: 990000 + n, productCode: `OTHER-${n}`, productName: `Replaces CROWD-001 (${n})` });
		}
		env.state.products.insert({ ...sample, productId: 990100, productCode: 'CROWD-001', trackInventory: true, active: false });
		await expectNotWritten(
			{ resource: 'product', operation: 'upsert', productCode: 'CROWD-001', prices: { price: [{ priceTierName: 'Retail', regularPrice: 5 }] } },
			/Product CROWD-001 could not be looked up/,
		);
		const run = await env.run({ resource: 'product', operation: 'upsert', productCode: 'CROWD-001', prices: { price: [{ priceTierName: 'Retail', regularPrice: 5 }] } });
		expect(run.error.description).toMatch(/More than 100 products match "CROWD-001".*Set Product Name, Category, Unit, Cost, Prices and the four switches/);
		expect(env.state.products.get('CROWD-001')).toMatchObject({ trackInventory: true, active: false });
	});

	test('a new product left without its name is refused, naming the field; its switches start as a new product’s', async () => {
		await expectNotWritten(
			{ resource: 'product', operation: 'upsert', productCode: 'BRAND-NEW', category: 'Audio', productUnitName: 'Box', additionalFields: { cost: 1 }, prices: { price: [{ priceTierName: 'Retail', regularPrice: 1 }] } },
			/Product Name is required here/,
		);
		const run = await env.run({ resource: 'product', operation: 'upsert', productCode: 'BRAND-NEW', productName: 'New', category: 'Audio', productUnitName: 'Box', additionalFields: { cost: 1 }, prices: { price: [{ priceTierName: 'Retail', regularPrice: 1 }] } });
		expect(run.error).toBeUndefined();
		expect(run.requests.at(-1).body.products[0]).toMatchObject({ trackInventory: false, useWarranty: false, visibility: true, active: true });
	});

	test('rejects a missing price, a non-numeric cost and a variant without attributes before sending', async () => {
		await expectNotWritten(upsertParameters({ productCode: 'NO-PRICE', prices: {} }), /Prices is required here/);
		await env.expectRejected(upsertParameters({ additionalFields: { cost: '={{ "twelve" }}' } }), /Cost must be a number/);
		await env.expectRejected(withVariants({ productVariants: {} }), /Variants are required for a product with variants/);
		await env.expectRejected(
			upsertParameters({
				productKind: 'variants',
				productVariants: {
					variant: [
						{
							productCode: 'V1',
							productName: 'V1',
							cost: 1,
							prices: { price: [{ priceTierName: 'Retail', regularPrice: 1 }] },
						},
					],
				},
			}),
			/Variant 1: Attributes are required/,
		);
		await env.expectRejected(upsertParameters({ productCode: '  ' }), /Product Code is required/);
		expect(env.state.products.has('V1')).toBe(false);
	});
});
