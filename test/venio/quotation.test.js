'use strict';
// Quotation actions and the quotation search, run through the real n8n engine against the sandbox.
const { opTest, useVenio, byCode, fromList, byNumber } = require('./support');
const { QUOTATION_STATUSES } = require('../sandbox/catalog');

// More quotations than one search page (50) and than one Get Many page (100).
const env = useVenio({ seed: { quotations: 230 } });

const quotations = () => [...env.state.quotations.values()];
const someCustomer = () => env.state.customers.order[3];

const upsertParameters = (overrides = {}) => ({
	resource: 'quotation',
	operation: 'upsert',
	inputMode: 'fields',
	upsertMode: 'create',
	quotationSubject: 'Headphones for ACME',
	customer: byCode(someCustomer()),
	staffCode: fromList(env.activeEmployees()[0].staffCode),
	quotationDate: '2025-07-01T09:30:00+07:00',
	quotationValidUntil: '2025-07-31T00:00:00.000Z',
	quotationStatus: 2,
	vatMode: 'exclude',
	lineItems: {
		item: [
			{
				product: byCode(env.productCode(1)),
				quantity: 2,
				options: { price: 800, discountPercent: 10, vatTaxValue: 7 },
			},
			{
				product: fromList(env.productCode(3)),
				quantity: 1.5,
				options: { discountAmount: 20, whtTaxValue: 3, productUnitName: 'Box', productName: 'Cable' },
			},
		],
	},
	additionalFields: { headerTemplateId: 1, discountAmount: 50, discountName: 'Loyalty', remark: 'via n8n' },
	...overrides,
});

