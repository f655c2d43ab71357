'use strict';
// Sales order actions, run through the real n8n engine against the Venio sandbox.
const { opTest, useVenio, byCode, fromList, byNumber, byId } = require('./support');
const { SALES_ORDER_STATUSES } = require('../sandbox/catalog');

const env = useVenio();

const orders = () => [...env.state.salesOrders.values()];
const orderById = (id) => env.state.salesOrders.findBy('id', id);
const someCustomer = () => env.state.customers.order[7];

const upsertParameters = (overrides = {}) => ({
	resource: 'salesOrder',
	operation: 'upsert',
	inputMode: 'fields',
	upsertMode: 'create',
	salesOrderSubject: 'Order from n8n',
	customer: fromList(someCustomer()),
	staffCode: byCode(env.activeEmployees()[0].staffCode),
	salesOrderDate: '2025-07-01T23:30:00+07:00',
	vatMode: 'include',
	lineItems: {
		item: [
			{ product: byCode(env.productCode(1)), quantity: 2, options: { whtTaxValue: 3, discountPercent: 5 } },
			{ product: byCode(env.productCode(2)), quantity: 1, options: { price: 1000, vatTaxValue: 7 } },
		],
	},
	salesOrderStatus: 1,
	additionalFields: {
		currencyCode: 'THB',
		headerTemplateId: 2,
		discountPercent: 10,
		recipientName: 'Khun Suda',
		recipientAddress: '99 Sukhumvit Rd',
	},
	...overrides,
});

