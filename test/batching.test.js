'use strict';
// Writes where Venio takes a list (Options › Batch Size), through n8n-core's engine against the
// sandbox: consecutive items share one call, Venio's per-record answer comes back to each item
// (paired with its input), a refused record is that item's error, an unknown outcome is never
// re-sent, two items for one product keep their order; and a failed run of writes says which
// items Venio already carried out and which were never sent.
const { useVenio, byCode } = require('./venio/support');

const env = useVenio();
afterEach(() => {
	env.sandbox.faults.clear();
	env.sandbox.network({ latencyMs: 0, jitterMs: 0, rateLimit: 0 });
});

const stock = (options = {}) => ({
	resource: 'product',
	operation: 'updateStock',
	product: byCode('={{ $json.code }}'),
	qty: '={{ $json.qty }}',
	options,
});
const productCodes = (count, from = 0) => env.state.products.order.slice(from, from + count);
const qtyOf = (code) => env.state.products.get(code).qty;
const qtys = (codes) => codes.map(qtyOf);
const bodyCodes = (request) => request.body.map((row) => row.productCode);

/** The items of a failed run's description: "items 0 (productCode PD001), 2" -> [0, 2]. */
function listed(description, heading) {
	const match = new RegExp(`${heading} items? ([^.;]*)`).exec(description);
	if (!match) return [];
	return match[1]
		.replace(/\([^)]*\)/g, '')
		.split(/,| and /)
		.map((part) => part.trim())
		.filter(Boolean)
		.flatMap((part) => {
			const [first, last = first] = part.split('–').map(Number);
			return Array.from({ length: last - first + 1 }, (_, k) => first + k);
		});
}