describe('Create or Update', () => {
	opTest('quotation', 'upsert', 'creates a quotation from fields in the documented body', async () => {
		const before = env.state.quotations.size;
		const run = await env.run(upsertParameters());
		const request = env.expectOneRequest(run, 'POST', '/v2/quotation');
		expect(request.body).toEqual({
			quotationSubject: 'Headphones for ACME',
			quotationDate: '2025-07-01T09:30:00+0700',
			quotationValidUntil: '2025-07-31T00:00:00+0000',
			quotationStatus: 2,
			customerCode: someCustomer(),
			staffCode: env.activeEmployees()[0].staffCode,
			vatCalculation: true,
			quotationDetails: [
				{ productCode: env.productCode(1), qty: 2, price: 800, vatTaxValue: 7, discountType: true, discountValue: 10 },
				{
					productCode: env.productCode(3),
					qty: 1.5,
					productName: 'Cable',
					productUnitName: 'Box',
					whTaxValue: 3,
					discountType: false,
					discountValue: 20,
				},
			],
			headerTemplateId: 1,
			discountName: 'Loyalty',
			remark: 'via n8n',
			discountType: false,
			discountValue: 50,
		});

		expect(env.state.quotations.size).toBe(before + 1);
		const stored = env.state.quotations.last();
		expect(run.items).toHaveLength(1);
		expect(run.items[0].quotationNo).toBe(stored.quotationNo);
		expect(run.items[0].quotationSubject).toBe('Headphones for ACME');
		// The sandbox priced it: 800 x 2 - 10 % = 1440 on the first line.
		expect(stored.quotationDetails[0].totalPrice).toBe(1440);
		expect(run.items[0].subTotal).toBe(stored.subTotal);
		expect(run.paired).toEqual([{ item: 0 }]);
	});

	test('updates the quotation picked under "Quotation to Update"', async () => {
		const target = quotations().find((q) => q.quotationStatus === 1);
		const run = await env.run(
			upsertParameters({
				upsertMode: 'update',
				quotation: fromList(target.quotationNo),
				customer: byCode(target.customerCode),
				quotationSubject: 'Revised offer',
				vatMode: 'include',
				additionalFields: { referenceNo: 'REF-42' },
			}),
		);
		expect(run.error).toBeUndefined();
		expect(run.requests[0].body.quotationNo).toBe(target.quotationNo);
		expect(run.requests[0].body.vatCalculation).toBe(false);
		const stored = env.state.quotations.get(target.quotationNo);
		expect(stored.quotationSubject).toBe('Revised offer');
		expect(stored.referenceNo).toBe('REF-42');
		expect(run.items[0].quotationNo).toBe(target.quotationNo);
	});

	test('sends a JSON body as given once it passes the schema', async () => {
		const body = {
			quotationSubject: 'From JSON',
			quotationDate: '2024-02-01T00:00:00+0700',
			quotationValidUntil: '2024-03-01T00:00:00+0700',
			quotationStatus: 1,
			customerCode: someCustomer(),
			staffCode: env.activeEmployees()[0].staffCode,
			vatCalculation: true,
			quotationDetails: [{ productCode: env.productCode(0), qty: 2, price: 800, whTaxValue: 0 }],
			paymentTerm: '30 days',
		};
		const run = await env.run({
			resource: 'quotation',
			operation: 'upsert',
			inputMode: 'json',
			quotationJson: JSON.stringify(body),
		});
		expect(run.error).toBeUndefined();
		expect(run.requests[0].body).toEqual(body);
		expect(env.state.quotations.get(run.items[0].quotationNo).paymentTerm).toBe('30 days');
	});

	test('JSON that breaks the schema names the wrong field and sends nothing', async () => {
		const body = {
			quotationSubject: 'x',
			quotationDate: '2024-02-01',
			quotationValidUntil: '2024-03-01',
			quotationStatus: 1,
			customerCode: 'C000001',
			staffCode: '00004',
			vatCalculation: true,
			quotationDetails: [{ productCode: 'PD001', qty: 'two' }],
		};
		const run = await env.expectRejected(
			{ resource: 'quotation', operation: 'upsert', inputMode: 'json', quotationJson: JSON.stringify(body) },
			/quotationDetails\[0\]\.qty/,
		);
		expect(run.error.description).toMatch(/qty must be a number/);
		await env.expectRejected(
			{
				resource: 'quotation',
				operation: 'upsert',
				inputMode: 'json',
				quotationJson: JSON.stringify({ ...body, quotationDetails: [], quotationStatus: 9 }),
			},
			/quotationStatus/,
		);
		await env.expectRejected(
			{ resource: 'quotation', operation: 'upsert', inputMode: 'json', quotationJson: '{"quotationSubject": "x",' },
			/Quotation JSON is not valid JSON/,
		);
	});

	test('bad input fails before anything is sent', async () => {
		await env.expectRejected(upsertParameters({ quotationSubject: '  ' }), /Subject is required/);
		// A blank typed value is refused by n8n itself; a blank from an expression reaches the node.
		await env.expectRejected(upsertParameters({ customer: byCode('={{ $json.code }}') }), /Customer is required/, [
			{ code: ' ' },
		]);
		await env.expectRejected(upsertParameters({ quotationDate: 'next tuesday' }), /Quotation Date is not a valid date/);
		await env.expectRejected(upsertParameters({ quotationValidUntil: '={{ $json.until }}' }), /Valid Until is required/, [{}]);
		await env.expectRejected(upsertParameters({ lineItems: {} }), /add at least one line/);
		await env.expectRejected(
			upsertParameters({ lineItems: { item: [{ product: byCode(env.productCode(0)), quantity: '={{ "two" }}' }] } }),
			/Line item 1: Quantity must be a number/,
		);
		await env.expectRejected(
			upsertParameters({ lineItems: { item: [{ product: byCode(env.productCode(0)), quantity: 0 }] } }),
			/Line item 1: Quantity must be above zero/,
		);
		await env.expectRejected(
			upsertParameters({ lineItems: { item: [{ product: byCode(' '), quantity: 1 }] } }),
			/Line item 1: Product is required/,
		);
		await env.expectRejected(
			upsertParameters({
				lineItems: {
					item: [{ product: byCode('PD001'), quantity: 1, options: { discountPercent: 5, discountAmount: 5 } }],
				},
			}),
			/Line item 1: give Discount Percent or Discount Amount, not both/,
		);
		await env.expectRejected(
			upsertParameters({ upsertMode: 'update', quotation: byNumber('={{ "" }}') }),
			/Quotation to Update is required/,
		);
	});

	test('with Continue On Fail a bad item becomes an error item and the others go through', async () => {
		const before = env.state.quotations.size;
		const run = await env.run(
			upsertParameters({
				lineItems: { item: [{ product: byCode(env.productCode(0)), quantity: '={{ $json.qty }}' }] },
			}),
			{ items: [{ qty: 2 }, { qty: 'lots' }, { qty: 3 }], continueOnFail: true },
		);
		expect(run.error).toBeUndefined();
		expect(run.items).toHaveLength(3);
		expect(run.paired).toEqual([{ item: 0 }, { item: 1 }, { item: 2 }]);
		expect(run.items[1].error).toMatch(/Line item 1: Quantity must be a number/);
		expect(run.items[0].quotationDetails[0].qty).toBe(2);
		expect(run.items[2].quotationDetails[0].qty).toBe(3);
		expect(run.requests).toHaveLength(2);
		expect(env.state.quotations.size).toBe(before + 2);
	});

	test('a Venio business error names what Venio said', async () => {
		const run = await env.run(upsertParameters({ customer: byCode('C999999') }));
		expect(run.error).toBeDefined();
		expect(run.requests).toHaveLength(1);
		expect(`${run.error.message} ${run.error.description ?? ''}`).toMatch(/C999999/);
	});
});

