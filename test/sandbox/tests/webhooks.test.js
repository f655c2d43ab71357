'use strict';
// The sandbox's webhook sender (test/sandbox/webhooks.js): the envelopes it sends and the
// example data it fills them with.

const http = require('http');
const { useSandbox } = require('./useSandbox');

describe('Venio sandbox', () => {
	const { sandbox } = useSandbox();

	describe('webhooks', () => {
		let receiver;
		let received;
		let receiverUrl;

		beforeAll(async () => {
			received = [];
			receiver = http.createServer((req, res) => {
				const chunks = [];
				req.on('data', (c) => chunks.push(c));
				req.on('end', () => {
					received.push({
						url: req.url,
						headers: req.headers,
						body: Buffer.concat(chunks).toString('utf8'),
					});
					res.writeHead(200, { 'Content-Type': 'application/json' });
					res.end('{"message":"Workflow was started"}');
				});
			});
			await new Promise((resolve) => receiver.listen(0, '127.0.0.1', resolve));
			receiverUrl = `http://127.0.0.1:${receiver.address().port}/webhook/venio`;
		});
		afterAll(() => new Promise((resolve) => receiver.close(resolve)));
		beforeEach(() => {
			received = [];
		});

		test('sends a camelCase envelope with data from the store', async () => {
			const newest = sandbox.state.customers.last();
			const answer = await sandbox.sendWebhook(`${receiverUrl}?token=abc`, {
				topic: 'Customer',
				event: 'Create',
				headers: { 'X-Secret': 's3' },
			});
			expect(answer).toMatchObject({ status: 200, body: '{"message":"Workflow was started"}' });
			expect(received[0].url).toBe('/webhook/venio?token=abc');
			expect(received[0].headers['content-type']).toBe('application/json');
			expect(received[0].headers['x-secret']).toBe('s3');
			expect(JSON.parse(received[0].body)).toEqual({
				modifiedBy: 'EMP0001',
				webhookName: 'to-n8n',
				topic: 'Customer',
				event: 'Create',
				data: {
					Owners: newest.customerOwnersStr,
					customerName: newest.customerName,
					CustomerCode: newest.customerCode,
					CreatedBy: newest.customerOwnersStr[0] || 'EMP0001',
				},
			});
		});

		test('sends PascalCase envelope keys, custom data and raw bodies', async () => {
			await sandbox.sendWebhook(receiverUrl, {
				topic: 'SaleOrder',
				event: 'Completed',
				casing: 'pascal',
			});
			const pascal = JSON.parse(received[0].body);
			expect(Object.keys(pascal)).toEqual(['ModifiedBy', 'WebhookName', 'Topic', 'Event', 'Data']);
			expect(pascal.Data.SaleOrderNo).toBe(sandbox.state.salesOrders.last().salesOrderNo);

			await sandbox.sendWebhook(receiverUrl, {
				topic: 'Expense',
				event: 'Paid',
				data: { ExpenseNo: 'EX1', CreatedBy: 'EMP0009' },
				webhookName: 'mine',
			});
			expect(JSON.parse(received[1].body)).toMatchObject({
				webhookName: 'mine',
				data: { ExpenseNo: 'EX1', CreatedBy: 'EMP0009' },
			});

			await sandbox.sendWebhook(receiverUrl, { body: 'not json' });
			expect(received[2].body).toBe('not json');
		});

		test('webhookExample follows the documented field table', () => {
			expect(sandbox.webhookExample('Customer', 'Merge').data).toEqual({
				FromCustomerCode: expect.any(String),
				FromCustomerName: expect.any(String),
				ToCustomerCode: expect.any(String),
				ToCustomerName: expect.any(String),
				CreatedBy: expect.any(String),
			});
			expect(sandbox.webhookExample('Payroll', 'Paid').data).toEqual({
				CompanyName: sandbox.state.company.companyName,
				PeriodCalculateNo: expect.any(Number),
				Year: expect.any(Number),
				IsExtendPeriod: false,
				CreatedBy: 'EMP0001',
			});
			expect(sandbox.webhookExample('Case', 'Edit').data).toMatchObject({
				CaseNo: sandbox.state.cases.last().caseNo,
				Owners: [expect.any(String)],
			});
			expect(sandbox.webhookExample('Quotation', 'Revise').data.QuotationNo).toBe(
				sandbox.state.quotations.last().quotationNo,
			);
		});
	});
});