describe('Create or Update', () => {
	opTest('salesOrder', 'upsert', 'creates a sales order with salesOrderDetails (capital D)', async () => {
		const before = env.state.salesOrders.size;
		const run = await env.run(upsertParameters());
		const request = env.expectOneRequest(run, 'POST', '/v2/salesorder');
		expect(request.body).toEqual({
			salesOrderSubject: 'Order from n8n',
			customerCode: someCustomer(),
			salesOrderDate: '2025-07-01',
			vatCalculation: false,
			salesOrderDetails: [
				{ productCode: env.productCode(1), qty: 2, whtTaxValue: 3, discountType: true, discountValue: 5 },
				{ productCode: env.productCode(2), qty: 1, price: 1000, vatTaxValue: 7 },
			],
			salesOrderStatus: 1,
			staffCode: env.activeEmployees()[0].staffCode,
			currencyCode: 'THB',
			headerTemplateId: 2,
			recipientName: 'Khun Suda',
			recipientAddress: '99 Sukhumvit Rd',
			discountType: true,
			discountValue: 10,
		});
		expect(request.body.salesorderDetails).toBeUndefined();

		expect(env.state.salesOrders.size).toBe(before + 1);
		const stored = env.state.salesOrders.last();
		expect(run.items).toHaveLength(1);
		expect(run.items[0].salesOrderNo).toBe(stored.salesOrderNo);
		// The answer uses the GET spelling.
		expect(run.items[0].salesorderDetails.map((d) => d.productCode)).toEqual([env.productCode(1), env.productCode(2)]);
		expect(stored.salesorderDetails[1].totalPrice).toBe(1000);
		expect(run.items[0].grandTotal).toBe(stored.grandTotal);
		expect(run.paired).toEqual([{ item: 0 }]);
	});

	test('updates the sales order given under "Sales Order to Update"', async () => {
		const target = orders().find((o) => o.salesOrderStatus === 1);
		const run = await env.run(
			upsertParameters({
				upsertMode: 'update',
				salesOrder: byNumber(target.salesOrderNo),
				customer: byCode(target.customerCode),
				salesOrderSubject: 'Changed subject',
				additionalFields: { remark: 'updated' },
			}),
		);
		expect(run.error).toBeUndefined();
		expect(run.requests[0].body.salesOrderNo).toBe(target.salesOrderNo);
		const stored = env.state.salesOrders.get(target.salesOrderNo);
		expect(stored.salesOrderSubject).toBe('Changed subject');
		expect(stored.remark).toBe('updated');
		expect(run.items[0].salesOrderNo).toBe(target.salesOrderNo);
	});

	test('sends a checked JSON body, and names the field when it is wrong', async () => {
		const body = {
			salesOrderSubject: 'JSON order',
			customerCode: someCustomer(),
			salesOrderDate: '2023-05-01',
			salesOrderStatus: 2,
			vatCalculation: true,
			salesOrderDetails: [{ productCode: env.productCode(0), qty: 2 }],
			privateNote: 'kept as given',
		};
		const run = await env.run({
			resource: 'salesOrder',
			operation: 'upsert',
			inputMode: 'json',
			salesOrderJson: JSON.stringify(body),
		});
		expect(run.error).toBeUndefined();
		expect(run.requests[0].body).toEqual(body);
		expect(env.state.salesOrders.get(run.items[0].salesOrderNo).privateNote).toBe('kept as given');

		const { salesOrderDetails, ...rest } = body;
		const misspelt = await env.expectRejected(
			{
				resource: 'salesOrder',
				operation: 'upsert',
				inputMode: 'json',
				salesOrderJson: JSON.stringify({ ...rest, salesorderDetails: salesOrderDetails }),
			},
			/salesOrderDetails is invalid/,
		);
		expect(misspelt.error.description).toMatch(/capital D/);
		await env.expectRejected(
			{
				resource: 'salesOrder',
				operation: 'upsert',
				inputMode: 'json',
				salesOrderJson: JSON.stringify({ ...body, salesOrderDetails: [{ productCode: 'PD001', qty: 1.5 }] }),
			},
			/salesOrderDetails\[0\]\.qty/,
		);
		await env.expectRejected(
			{
				resource: 'salesOrder',
				operation: 'upsert',
				inputMode: 'json',
				salesOrderJson: JSON.stringify({ ...body, salesOrderDate: 'soon' }),
			},
			/salesOrderDate/,
		);
		await env.expectRejected(
			{ resource: 'salesOrder', operation: 'upsert', inputMode: 'json', salesOrderJson: '{ nope }' },
			/Sales Order JSON is not valid JSON/,
		);
	});

	test('bad input fails before anything is sent', async () => {
		await env.expectRejected(upsertParameters({ salesOrderSubject: '={{ "" }}' }), /Subject is required/);
		await env.expectRejected(upsertParameters({ salesOrderDate: '2025-13-45' }), /Order Date is not a valid date/);
		await env.expectRejected(
			upsertParameters({ lineItems: { item: [{ product: byCode(env.productCode(0)), quantity: 1.5 }] } }),
			/Line item 1: Quantity must be a whole number above zero/,
		);
		await env.expectRejected(
			upsertParameters({ lineItems: { item: [{ product: byCode(env.productCode(0)), quantity: '={{ "x" }}' }] } }),
			/Line item 1: Quantity must be a number/,
		);
		await env.expectRejected(
			upsertParameters({
				lineItems: { item: [{ product: byCode(env.productCode(0)), quantity: 1, options: { price: '={{ "free" }}' } }] },
			}),
			/Line item 1: Unit Price must be a number/,
		);
		await env.expectRejected(
			upsertParameters({ additionalFields: { discountPercent: 150 } }),
			/Document discount: Discount Percent must be between 0 and 100/,
		);
		await env.expectRejected(upsertParameters({ upsertMode: 'update', salesOrder: byNumber(' ') }), /Sales Order to Update is required/);
	});

	test('with Continue On Fail a bad item becomes an error item and the others go through', async () => {
		const run = await env.run(
			upsertParameters({ salesOrderDate: '={{ $json.date }}' }),
			{ items: [{ date: '2025-07-02' }, { date: 'tomorrow' }], continueOnFail: true },
		);
		expect(run.error).toBeUndefined();
		expect(run.items).toHaveLength(2);
		expect(run.paired).toEqual([{ item: 0 }, { item: 1 }]);
		expect(run.items[0].salesOrderDate).toBe('2025-07-02');
		expect(run.items[1].error).toMatch(/Order Date is not a valid date/);
		expect(run.requests).toHaveLength(1);
	});
});

