'use strict';
// Product actions and dropdowns, run through the real n8n engine against the Venio sandbox
// (Create or Update: productUpsert.test.js).
const { opTest, useVenio, byCode, fromList } = require('./support');

const env = useVenio();

const products = () => [...env.state.products.values()];
const isType = (p, type) => p.productType === type;

describe('Get Ticket', () => {
	opTest('product', 'getTicket', 'gets a ticket by id', async () => {
		const ticket = env.state.tickets.values().next().value;
		const run = await env.run({ resource: 'product', operation: 'getTicket', ticketId: String(ticket.ticketId) });
		env.expectOneRequest(run, 'GET', `/tickets/${ticket.ticketId}`);
		expect(run.items).toEqual([ticket]);
		expect(run.paired).toEqual([{ item: 0 }]);
	});

	test('rejects a ticket id that is not a whole number, sending nothing', async () => {
		await env.expectRejected({ resource: 'product', operation: 'getTicket', ticketId: '12/3' }, /Ticket ID must be a whole number above 0/);
		await env.expectRejected({ resource: 'product', operation: 'getTicket', ticketId: '={{ "" }}' }, /Ticket ID is required/);
	});
});

describe('Get', () => {
	opTest('product', 'get', 'gets a product by code, simplified by default', async () => {
		const stored = env.state.products.get('PD002');
		const run = await env.run({ resource: 'product', operation: 'get', product: byCode('PD002') });
		env.expectOneRequest(run, 'GET', '/v2/products/PD002');
		expect(run.items).toHaveLength(1);
		expect(run.items[0].productCode).toBe('PD002');
		expect(run.items[0].productName).toBe(stored.productName);
		expect(run.items[0].prices).toEqual(stored.prices);
		expect(run.items[0].dateCreated).toBeUndefined();
		expect(Object.keys(run.items[0]).length).toBeLessThanOrEqual(10);
		expect(run.paired).toEqual([{ item: 0 }]);
	});

	test('returns the whole record with Simplify off, and takes a From list value', async () => {
		const run = await env.run({ resource: 'product', operation: 'get', product: fromList('PD003'), simplify: false });
		expect(run.error).toBeUndefined();
		expect(run.items).toEqual([env.state.products.get('PD003')]);
	});

	test('keeps /, ? and # of a product code inside the path segment', async () => {
		const code = 'A/B?C#D';
		const seeded = env.state.products.get('PD004');
		env.state.products.insert({ ...seeded, productCode: code });
		const run = await env.run({ resource: 'product', operation: 'get', product: byCode(code), simplify: false });
		expect(run.error).toBeUndefined();
		expect(run.requests).toHaveLength(1);
		expect(run.requests[0].path).toBe('/v2/products/A%2FB%3FC%23D');
		expect(run.items[0].productCode).toBe(code);
	});

	test('runs per item and, with Continue On Fail, turns an unknown product into an error item', async () => {
		const run = await env.run(
			{ resource: 'product', operation: 'get', product: byCode('={{ $json.code }}') },
			{ items: [{ code: 'PD001' }, { code: 'NOPE' }, { code: 'PD005' }], continueOnFail: true },
		);
		expect(run.error).toBeUndefined();
		expect(run.items).toHaveLength(3);
		expect(run.items[0].productCode).toBe('PD001');
		expect(run.items[1].error).toMatch(/NOPE was not found/);
		expect(run.items[2].productCode).toBe('PD005');
		expect(run.paired).toEqual([{ item: 0 }, { item: 1 }, { item: 2 }]);
	});

	test('fails without a product, sending nothing', async () => {
		await env.expectRejected({ resource: 'product', operation: 'get', product: byCode('={{ "" }}') }, /Product is required/);
	});
});