describe('Get', () => {
	opTest('quotation', 'get', 'gets a quotation by number, simplified by default', async () => {
		const target = quotations()[5];
		const run = await env.run({ resource: 'quotation', operation: 'get', quotation: fromList(target.quotationNo) });
		env.expectRequest(run, 'GET', `/v1/quotation/${target.quotationNo}`);
		expect(run.items).toHaveLength(1);
		expect(run.items[0].quotationNo).toBe(target.quotationNo);
		expect(run.items[0].grandTotal).toBe(target.grandTotal);
		expect(run.items[0].quotationDetails).toBeUndefined();
		// The status code, and its name beside it.
		expect(run.items[0].quotationStatus).toBe(target.quotationStatus);
		expect(run.items[0].quotationStatusName).toBe(QUOTATION_STATUSES[target.quotationStatus]);
		expect(Object.keys(run.items[0]).length).toBeLessThanOrEqual(14);
		expect(run.paired).toEqual([{ item: 0 }]);

		const full = await env.run({
			resource: 'quotation',
			operation: 'get',
			quotation: byNumber(target.quotationNo),
			simplify: false,
		});
		expect(full.items[0]).toEqual(env.state.quotations.get(target.quotationNo));
	});

	test('a number with /, ? or # stays one path segment', async () => {
		const run = await env.run(
			{ resource: 'quotation', operation: 'get', quotation: byNumber('QT/1?x#y') },
			{ continueOnFail: true },
		);
		expect(run.requests).toHaveLength(1);
		expect(run.requests[0].path).toBe('/v1/quotation/QT%2F1%3Fx%23y');
		expect(run.requests[0].operationId).toBe('quotationGetByNo');
		expect(run.items[0].error).toBeDefined();
		expect(run.paired).toEqual([{ item: 0 }]);
	});

	test('a missing quotation number fails before anything is sent', async () => {
		await env.expectRejected(
			{ resource: 'quotation', operation: 'get', quotation: fromList('={{ $json.no }}') },
			/Quotation is required/,
			[{ no: null }],
		);
	});
});

describe('Get Many', () => {
	opTest('quotation', 'getMany', 'pages through every quotation with Return All', async () => {
		// One page at a time, so the requests can be listed in order (parallel.test.js reads ahead).
		const run = await env.run({ resource: 'quotation', operation: 'getMany', returnAll: true, options: { parallelRequests: 1 }, simplify: false });
		expect(run.error).toBeUndefined();
		const all = quotations();
		expect(run.items).toHaveLength(all.length);
		expect(run.items.map((q) => q.quotationNo)).toEqual(all.map((q) => q.quotationNo));
		expect(run.requests.length).toBeGreaterThanOrEqual(3);
		for (const request of run.requests) {
			expect(request.method).toBe('POST');
			expect(request.path).toBe('/v1/quotation/enquiry');
			env.expectAuthHeaders(request);
		}
		expect(run.requests.map((r) => r.body.skip)).toEqual([0, 100, 200, all.length]);
		expect(run.requests[0].body.take).toBe(100);
		expect(run.paired.every((p) => p.item === 0)).toBe(true);
	});

	test('stops at Limit and asks for no more than that', async () => {
		const run = await env.run({ resource: 'quotation', operation: 'getMany', limit: 7 });
		expect(run.items).toHaveLength(7);
		expect(run.requests).toHaveLength(1);
		expect(run.requests[0].body).toEqual({ skip: 0, take: 7 });
		expect(run.items[0].quotationNo).toBe(quotations()[0].quotationNo);
		expect(run.items[0].quotationDetails).toBeUndefined();
	});

	test('sends the filters and returns only matching quotations', async () => {
		const target = quotations().find((q) => q.quotationStatus === 4);
		const expected = quotations().filter(
			(q) => q.quotationStatus === 4 && q.customerCode === target.customerCode,
		);
		const run = await env.run({
			resource: 'quotation',
			operation: 'getMany',
			returnAll: true,
			filters: { quotationStatus: 4, customerCode: target.customerCode, staffCode: '' },
		});
		expect(run.requests[0].body).toEqual({
			quotationStatus: 4,
			customerCode: target.customerCode,
			skip: 0,
			take: 100,
		});
		expect(run.items.map((q) => q.quotationNo)).toEqual(expected.map((q) => q.quotationNo));

		const byDate = await env.run({
			resource: 'quotation',
			operation: 'getMany',
			limit: 5,
			filters: { quotationDate: target.quotationDate.replace(/(\d{2})(\d{2})$/, '$1:$2') },
		});
		expect(byDate.requests[0].body.quotationDate).toBe(target.quotationDate);
		expect(byDate.items.map((q) => q.quotationNo)).toContain(target.quotationNo);

		await env.expectRejected(
			{ resource: 'quotation', operation: 'getMany', filters: { quotationDate: '31/12/2024' } },
			/Quotation Date is not a valid date/,
		);
	});
});