describe('Product › Update Stock in batches', () => {
	test('consecutive items share calls of Batch Size, each row mapped back to its item', async () => {
		const codes = productCodes(35);
		const before = qtys(codes);
		const run = await env.run(stock({ batchSize: 15 }), {
			items: codes.map((code) => ({ code, qty: 2 })),
		});
		expect(run.error).toBeUndefined();
		expect(run.requests.map(bodyCodes)).toEqual([
			codes.slice(0, 15),
			codes.slice(15, 30),
			codes.slice(30),
		]);
		expect(qtys(codes)).toEqual(before.map((qty) => qty + 2));
		expect(run.items).toEqual(
			codes.map((productCode, i) => ({
				productCode,
				qty: before[i] + 2,
				isSuccess: true,
				error: null,
			})),
		);
		expect(run.paired).toEqual(codes.map((_, i) => ({ item: i })));
	});

	test('by default 35 items are one call; Batch Size 1 is one call per item', async () => {
		const codes = productCodes(35);
		const batched = await env.run(stock(), { items: codes.map((code) => ({ code, qty: 1 })) });
		expect(batched.requests).toHaveLength(1);
		expect(bodyCodes(batched.requests[0])).toEqual(codes);
		const single = await env.run(stock({ batchSize: 1 }), {
			items: codes.slice(0, 4).map((code) => ({ code, qty: 1 })),
		});
		expect(single.requests.map(bodyCodes)).toEqual(codes.slice(0, 4).map((code) => [code]));
		expect(single.paired).toEqual([0, 1, 2, 3].map((item) => ({ item })));
	});

	test('a partial failure becomes exactly the refused items, with Continue On Fail', async () => {
		const codes = productCodes(10, 5);
		const before = qtys(codes);
		const items = codes.map((code) => ({ code, qty: 3 }));
		items[3] = { code: 'NO-SUCH-PRODUCT', qty: 3 };
		items[6] = { code: codes[6], qty: -1_000_000 };
		const run = await env.run(stock(), { items, continueOnFail: true });
		expect(run.error).toBeUndefined();
		expect(run.requests).toHaveLength(1);
		expect(run.items[3].error).toBe('Venio: Product NO-SUCH-PRODUCT was not found.');
		expect(run.items[3].description).toMatch(/\(item 3, Product › Update Stock\)$/);
		expect(run.items[6].error).toMatch(/cannot go below 0/);
		for (const i of [0, 1, 2, 4, 5, 7, 8, 9]) {
			expect(run.items[i]).toEqual({
				productCode: codes[i],
				qty: before[i] + 3,
				isSuccess: true,
				error: null,
			});
		}
		expect(qtyOf(codes[6])).toBe(before[6]);
		expect(run.paired).toEqual(items.map((_, i) => ({ item: i })));
	});

	test('without Continue On Fail the run fails on the first refused item, listing what was carried out', async () => {
		const codes = productCodes(6, 15);
		const before = qtys(codes);
		const items = codes.map((code) => ({ code, qty: 1 }));
		items[2] = { code: 'NO-SUCH-PRODUCT', qty: 1 };
		const run = await env.run(stock(), { items });
		expect(run.requests).toHaveLength(1);
		expect(run.error.message).toBe('Venio: Product NO-SUCH-PRODUCT was not found.');
		const { description } = run.error;
		expect(description).toContain('(item 2, Product › Update Stock)');
		expect(listed(description, 'Venio already carried out')).toEqual([0, 1, 3, 4, 5]);
		expect(description).toContain(`0 (productCode ${codes[0]})`);
		expect(listed(description, 'Never sent:')).toEqual([]);
		expect(qtys(codes).filter((qty, i) => i !== 2)).toEqual(
			before.map((q) => q + 1).filter((q, i) => i !== 2),
		);
	});

	test('two items for the same product never share a call and take effect in input order', async () => {
		env.sandbox.network({ latencyMs: 1, jitterMs: 40 });
		const [code, other, third] = productCodes(3, 20);
		const start = qtyOf(code);
		const items = [
			{ code, qty: 10 },
			{ code: other, qty: 1 },
			{ code, qty: -(start + 10) },
			{ code: third, qty: 1 },
			{ code, qty: 4 },
		];
		const run = await env.run(stock(), { items });
		expect(run.error).toBeUndefined();
		expect(run.requests.map(bodyCodes)).toEqual([[code, other], [code, third], [code]]);
		expect(run.items.map((row) => row.qty)).toEqual([
			start + 10,
			expect.any(Number),
			0,
			expect.any(Number),
			4,
		]);
		expect(qtyOf(code)).toBe(4);
	});

	test('an unknown outcome fails every item of that call, which is never sent again', async () => {
		const codes = productCodes(30, 5);
		const before = qtys(codes);
		env.sandbox.faults.add({ operationId: 'productStockUpdate', kind: 'drop', after: true });
		const run = await env.run(stock({ batchSize: 10 }), {
			items: codes.map((code) => ({ code, qty: 1 })),
			continueOnFail: true,
		});
		expect(run.error).toBeUndefined();
		expect(run.requests).toHaveLength(3);
		const dropped = run.requests.find((request) => request.fault === 'drop');
		const unknown = new Set(bodyCodes(dropped));
		expect(unknown.size).toBe(10);
		// Venio carried out every call (the fault came after), each exactly once.
		expect(qtys(codes)).toEqual(before.map((qty) => qty + 1));
		codes.forEach((code, i) => {
			if (unknown.has(code)) {
				expect(run.items[i].error).toMatch(
					/^Outcome unknown: Venio may have carried out Product › Update Stock \(items \d+–\d+ in one call\)/,
				);
				expect(run.items[i].description).toContain(
					"Check in Venio whether the product's stock changed",
				);
			} else {
				expect(run.items[i]).toMatchObject({ productCode: code, isSuccess: true });
			}
		});
		expect(run.paired).toEqual(codes.map((_, i) => ({ item: i })));
	});

	test('without Continue On Fail an unknown outcome stops the run: what is unknown and what was never sent', async () => {
		const codes = productCodes(30, 5);
		env.sandbox.faults.add({ operationId: 'productStockUpdate', kind: '504', after: true });
		const run = await env.run(stock({ batchSize: 10, parallelRequests: 1 }), {
			items: codes.map((code) => ({ code, qty: 1 })),
		});
		expect(run.requests).toHaveLength(1);
		expect(run.error.message).toBe(
			'Outcome unknown: Venio may have carried out Product › Update Stock (items 0–9 in one call)',
		);
		expect(run.error.description).toContain('Venio carried out no item of this run.');
		expect(listed(run.error.description, 'Failed:')).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
		expect(listed(run.error.description, 'Never sent:')).toEqual(
			Array.from({ length: 20 }, (_, k) => k + 10),
		);
	});
});