describe('Get', () => {
	opTest('salesOrder', 'get', 'gets a sales order by number (v2), simplified by default', async () => {
		const target = orders()[4];
		const run = await env.run({ resource: 'salesOrder', operation: 'get', salesOrder: byNumber(target.salesOrderNo) });
		env.expectRequest(run, 'GET', `/v2/salesorder/${target.salesOrderNo}`);
		expect(run.items[0].salesOrderNo).toBe(target.salesOrderNo);
		expect(run.items[0].grandTotal).toBe(target.grandTotal);
		expect(run.items[0].salesorderDetails).toBeUndefined();
		expect(run.items[0].salesOrderStatus).toBe(target.salesOrderStatus);
		expect(run.items[0].salesOrderStatusName).toBe(SALES_ORDER_STATUSES[target.salesOrderStatus]);
		expect(run.paired).toEqual([{ item: 0 }]);

		const full = await env.run({
			resource: 'salesOrder',
			operation: 'get',
			salesOrder: byNumber(target.salesOrderNo),
			simplify: false,
		});
		expect(full.items[0].salesorderDetails).toEqual(target.salesorderDetails);
	});

	test('a number with /, ? or # stays one path segment', async () => {
		const run = await env.run(
			{ resource: 'salesOrder', operation: 'get', salesOrder: byNumber('SO/1?a#b') },
			{ continueOnFail: true },
		);
		expect(run.requests.map((r) => r.path)).toEqual(['/v2/salesorder/SO%2F1%3Fa%23b']);
		expect(run.requests[0].operationId).toBe('salesOrderGetByNo');
		expect(run.items[0].error).toBeDefined();
	});
});

describe('Get by ID', () => {
	opTest('salesOrder', 'getById', 'gets the legacy sales-order object by numeric ID (v1)', async () => {
		const target = orders()[6];
		const run = await env.run({
			resource: 'salesOrder',
			operation: 'getById',
			salesOrderId: byId(String(target.salesOrderId)),
			simplify: false,
		});
		env.expectRequest(run, 'GET', `/v1/salesorders/${target.salesOrderId}`);
		expect(run.items[0].saleOrderId).toBe(target.salesOrderId);
		expect(run.items[0].saleOrderNo).toBe(target.salesOrderNo);
		expect(run.items[0].customer.customerCode).toBe(target.customerCode);

		const simple = await env.run({
			resource: 'salesOrder',
			operation: 'getById',
			salesOrderId: byId(` ${target.salesOrderId} `),
		});
		expect(simple.items[0].saleOrderNo).toBe(target.salesOrderNo);
		expect(simple.items[0].customer).toBeUndefined();
	});

	test('an ID that is not a whole number fails before anything is sent', async () => {
		// A typed "12/3" is refused by the locator's own check; one from an expression reaches the node.
		await env.expectRejected(
			{ resource: 'salesOrder', operation: 'getById', salesOrderId: byId('={{ $json.id }}') },
			/Sales Order ID must be a whole number/,
			[{ id: '12/3' }],
		);
		await env.expectRejected(
			{ resource: 'salesOrder', operation: 'getById', salesOrderId: byId('={{ $json.id }}') },
			/Sales Order ID is required/,
			[{}],
		);
	});
});

