'use strict';
// How the sandbox refuses a request (test/sandbox/validate.js): missing fields, wrong types and
// enums, malformed JSON, and business errors answered with HTTP 200.

const { useSandbox } = require('./useSandbox');

describe('Venio sandbox', () => {
	const { api } = useSandbox();

	describe('validation and business errors', () => {
		test('one missing field is 4001, several are 4002', async () => {
			const one = await api.call('POST', '/v3/customers', { customerState: 1 });
			expect([one.status, one.json]).toEqual([
				400,
				{ status: { code: '4001', description: 'customerName is required.' }, data: null },
			]);
			const several = await api.call('POST', '/v3/customers', {});
			expect([several.status, several.json]).toEqual([
				400,
				{
					status: {
						code: '4002',
						description: 'customerName is required.; customerState is required.',
					},
					data: null,
				},
			]);
			const nested = await api.call('POST', '/v2/salesorder', {
				salesOrderSubject: 'x',
				customerCode: 'C000001',
				salesOrderDate: '2025-01-01',
				vatCalculation: true,
				salesOrderDetails: [{ qty: 1 }],
			});
			expect(nested.json.status).toEqual({
				code: '4001',
				description: 'salesOrderDetails[0].productCode is required.',
			});
		});

		test('enums, types, paging fields and malformed JSON are 400', async () => {
			const state = await api.call('POST', '/v3/customers', {
				customerName: 'Enum Test',
				customerState: 9,
			});
			expect([state.status, state.json.status]).toEqual([
				400,
				{ code: '4001', description: 'customerState must be one of: 1, 2, 3.' },
			]);
			const type = await api.call('POST', '/v3/customers/enquiry', {
				customerType: 0,
				pageLength: '20',
			});
			expect(type.json.status.description).toBe('pageLength must be an integer.');
			const noPageLength = await api.call('POST', '/v3/customers/enquiry', { customerType: 0 });
			expect([noPageLength.status, noPageLength.json.status]).toEqual([
				400,
				{ code: '4001', description: 'pageLength is required.' },
			]);
			for (const path of ['/v1/deals/enquiry', '/v1/Employees/Enquiry']) {
				expect((await api.call('POST', path, { skip: 0 })).json.status).toEqual({
					code: '4001',
					description: 'pageLength is required.',
				});
			}
			expect(
				(await api.call('POST', '/v1/quotation/enquiry', { skip: 0 })).json.status.description,
			).toBe('take is required.');
			const bad = await api.call('POST', '/v3/customers', undefined, {
				raw: '{"customerName": ',
				headers: { 'Content-Type': 'application/json' },
			});
			expect([bad.status, bad.json.status.code]).toEqual([400, '4001']);
			const pathType = await api.call('GET', '/v1/deals/abc');
			expect([pathType.status, pathType.json.status.description]).toEqual([
				400,
				"The value 'abc' is not valid for id.",
			]);
			const fuel = await api.call('POST', '/v1/Expenses', {
				subject: 'Fuel',
				ExpenseDetails: [{ expenseTypeId: 1003, amount: 100, milesStart: 10, milesEnd: 5 }],
			});
			expect(fuel.json.status.description).toBe(
				'ExpenseDetails[0].milesStart must be less than milesEnd.',
			);
		});

		test('an unknown key is a business error with HTTP 200', async () => {
			const customer = await api.call('GET', '/v3/customers/C999999');
			expect([customer.status, customer.json]).toEqual([
				200,
				{ status: { code: 4001, description: 'Customer C999999 was not found.' }, data: null },
			]);
			const quotation = await api.call('GET', '/v1/quotation/QT0000000000');
			expect([quotation.status, quotation.json]).toEqual([
				200,
				{
					status: { code: '4001', description: 'Quotation QT0000000000 was not found.' },
					data: null,
				},
			]);
			const deal = await api.call('PUT', '/v1/deals/999999', {
				dealName: 'x',
				probability: 1,
				dealValue: 1,
				expectedCloseDate: '2025-01-01',
				assignTo: 'EMP0001',
			});
			expect([deal.status, deal.json.status.code]).toEqual([200, '4001']);
			const refs = await api.call('POST', '/v2/quotation', {
				quotationSubject: 'x',
				quotationDate: '2025-01-01',
				quotationValidUntil: '2025-02-01',
				quotationStatus: 1,
				customerCode: 'C999999',
				staffCode: 'NOBODY',
				vatCalculation: true,
				quotationDetails: [{ productCode: 'PD001', qty: 1 }],
			});
			expect([refs.status, refs.json.status]).toEqual([
				200,
				{
					code: '4002',
					description: 'Customer C999999 was not found.; Employee NOBODY was not found.',
				},
			]);
		});
	});
});