describe('Product › Create or Update in batches', () => {
	let serial = 0;
	const newCodes = (count) =>
		Array.from({ length: count }, () => `BATCH-${process.pid}-${++serial}`);
	const upsert = (options = {}) => ({
		resource: 'product',
		operation: 'upsert',
		productCode: '={{ $json.code }}',
		productName: '={{ "Cable " + $json.code }}',
		category: 'Audio',
		prices: {
			price: [{ priceTierName: 'Retail', regularPrice: 20, salePrice: 18, useDefaultVat: true }],
		},
		productUnitName: 'Piece',
		// Every field Venio needs is set, so no product is looked up first: one call carries them all.
		additionalFields: {
			cost: 10,
			trackInventory: false,
			useWarranty: false,
			visibility: true,
			active: true,
		},
		options,
	});

	test('several products go in one call; each item gets the ticket narrowed to its own row', async () => {
		const codes = newCodes(3);
		const run = await env.run(upsert(), { items: codes.map((code) => ({ code })) });
		expect(run.error).toBeUndefined();
		expect(run.requests).toHaveLength(1);
		expect(run.requests[0].body.products.map((p) => p.productCode)).toEqual(codes);
		for (const code of codes)
			expect(env.state.products.get(code).productName).toBe(`Cable ${code}`);
		const ticketId = run.items[0].ticketId;
		expect(env.state.tickets.get(ticketId).items).toHaveLength(3);
		run.items.forEach((item, i) => {
			expect(item.ticketId).toBe(ticketId);
			expect(item.items).toEqual([
				expect.objectContaining({ productCode: codes[i], isSuccess: true }),
			]);
		});
		expect(run.paired).toEqual([{ item: 0 }, { item: 1 }, { item: 2 }]);
	});

	test('a ticket row Venio refused becomes that item error', async () => {
		const codes = newCodes(3);
		const row = (productCode) => ({ productCode, action: 'Created', isSuccess: true, error: null });
		env.sandbox.faults.add({
			operationId: 'productsCreateOrUpdate',
			kind: 'answer',
			body: {
				status: { code: '1000', description: 'Success' },
				data: {
					ticketId: 77,
					items: [
						row(codes[0]),
						{
							productCode: codes[1],
							isSuccess: false,
							error: { code: '4001', description: 'Unit Piece is not allowed.' },
						},
						row(codes[2]),
					],
				},
			},
		});
		const run = await env.run(upsert(), {
			items: codes.map((code) => ({ code })),
			continueOnFail: true,
		});
		expect(run.requests).toHaveLength(1);
		expect(run.items[1].error).toBe('Venio: Unit Piece is not allowed.');
		expect(run.items[0].items).toEqual([row(codes[0])]);
		expect(run.items[2].items).toEqual([row(codes[2])]);
		expect(run.paired).toEqual([{ item: 0 }, { item: 1 }, { item: 2 }]);
	});

	test('a call refused as a whole is sent again one product per call, to find the refused one', async () => {
		const codes = newCodes(3);
		env.sandbox.faults.add({
			operationId: 'productsCreateOrUpdate',
			kind: 'answer',
			status: 400,
			body: {
				status: { code: '4001', description: 'products[1].category is not valid.' },
				data: null,
			},
		});
		const run = await env.run(upsert(), { items: codes.map((code) => ({ code })) });
		expect(run.error).toBeUndefined();
		expect(run.requests.map((r) => r.body.products.map((p) => p.productCode))).toEqual([
			codes,
			...codes.map((code) => [code]),
		]);
		expect(run.items.map((item) => item.items[0].productCode)).toEqual(codes);
	});

	test('products looked up first (fields left empty) are looked up together, and each item gets its own row', async () => {
		// Existing products, in another order than Venio keeps them; only the name is set, so each
		// item's product is read first and what was left empty is sent back as Venio has it.
		const codes = env.state.products.order
			.filter((code) => env.state.products.get(code).productType === 1301)
			.slice(-6)
			.reverse();
		const before = codes.map((code) => ({ ...env.state.products.get(code) }));
		// Answers come back later than every lookup can be sent, and out of order.
		env.sandbox.network({ latencyMs: 100, jitterMs: 100 });
		const run = await env.run(
			{
				resource: 'product',
				operation: 'upsert',
				productCode: '={{ $json.code }}',
				productName: '={{ "Renamed " + $json.code }}',
				options: { batchSize: 4 },
			},
			{ items: codes.map((code) => ({ code })) },
		);
		expect(run.error).toBeUndefined();
		const lookups = run.requests.filter((r) => r.operationId === 'productsGetByFilter');
		const writes = run.requests.filter((r) => r.operationId === 'productsCreateOrUpdate');
		expect(lookups.map((r) => r.body.smartSearch).sort()).toEqual([...codes].sort());
		// Not one round trip per item in turn: a lookup went out before the one before it was answered.
		expect(lookups.some((later, n) => n > 0 && later.start < lookups[n - 1].end)).toBe(true);
		// Every lookup was answered before the first write went out.
		expect(Math.max(...lookups.map((r) => r.end))).toBeLessThanOrEqual(writes[0].start);
		expect(writes.map((r) => r.body.products.map((p) => p.productCode))).toEqual([
			codes.slice(0, 4),
			codes.slice(4),
		]);
		codes.forEach((code, i) => {
			expect(run.items[i].items).toEqual([
				expect.objectContaining({ productCode: code, isSuccess: true }),
			]);
			const { productName, dateModified, ...kept } = env.state.products.get(code);
			const { productName: _name, dateModified: _modified, ...was } = before[i];
			expect(productName).toBe(`Renamed ${code}`);
			expect(kept).toEqual(was);
		});
		expect(run.paired).toEqual(codes.map((_, i) => ({ item: i })));
	});

	test('a later item for the same product keeps what the earlier item changed, not what was there before', async () => {
		const code = env.state.products.order.find(
			(c) => env.state.products.get(c).productType === 1301,
		);
		const run = await env.run(
			{
				resource: 'product',
				operation: 'upsert',
				productCode: code,
				productName: '={{ $json.name }}',
				category: '={{ $json.category }}',
			},
			{ items: [{ name: `First ${code}` }, { category: 'Changed later' }] },
		);
		expect(run.error).toBeUndefined();
		const writes = run.requests.filter((r) => r.operationId === 'productsCreateOrUpdate');
		expect(writes).toHaveLength(2);
		// The second item left the name empty: it keeps the name the first item wrote.
		expect(writes[1].body.products[0].productName).toBe(`First ${code}`);
		expect(env.state.products.get(code)).toEqual(
			expect.objectContaining({ productName: `First ${code}`, category: 'Changed later' }),
		);
		expect(run.paired).toEqual([{ item: 0 }, { item: 1 }]);
	});
});