describe('Get Many Attachments', () => {
	opTest('salesOrder', 'getManyAttachments', 'lists the attachments of a sales order', async () => {
		const target = orders().find((o) => o.attachments.length === 2);
		const run = await env.run({
			resource: 'salesOrder',
			operation: 'getManyAttachments',
			salesOrderId: byId(String(target.salesOrderId)),
			returnAll: true,
		});
		env.expectOneRequest(run, 'GET', `/v1/salesorders/${target.salesOrderId}/attachments`);
		expect(run.items.map((a) => a.attachmentId)).toEqual(target.attachments.map((a) => a.attachmentId));
		expect(run.items[0].url).toBe(target.attachments[0].url);
		expect(run.items[0].urlResponseUpload).toBeUndefined();
		expect(run.paired).toEqual([{ item: 0 }, { item: 0 }]);

		const limited = await env.run({
			resource: 'salesOrder',
			operation: 'getManyAttachments',
			salesOrderId: byId(String(target.salesOrderId)),
			limit: 1,
		});
		expect(limited.items.map((a) => a.attachmentId)).toEqual([target.attachments[0].attachmentId]);
	});
});

describe('Approve and Reject', () => {
	opTest('salesOrder', 'approve', 'approves several sales orders by ID', async () => {
		const targets = orders().filter((o) => o.salesOrderStatus === 1).slice(0, 2);
		const ids = targets.map((o) => o.salesOrderId);
		const run = await env.run({ resource: 'salesOrder', operation: 'approve', salesOrderIds: ids.join(', ') });
		expect(run.error).toBeUndefined();
		const [request] = run.requests;
		expect(request.method).toBe('PUT');
		expect(request.path).toBe('/v1/salesorders/approve');
		expect(request.body).toEqual({ salesOrderIds: ids });
		env.expectAuthHeaders(request);
		for (const id of ids) {
			expect(orderById(id).salesOrderStatus).toBe(2);
			expect(orderById(id).approvedByUserId).toBeTruthy();
		}
		// Venio answers one result per id; each becomes an item of the input item.
		expect(run.items.map((r) => [r.salesOrderId, r.isSuccess])).toEqual(ids.map((id) => [id, true]));
		expect(run.paired).toEqual([{ item: 0 }, { item: 0 }]);
	});

	test('approving an already rejected order is reported as a Venio error', async () => {
		const rejected = orders().find((o) => o.salesOrderStatus === 4);
		const run = await env.run(
			{ resource: 'salesOrder', operation: 'approve', salesOrderIds: '={{ $json.ids }}' },
			{ items: [{ ids: [rejected.salesOrderId] }], continueOnFail: true },
		);
		expect(run.requests[0].body).toEqual({ salesOrderIds: [rejected.salesOrderId] });
		expect(run.items[0].error).toMatch(/cannot be approved in status Rejected/);
		expect(run.paired).toEqual([{ item: 0 }]);
		expect(orderById(rejected.salesOrderId).salesOrderStatus).toBe(4);
	});

	test('IDs that are not whole numbers fail before anything is sent', async () => {
		await env.expectRejected({ resource: 'salesOrder', operation: 'approve', salesOrderIds: '281940, SO1' }, /Sales Order IDs must be a whole number/);
		await env.expectRejected({ resource: 'salesOrder', operation: 'approve', salesOrderIds: ' , ' }, /Sales Order IDs is required/);
	});

	opTest('salesOrder', 'reject', 'rejects sales orders with a DELETE carrying a JSON body', async () => {
		const target = orders().find((o) => [1, 2].includes(o.salesOrderStatus));
		const run = await env.run({
			resource: 'salesOrder',
			operation: 'reject',
			salesOrderIds: String(target.salesOrderId),
			reason: 'Customer cancelled',
		});
		expect(run.error).toBeUndefined();
		const [request] = run.requests;
		expect(request.method).toBe('DELETE');
		expect(request.path).toBe('/v1/salesorders/reject');
		expect(request.body).toEqual({ salesOrderIds: [target.salesOrderId], reason: 'Customer cancelled' });
		env.expectAuthHeaders(request);
		const stored = orderById(target.salesOrderId);
		expect(stored.salesOrderStatus).toBe(4);
		expect(stored.rejectReason).toBe('Customer cancelled');
		expect(run.items).toHaveLength(1);
		expect(run.items[0].salesOrderNo).toBe(target.salesOrderNo);
		expect(run.paired).toEqual([{ item: 0 }]);

		await env.expectRejected(
			{ resource: 'salesOrder', operation: 'reject', salesOrderIds: '1', reason: '={{ " " }}' },
			/Reason is required/,
		);
	});
});

