'use strict';
// The sandbox's quotations and sales orders (and the stock and serials they draw on), written
// and read back over HTTP through their whole life cycle.

const { success } = require('./client');
const { useSandbox } = require('./useSandbox');

describe('Venio sandbox', () => {
	const { sandbox, api } = useSandbox();

	describe('quotations and sales orders', () => {
		const quotationBody = {
			quotationSubject: 'Quotation for n8n',
			quotationDate: '2025-06-01T00:00:00+0700',
			quotationValidUntil: '2025-07-01T00:00:00+0700',
			quotationStatus: 1,
			customerCode: 'C000005',
			staffCode: 'EMP0003',
			quotationNo: null,
			vatCalculation: true,
			quotationDetails: [
				{
					productCode: 'PD002',
					qty: 2,
					price: 800,
					discountType: true,
					discountValue: 10,
					vatTaxValue: 7,
					whTaxValue: 0,
				},
			],
		};

		test('quotation create -> get -> update -> enquiry -> convert -> sales order', async () => {
			const created = await api.call('POST', '/v2/quotation', quotationBody);
			expect(created.json).toMatchObject(success);
			const { quotationNo } = created.json.data;
			expect(quotationNo).toMatch(/^QT\d{4}\d{6}$/);
			expect(created.json.data).toMatchObject({
				subTotal: 1440,
				totalVat: 100.8,
				grandTotal: 1540.8,
			});

			const fetched = await api.call('GET', `/v1/quotation/${quotationNo}`);
			expect(fetched.json.data).toMatchObject({
				quotationNo,
				customerCode: 'C000005',
				quotationStatus: 1,
				quotationDetails: [
					expect.objectContaining({ productName: 'Venio Headphone', whTaxValue: 0 }),
				],
			});

			const noReference = await api.call('POST', '/v2/quotation', {
				...quotationBody,
				quotationNo,
				quotationSubject: 'Renamed',
			});
			expect([noReference.status, noReference.json.status.code]).toEqual([400, '4001']);
			const updated = await api.call('POST', '/v2/quotation', {
				...quotationBody,
				quotationNo,
				referenceNo: 'PO-77',
				quotationSubject: 'Renamed',
				quotationStatus: 4,
			});
			expect(updated.json.data).toMatchObject({
				quotationNo,
				quotationSubject: 'Renamed',
				quotationStatus: 4,
				referenceNo: 'PO-77',
			});

			const listed = await api.call('POST', '/v1/quotation/enquiry', {
				take: 50,
				skip: 0,
				customerCode: 'C000005',
				quotationStatus: 4,
			});
			expect(listed.json.data.map((q) => q.quotationNo)).toContain(quotationNo);

			const converted = await api.call(
				'POST',
				`/v1/quotation/${quotationNo}/convert-to-salesorder`,
				{ quotationNo },
			); // key case as the vendor sample sends it
			expect(converted.json).toMatchObject(success);
			const { salesOrderNo, salesOrderId } = converted.json.data;
			const order = await api.call('GET', `/v2/salesorder/${salesOrderNo}`);
			expect(order.json.data).toMatchObject({
				salesOrderNo,
				salesOrderId,
				salesOrderStatus: 2,
				customerCode: 'C000005',
				referenceNo: quotationNo,
				grandTotal: 1540.8,
			});
			expect(order.json.data.salesorderDetails[0]).toMatchObject({
				productCode: 'PD002',
				qty: 2,
				whtTaxValue: 0,
			});
			expect((await api.call('GET', `/v1/quotation/${quotationNo}`)).json.data).toMatchObject({
				quotationStatus: 5,
				salesOrderNo,
			});

			const twice = await api.call('POST', `/v1/quotation/${quotationNo}/convert-to-salesorder`, {
				QuotationNo: quotationNo,
			});
			expect([twice.status, twice.json.status.code]).toEqual([200, '4001']);
			expect(twice.json.status.description).toMatch(/already been converted/);
		});

		test('quotation cancel sets status 7', async () => {
			const created = await api.call('POST', '/v2/quotation', quotationBody);
			const { quotationNo } = created.json.data;
			const cancelled = await api.call('POST', `/v1/quotation/${quotationNo}/cancel`);
			expect(cancelled.json.data).toMatchObject({ quotationNo, quotationStatus: 7 });
			const again = await api.call('POST', `/v1/quotation/${quotationNo}/cancel`);
			expect(again.json.status.code).toBe('4001');
		});

		test('sales order create -> get -> update -> approve / reject / payment / tracking', async () => {
			const body = {
				salesOrderSubject: 'Order from n8n',
				customerCode: 'C000007',
				salesOrderDate: '2025-05-01',
				staffCode: 'EMP0002',
				vatCalculation: true,
				salesOrderDetails: [{ productCode: 'PD003', qty: 1 }],
			};
			const created = await api.call('POST', '/v2/salesorder', body);
			expect(created.json).toMatchObject(success);
			const { salesOrderNo, salesOrderId } = created.json.data;
			expect(salesOrderNo).toMatch(/^SO\d{4}\d{5}$/);
			expect(created.json.data.salesOrderStatus).toBe(1);

			const byId = await api.call('GET', `/v1/salesorders/${salesOrderId}`);
			expect(byId.json).toEqual({
				data: {
					value: expect.objectContaining({
						saleOrderId: salesOrderId,
						saleOrderNo: salesOrderNo,
						status: 1,
						statusName: 'Draft',
					}),
				},
			});
			expect(byId.json.data.value.customer.customerCode).toBe('C000007');

			const updated = await api.call('POST', '/v2/salesorder', {
				...body,
				salesOrderNo,
				salesOrderSubject: 'Order (edited)',
				salesOrderDetails: [{ productCode: 'PD003', qty: 3 }],
			});
			expect(updated.json.data).toMatchObject({
				salesOrderNo,
				salesOrderId,
				salesOrderSubject: 'Order (edited)',
			});
			expect(updated.json.data.salesorderDetails[0].qty).toBe(3);
			const otherCustomer = await api.call('POST', '/v2/salesorder', {
				...body,
				salesOrderNo,
				customerCode: 'C000008',
			});
			expect(otherCustomer.json.status.code).toBe('4001');

			const approved = await api.call('PUT', '/v1/salesorders/approve', {
				salesOrderIds: [salesOrderId, 999999],
			});
			expect(approved.json).toEqual({
				data: [
					expect.objectContaining({ salesOrderId, isSuccess: true, salesOrderStatus: 2 }),
					expect.objectContaining({ salesOrderId: 999999, isSuccess: false }),
				],
				statusCode: 4001,
				httpStatusCode: 200,
			});
			const paid = await api.call('PUT', `/v2/salesorder/${salesOrderNo}/payment`, {
				payments: [
					{ periodNo: 1, status: 2 },
					{ InstallmentNumber: 2, status: 1 },
				],
			});
			expect(paid.json).toEqual({ ...success, data: true });
			const tracked = await api.call('PUT', `/v2/salesorder/${salesOrderNo}/tracking`, {
				trackingNo: 'TH0001',
			});
			expect(tracked.json.data).toBe(true);
			expect(sandbox.state.salesOrders.get(salesOrderNo)).toMatchObject({
				trackingNo: 'TH0001',
				payment: {
					installments: [
						{ periodNo: 1, status: 2 },
						{ periodNo: 2, status: 1 },
					].map((i) => expect.objectContaining(i)),
				},
			});

			const rejected = await api.call('DELETE', '/v1/salesorders/reject', {
				salesOrderIds: [salesOrderId],
				reason: 'Customer cancelled',
			});
			expect(rejected.json).toEqual({
				data: [expect.objectContaining({ salesOrderId, isSuccess: true, salesOrderStatus: 4 })],
				statusCode: 1000,
				httpStatusCode: 200,
			});
			expect((await api.call('GET', `/v2/salesorder/${salesOrderNo}`)).json.data).toMatchObject({
				salesOrderStatus: 4,
				rejectReason: 'Customer cancelled',
			});
		});

		test('stock update adds to the stock; serials verify once', async () => {
			const before = sandbox.state.products.get('PD004').qty;
			const stock = await api.call('PUT', '/v1/products/stock', [
				{ productCode: 'PD004', qty: 20 },
			]);
			expect(stock.json).toEqual({
				data: [{ productCode: 'PD004', qty: before + 20, isSuccess: true, error: null }],
				statusCode: 1000,
				httpStatusCode: 200,
			});
			expect((await api.call('GET', '/v2/products/PD004')).json.data.qty).toBe(before + 20);

			const serial = [...sandbox.state.serials.values()].find((s) => !s.isVerified).serialNumber;
			const body = { SerialNumber: serial, CustomerCode: 'C000002', PurchaseDate: '2025-01-15' };
			expect(
				(await api.call('POST', '/v3/products/serials/verification', body)).json.data,
			).toMatchObject({ serialNumber: serial, status: 'Verified' });
			expect(
				(await api.call('POST', '/v3/products/serials/verification', body)).json.status.code,
			).toBe('4001');
			const status = await api.call('GET', `/v3/Products/serials/status?serialNumber=${serial}`);
			expect(status.json.data).toMatchObject({ isVerified: true, customerCode: 'C000002' });
		});
	});
});