describe('Get Many', () => {
	const activeProducts = () => products().filter((p) => isType(p, 1301) && p.active);

	opTest('product', 'getMany', 'returns every matching product with Return All', async () => {
		const run = await env.run({ resource: 'product', operation: 'getMany', returnAll: true, simplify: false });
		expect(run.error).toBeUndefined();
		const expected = activeProducts();
		expect(expected.length).toBeGreaterThan(0);
		expect(run.items.map((p) => p.productCode)).toEqual(expected.map((p) => p.productCode));
		const [request] = run.requests;
		expect(request.method).toBe('POST');
		expect(request.path).toBe('/v1/products/getProduct');
		env.expectAuthHeaders(request);
		expect(request.body).toEqual({ productType: 1031, status: [true], skip: 0, take: 100 });
		expect(run.paired.every((p) => p.item === 0)).toBe(true);
	});

	test('pages with skip/take until a short page when there are more products than one page', async () => {
		const base = env.state.products.get('PD002');
		for (let n = 0; n < 130; n++) {
			const productCode = `BULK${String(n).padStart(3, '0')}`;
			env.state.products.insert({ ...base, productCode, productName: `Bulk ${n}`, productDescription: `Bulk ${n}`, active: true });
		}
		// One page at a time, so the requests can be listed in order (parallel.test.js reads ahead).
		const run = await env.run({ resource: 'product', operation: 'getMany', returnAll: true, options: { parallelRequests: 1 } });
		expect(run.error).toBeUndefined();
		expect(run.items).toHaveLength(activeProducts().length);
		expect(run.requests.map((r) => [r.body.skip, r.body.take])).toEqual([
			[0, 100],
			[100, 100],
			[activeProducts().length, 100],
		]);
		expect(new Set(run.items.map((p) => p.productCode)).size).toBe(run.items.length);
	});

	test('asks only for Limit rows', async () => {
		const run = await env.run({ resource: 'product', operation: 'getMany', limit: 5 });
		expect(run.error).toBeUndefined();
		expect(run.items).toHaveLength(5);
		expect(run.requests).toHaveLength(1);
		expect(run.requests[0].body.take).toBe(5);
		expect(run.items.map((p) => p.productCode)).toEqual(activeProducts().slice(0, 5).map((p) => p.productCode));
	});

	test('sends the filters: inactive status, groups, keyword, bundle type', async () => {
		const audio = env.state.productGroups.find((g) => g.productGroupName === 'Audio');
		const run = await env.run({
			resource: 'product',
			operation: 'getMany',
			returnAll: true,
			status: ['active', 'inactive'],
			filters: { productGroupIds: [audio.productGroupId], smartSearch: 'speaker', typeFor: 1 },
		});
		expect(run.error).toBeUndefined();
		expect(run.requests[0].body).toEqual({
			productType: 1031,
			status: [true, false],
			productGroupIds: [audio.productGroupId],
			smartSearch: 'speaker',
			typeFor: 1,
			skip: 0,
			take: 100,
		});
		const expected = products().filter(
			(p) => isType(p, 1301) && p.productGroupId === audio.productGroupId && /speaker/i.test(p.productName),
		);
		expect(expected.length).toBeGreaterThan(0);
		expect(run.items.map((p) => p.productCode)).toEqual(expected.map((p) => p.productCode));

		const bundles = await env.run({ resource: 'product', operation: 'getMany', returnAll: true, productType: 1032 });
		expect(bundles.requests[0].body.productType).toBe(1032);
		expect(bundles.items.map((p) => p.productCode)).toEqual(
			products().filter((p) => isType(p, 1302) && p.active).map((p) => p.productCode),
		);
	});

	test('fails without a status, sending nothing', async () => {
		await env.expectRejected({ resource: 'product', operation: 'getMany', status: '={{ [] }}' }, /Status is required/);
	});
});

describe('Get Many by Status', () => {
	opTest('product', 'getManyByStatus', 'asks once for Limit rows with take and status, no skip', async () => {
		const run = await env.run({ resource: 'product', operation: 'getManyByStatus', limit: 3, status: ['inactive'] });
		const request = env.expectOneRequest(run, 'POST', '/v2/Products/GetProduct');
		expect(request.body).toEqual({ status: [0], take: 3 });
		const inactive = products().filter((p) => !p.active);
		expect(inactive.length).toBeGreaterThanOrEqual(3);
		expect(run.items.map((p) => p.productCode)).toEqual(inactive.slice(0, 3).map((p) => p.productCode));
		expect(run.paired).toEqual([{ item: 0 }, { item: 0 }, { item: 0 }]);
	});

	test('Return All asks once for the unpaged maximum', async () => {
		const run = await env.run({ resource: 'product', operation: 'getManyByStatus', returnAll: true });
		expect(run.error).toBeUndefined();
		expect(run.requests).toHaveLength(1);
		expect(run.requests[0].body).toEqual({ status: [1], take: 10000 });
		expect(run.items.length).toBeGreaterThan(0);
		expect(run.items.every((p) => env.state.products.get(p.productCode).active)).toBe(true);
	});
});

