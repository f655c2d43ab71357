'use strict';
// The operations that answer in one of Venio's other envelopes (test/sandbox/envelope.js).

const { useSandbox } = require('./useSandbox');

describe('Venio sandbox', () => {
	const { sandbox, api } = useSandbox();

	describe('envelope variants', () => {
		test('{ data: { value } } on Update Deal, Get a Expense, Employees Enquiry, Get a SalesOrders By Id', async () => {
			const deal = sandbox.state.deals.get(1);
			const update = await api.call('PUT', '/v1/deals/1', {
				dealName: 'Renamed deal',
				probability: 50,
				dealValue: 1000,
				expectedCloseDate: '2025-09-01T00:00:00+0700',
				assignTo: 'EMP0002',
			});
			expect(update.json).toEqual({
				data: {
					value: expect.objectContaining({
						dealsId: 1,
						dealsName: 'Renamed deal',
						dealNo: deal.dealNo,
					}),
				},
			});
			const expense = await api.call('GET', '/v1/expenses/1');
			expect(expense.json).toEqual({ data: { value: expect.objectContaining({ expenseId: 1 }) } });
			const employees = await api.call('POST', '/v1/Employees/Enquiry', {
				keyWord: 'patty',
				skip: 0,
				pageLength: 20,
			});
			expect(employees.json).toEqual({
				data: {
					value: [
						expect.objectContaining({
							staffCode: 'EMP0008',
							fullname: expect.stringMatching(/^Patty/),
						}),
					],
				},
			});
			const order = sandbox.state.salesOrders.last();
			const byId = await api.call('GET', `/v1/salesorders/${order.salesOrderId}`);
			expect(byId.json).toEqual({
				data: { value: expect.objectContaining({ saleOrderNo: order.salesOrderNo }) },
			});
		});

		test('{ data: [...], statusCode, httpStatusCode } on Update Product Stock and Reject SaleOrder', async () => {
			const stock = await api.call('PUT', '/v1/products/stock', [{ productCode: 'NOPE', qty: 1 }]);
			expect(stock.json).toEqual({
				data: [
					{
						productCode: 'NOPE',
						qty: 0,
						isSuccess: false,
						error: { code: '4001', description: 'Product NOPE was not found.' },
					},
				],
				statusCode: 4001,
				httpStatusCode: 200,
			});
			const reject = await api.call('DELETE', '/v1/salesorders/reject', {
				salesOrderIds: [1],
				reason: 'x',
			});
			expect(reject.json).toMatchObject({
				statusCode: 4001,
				httpStatusCode: 200,
				data: [expect.objectContaining({ isSuccess: false })],
			});
		});
	});
});