describe('a failed run of parallel writes says what it did', () => {
	test('parallel creates where one fails: the description lists the created items by code and those never sent', async () => {
		const before = env.state.customers.size;
		const items = Array.from({ length: 40 }, (_, i) => ({
			customer: { customerName: `Report ${process.pid} ${i}`, customerState: 3 },
		}));
		items[9] = {
			customer: { customerCode: 'NO-SUCH-CUSTOMER', customerName: 'Nobody', customerState: 3 },
		};
		const run = await env.run(
			{
				resource: 'customer',
				operation: 'upsert',
				inputMode: 'json',
				customerJson: '={{ JSON.stringify($json.customer) }}',
				options: { parallelRequests: 4 },
			},
			{ items },
		);
		expect(run.error.message).toBe('Venio: Customer NO-SUCH-CUSTOMER was not found.');
		const { description } = run.error;
		expect(description).toContain('(item 9, Customer › Create or Update)');
		const done = listed(description, 'Venio already carried out');
		const unsent = listed(description, 'Never sent:');
		// Every item is accounted for once: carried out, the failing one, or never sent.
		expect([...done, 9, ...unsent].sort((a, b) => a - b)).toEqual(items.map((_, i) => i));
		expect(unsent.length).toBeGreaterThan(0);
		expect(env.state.customers.size - before).toBe(done.length);
		// Each listed item names the customer Venio made for it.
		for (const i of done) {
			const code = new RegExp(`\\b${i} \\(customerCode ([^)]+)\\)`).exec(description)[1];
			expect(env.state.customers.get(code).customerName).toBe(items[i].customer.customerName);
		}
		for (const i of unsent) {
			expect(
				[...env.state.customers.values()].some(
					(c) => c.customerName === items[i].customer.customerName,
				),
			).toBe(false);
		}
	});
});