describe.each([
	['getManyGroups', '/v1/products/groups', 'productGroups'],
	['getManyProperties', '/v1/products/properties', 'productProperties'],
	['getManyUnits', '/v1/products/units', 'productUnits'],
])('%s', (operation, path, stateKey) => {
	test(`lists ${stateKey} with Return All and cuts to Limit`, async () => {
		const all = await env.run({ resource: 'product', operation, returnAll: true });
		env.expectOneRequest(all, 'GET', path);
		expect(all.items).toEqual(env.state[stateKey]);
		const limited = await env.run({ resource: 'product', operation, limit: 2 });
		expect(limited.items).toEqual(env.state[stateKey].slice(0, 2));
		expect(limited.paired).toEqual([{ item: 0 }, { item: 0 }]);
	});
});

opTest('product', 'getManyGroups', 'lists the product groups', async () => {
	const run = await env.run({ resource: 'product', operation: 'getManyGroups', returnAll: true });
	expect(run.requests[0].operationId).toBe('productGroupsGet');
	expect(run.items.map((g) => g.productGroupName)).toEqual(
		env.state.productGroups.map((g) => g.productGroupName),
	);
});

opTest('product', 'getManyProperties', 'lists the product properties', async () => {
	const run = await env.run({ resource: 'product', operation: 'getManyProperties', returnAll: true });
	expect(run.requests[0].operationId).toBe('productPropertiesGet');
	expect(run.items.map((g) => g.propertyName)).toEqual(env.state.productProperties.map((g) => g.propertyName));
});

opTest('product', 'getManyUnits', 'lists the product units', async () => {
	const run = await env.run({ resource: 'product', operation: 'getManyUnits', returnAll: true });
	expect(run.requests[0].operationId).toBe('productUnitsGet');
	expect(run.items.map((g) => g.productUnitName)).toEqual(env.state.productUnits.map((g) => g.productUnitName));
});

describe('Serial numbers', () => {
	const unverified = () => [...env.state.serials.values()].filter((s) => !s.isVerified);

	opTest('product', 'getSerialNumberStatus', 'gets the status of one serial number', async () => {
		const serial = unverified()[0];
		const run = await env.run({
			resource: 'product',
			operation: 'getSerialNumberStatus',
			serialNumber: serial.serialNumber,
		});
		expect(run.error).toBeUndefined();
		expect(run.requests).toHaveLength(1);
		expect(run.requests[0].method).toBe('GET');
		expect(run.requests[0].path).toBe('/v3/Products/serials/status');
		expect(run.requests[0].query).toEqual({ serialNumber: serial.serialNumber });
		env.expectAuthHeaders(run.requests[0]);
		expect(run.items).toEqual([serial]);
		expect(run.paired).toEqual([{ item: 0 }]);
	});

	opTest('product', 'verifySerialNumber', 'verifies a serial number with a PascalCase body', async () => {
		const serial = unverified()[0];
		const customer = env.state.customers.values().next().value;
		const run = await env.run({
			resource: 'product',
			operation: 'verifySerialNumber',
			serialNumber: serial.serialNumber,
			purchaseDate: '2025-08-04T10:00:00+07:00',
			customerBy: 'code',
			customer: byCode(customer.customerCode),
			additionalFields: { SaleOrderNo: 'SO2508001', Note: 'Bought at the fair', Latitude: 13.7563, Longtitude: 100.5018 },
		});
		const request = env.expectOneRequest(run, 'POST', '/v3/products/serials/verification');
		expect(request.body).toEqual({
			SerialNumber: serial.serialNumber,
			PurchaseDate: '2025-08-04',
			CustomerCode: customer.customerCode,
			SaleOrderNo: 'SO2508001',
			Note: 'Bought at the fair',
			Latitude: 13.7563,
			Longtitude: 100.5018,
		});
		const stored = env.state.serials.get(serial.serialNumber);
		expect(stored).toMatchObject({ isVerified: true, customerCode: customer.customerCode, purchaseDate: '2025-08-04' });
		expect(run.items).toEqual([stored]);
	});

	test('verifies by customer name', async () => {
		const serial = unverified()[0];
		const run = await env.run({
			resource: 'product',
			operation: 'verifySerialNumber',
			serialNumber: serial.serialNumber,
			purchaseDate: '2025-08-05',
			customerBy: 'name',
			customerName: 'John Doe',
		});
		expect(run.error).toBeUndefined();
		expect(run.requests[0].body).toEqual({
			SerialNumber: serial.serialNumber,
			PurchaseDate: '2025-08-05',
			CustomerName: 'John Doe',
		});
		expect(env.state.serials.get(serial.serialNumber).customerName).toBe('John Doe');
	});

	test('rejects an unparsable purchase date or a missing serial number, sending nothing', async () => {
		const base = { resource: 'product', operation: 'verifySerialNumber', customerBy: 'name', customerName: 'X' };
		await env.expectRejected({ ...base, serialNumber: 'SN1', purchaseDate: 'next tuesday' }, /Purchase Date is not a valid date/);
		await env.expectRejected({ ...base, serialNumber: '={{ "" }}', purchaseDate: '2025-08-05' }, /Serial Number is required/);
		await env.expectRejected(
			{ resource: 'product', operation: 'getSerialNumberStatus', serialNumber: '={{ " " }}' },
			/Serial Number is required/,
		);
	});
});