describe('Convert to Sales Order', () => {
	opTest('quotation', 'convertToSalesOrder', 'sends QuotationNo in path and PascalCase body', async () => {
		const target = quotations().find((q) => [1, 2, 3, 4].includes(q.quotationStatus) && !q.salesOrderNo);
		const ordersBefore = env.state.salesOrders.size;
		const run = await env.run({
			resource: 'quotation',
			operation: 'convertToSalesOrder',
			quotation: fromList(target.quotationNo),
		});
		expect(run.error).toBeUndefined();
		const [request] = run.requests;
		expect(request.method).toBe('POST');
		expect(request.path).toBe(`/v1/quotation/${target.quotationNo}/convert-to-salesorder`);
		expect(request.body).toEqual({ QuotationNo: target.quotationNo });
		env.expectAuthHeaders(request);
		expect(env.state.salesOrders.size).toBe(ordersBefore + 1);
		const order = env.state.salesOrders.last();
		expect(run.items).toEqual([
			{ quotationNo: target.quotationNo, salesOrderNo: order.salesOrderNo, salesOrderId: order.salesOrderId },
		]);
		expect(env.state.quotations.get(target.quotationNo).quotationStatus).toBe(5);
		expect(run.paired).toEqual([{ item: 0 }]);

		// Converting again is a Venio business error, reported on the item.
		const again = await env.run(
			{ resource: 'quotation', operation: 'convertToSalesOrder', quotation: byNumber(target.quotationNo) },
			{ continueOnFail: true },
		);
		expect(again.items[0].error).toBeDefined();
		expect(`${again.items[0].error} ${again.items[0].description ?? ''}`).toMatch(/already been converted/);
	});
});

describe('Cancel', () => {
	opTest('quotation', 'cancel', 'cancels a quotation by number', async () => {
		const targets = quotations().filter((q) => [1, 2, 3].includes(q.quotationStatus)).slice(0, 2);
		const run = await env.run(
			{ resource: 'quotation', operation: 'cancel', quotation: byNumber('={{ $json.no }}') },
			{ items: targets.map((q) => ({ no: q.quotationNo })) },
		);
		expect(run.error).toBeUndefined();
		expect(run.requests.map((r) => [r.method, r.path])).toEqual(
			targets.map((q) => ['POST', `/v1/quotation/${q.quotationNo}/cancel`]),
		);
		for (const q of targets) expect(env.state.quotations.get(q.quotationNo).quotationStatus).toBe(7);
		expect(run.items.map((i) => [i.quotationNo, i.quotationStatus])).toEqual(
			targets.map((q) => [q.quotationNo, 7]),
		);
		expect(run.paired).toEqual([{ item: 0 }, { item: 1 }]);
	});
});

describe('Quotation search (From list)', () => {
	test('lists quotations page by page with a pagination token', async () => {
		env.sandbox.resetStats();
		const first = await env.method('listSearch', 'searchQuotations', {});
		const all = quotations();
		expect(first.results).toHaveLength(50);
		expect(first.results[0]).toEqual({
			name: `${all[0].quotationSubject} (${all[0].quotationNo})`,
			value: all[0].quotationNo,
		});
		expect(first.paginationToken).toBe('50');
		const second = await env.method('listSearch', 'searchQuotations', { paginationToken: first.paginationToken });
		expect(second.results[0].value).toBe(all[50].quotationNo);
		const requests = env.sandbox.stats.requests.filter((r) => r.operationId === 'quotationEnquiry');
		expect(requests.map((r) => r.body)).toEqual([
			{ skip: 0, take: 50 },
			{ skip: 50, take: 50 },
		]);
		env.expectAuthHeaders(requests[0]);
	});

	test('filters by quotation number', async () => {
		const target = quotations()[42];
		const found = await env.method('listSearch', 'searchQuotations', { filter: target.quotationNo });
		expect(found.results.map((r) => r.value)).toEqual([target.quotationNo]);
		// A short page is not taken for the end (Venio may serve fewer than asked); an empty one is.
		expect(found.paginationToken).toBe('1');
		const after = await env.method('listSearch', 'searchQuotations', { filter: target.quotationNo, paginationToken: '1' });
		expect(after).toEqual({ results: [], paginationToken: undefined });
	});
});