describe('Update Payment', () => {
	opTest('salesOrder', 'updatePayment', 'sends payments with periodNo and answers success', async () => {
		const target = orders()[2];
		const run = await env.run({
			resource: 'salesOrder',
			operation: 'updatePayment',
			salesOrder: byNumber(target.salesOrderNo),
			payments: { installment: [{ periodNo: 1, status: 2 }, { periodNo: 2, status: 1 }] },
		});
		expect(run.error).toBeUndefined();
		const [request] = run.requests;
		expect(request.method).toBe('PUT');
		expect(request.path).toBe(`/v2/salesorder/${target.salesOrderNo}/payment`);
		expect(request.body).toEqual({ payments: [{ periodNo: 1, status: 2 }, { periodNo: 2, status: 1 }] });
		env.expectAuthHeaders(request);
		expect(run.items).toEqual([{ success: true, salesOrderNo: target.salesOrderNo }]);
		expect(run.paired).toEqual([{ item: 0 }]);
		const payment = env.state.salesOrders.get(target.salesOrderNo).payment;
		expect(payment.installments.map((p) => [p.periodNo, p.status])).toEqual([[1, 2], [2, 1]]);
	});

	test('bad installments fail before anything is sent', async () => {
		const base = { resource: 'salesOrder', operation: 'updatePayment', salesOrder: byNumber('SO250100001') };
		await env.expectRejected({ ...base, payments: {} }, /Payments: add at least one installment/);
		await env.expectRejected(
			{ ...base, payments: { installment: [{ periodNo: '={{ "first" }}', status: 2 }] } },
			/Installment 1: Installment Number must be a whole number/,
		);
		await env.expectRejected(
			{ ...base, payments: { installment: [{ periodNo: 1, status: '={{ 3 }}' }] } },
			/Installment 1: Payment Status must be Not Paid or Paid/,
		);
	});
});

describe('Update Tracking Number', () => {
	opTest('salesOrder', 'updateTrackingNumber', 'sets the tracking number and answers success', async () => {
		const target = orders().find((o) => o.salesOrderStatus === 2);
		const run = await env.run({
			resource: 'salesOrder',
			operation: 'updateTrackingNumber',
			salesOrder: byNumber(target.salesOrderNo),
			trackingNo: ' TH123456789 ',
			additionalFields: { shippingDocumentUrl: 'https://files.example/waybill.pdf' },
		});
		expect(run.error).toBeUndefined();
		const [request] = run.requests;
		expect(request.method).toBe('PUT');
		expect(request.path).toBe(`/v2/salesorder/${target.salesOrderNo}/tracking`);
		expect(request.body).toEqual({ trackingNo: 'TH123456789', shippingDocumentUrl: 'https://files.example/waybill.pdf' });
		env.expectAuthHeaders(request);
		expect(run.items).toEqual([{ success: true, salesOrderNo: target.salesOrderNo, trackingNo: 'TH123456789' }]);
		const stored = env.state.salesOrders.get(target.salesOrderNo);
		expect(stored.trackingNo).toBe('TH123456789');
		expect(stored.shippingDocumentUrl).toBe('https://files.example/waybill.pdf');

		await env.expectRejected(
			{ resource: 'salesOrder', operation: 'updateTrackingNumber', salesOrder: byNumber(target.salesOrderNo), trackingNo: '={{ $json.tracking }}' },
			/Tracking Number is required/,
			[{ tracking: "" }],
		);
	});
});