describe('Create or Update Codeguard Product', () => {
	opTest('product', 'createOrUpdateCodeguard', 'sends the JSON body as given', async () => {
		const body = { products: [{ productCode: 'CG-001', productName: 'Guarded drill', serialNumbers: ['CGSN1', 'CGSN2'] }] };
		const run = await env.run({
			resource: 'product',
			operation: 'createOrUpdateCodeguard',
			productJson: JSON.stringify(body),
		});
		env.expectOneRequest(run, 'POST', '/v3/products/codeguard');
		expect(run.requests[0].body).toEqual(body);
		expect(env.state.products.get('CG-001')).toMatchObject({ isCodeguard: true, productName: 'Guarded drill' });
		expect(env.state.serials.get('CGSN2').productCode).toBe('CG-001');
		expect(run.items).toHaveLength(1);
		expect(run.items[0].productCode).toBe('CG-001');
	});

	test('rejects invalid JSON and an empty object, sending nothing', async () => {
		const base = { resource: 'product', operation: 'createOrUpdateCodeguard' };
		await env.expectRejected({ ...base, productJson: '{"products": [' }, /Product \(JSON\) is not valid JSON/);
		await env.expectRejected({ ...base, productJson: '{}' }, /Product \(JSON\)/);
		await env.expectRejected({ ...base, productJson: '"text"' }, /Product \(JSON\)/);
	});
});

describe('Update Stock', () => {
	opTest('product', 'updateStock', 'sends a bare array with the numeric quantity and outputs the batch row', async () => {
		const before = env.state.products.get('PD002').qty;
		const run = await env.run({ resource: 'product', operation: 'updateStock', product: byCode('PD002'), qty: 20 });
		const request = env.expectOneRequest(run, 'PUT', '/v1/products/stock');
		expect(request.body).toEqual([{ productCode: 'PD002', qty: 20 }]);
		const after = env.state.products.get('PD002').qty;
		expect(after).toBe(before + 20);
		expect(run.items).toEqual([{ productCode: 'PD002', qty: after, isSuccess: true, error: null }]);
		expect(run.paired).toEqual([{ item: 0 }]);
	});

	test('reads numeric text from an expression and rejects other text, per item with Continue On Fail', async () => {
		const before = env.state.products.get('PD007').qty;
		const run = await env.run(
			{ resource: 'product', operation: 'updateStock', product: byCode('PD007'), qty: '={{ $json.qty }}' },
			{ items: [{ qty: '3' }, { qty: 'three' }, { qty: 2.5 }, { qty: -1 }], continueOnFail: true },
		);
		expect(run.error).toBeUndefined();
		expect(run.items).toHaveLength(4);
		expect(run.items[0]).toMatchObject({ productCode: 'PD007', isSuccess: true });
		expect(run.items[1].error).toMatch(/Quantity must be a number/);
		expect(run.items[2].error).toMatch(/Quantity must be a whole number/);
		expect(run.items[3]).toMatchObject({ productCode: 'PD007', isSuccess: true });
		expect(run.paired).toEqual([{ item: 0 }, { item: 1 }, { item: 2 }, { item: 3 }]);
		expect(run.requests.map((r) => r.body)).toEqual([
			[{ productCode: 'PD007', qty: 3 }],
			[{ productCode: 'PD007', qty: -1 }],
		]);
		expect(env.state.products.get('PD007').qty).toBe(before + 2);
	});

	test('fails on a non-numeric quantity without Continue On Fail, sending nothing', async () => {
		await env.expectRejected(
			{ resource: 'product', operation: 'updateStock', product: byCode('PD002'), qty: '={{ "ten" }}' },
			/Quantity must be a number/,
		);
	});
});

describe('Dropdowns', () => {
	test('searchProducts lists products by name and code, filtered and paged', async () => {
		const first = await env.dropdown('listSearch', 'searchProducts');
		expect(first.requests).toHaveLength(1);
		expect(first.requests[0].path).toBe('/v1/products/getProduct');
		expect(first.requests[0].body).toEqual({ productType: 1031, status: [true, false], skip: 0, take: 50 });
		env.expectAuthHeaders(first.requests[0]);
		const expected = products().filter((p) => isType(p, 1301));
		expect(first.result.results).toHaveLength(50);
		expect(first.result.results[0]).toEqual({
			name: `${expected[0].productName} (${expected[0].productCode})`,
			value: expected[0].productCode,
		});
		expect(first.result.paginationToken).toBe('50');
		const next = await env.dropdown('listSearch', 'searchProducts', { paginationToken: first.result.paginationToken });
		expect(next.requests[0].body.skip).toBe(50);
		expect(next.result.results[0].value).toBe(expected[50].productCode);

		const filtered = await env.dropdown('listSearch', 'searchProducts', { filter: 'headphone' });
		expect(filtered.requests[0].body.smartSearch).toBe('headphone');
		expect(filtered.result.results.map((r) => r.value)).toEqual(
			expected.filter((p) => /headphone/i.test(p.productName)).map((p) => p.productCode),
		);
		// A short page is not taken for the end (Venio may serve fewer than asked); an empty one is.
		const after = await env.dropdown('listSearch', 'searchProducts', { filter: 'headphone', paginationToken: filtered.result.paginationToken });
		expect(after.requests[0].body).toMatchObject({ smartSearch: 'headphone', skip: filtered.result.results.length });
		expect(after.result).toEqual({ results: [], paginationToken: undefined });
	});

	test('getProductGroups gives group ids by name', async () => {
		const { result, requests } = await env.dropdown('loadOptions', 'getProductGroups');
		expect(requests.map((r) => r.path)).toEqual(['/v1/products/groups']);
		const expected = env.state.productGroups
			.map((g) => ({ name: g.productGroupName, value: g.productGroupId }))
			.sort((a, b) => a.name.localeCompare(b.name));
		expect(result).toEqual(expected);
	});

	test('getProductUnits gives unit names', async () => {
		const { result, requests } = await env.dropdown('loadOptions', 'getProductUnits');
		expect(requests.map((r) => r.path)).toEqual(['/v1/products/units']);
		expect(result.map((o) => o.value).sort()).toEqual(env.state.productUnits.map((u) => u.productUnitName).sort());
		expect(result.every((o) => o.name === o.value)).toBe(true);
	});

	test('getProductProperties gives property names', async () => {
		const { result, requests } = await env.dropdown('loadOptions', 'getProductProperties');
		expect(requests.map((r) => r.path)).toEqual(['/v1/products/properties']);
		expect(result.map((o) => o.value).sort()).toEqual(
			env.state.productProperties.map((p) => p.propertyName).sort(),
		);
	});
});
