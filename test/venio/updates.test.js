'use strict';
// Every operation that changes an existing record changes only what the user set: a field left
// empty keeps the record's current value, whether Venio keeps what is not sent or needs the
// whole record (then the node reads it first and sends it back with the user's changes).
const { opTest, useVenio, byCode, fromList } = require('./support');

const env = useVenio();

describe('Deal › Update keeps what was not set', () => {
	opTest(
		'deal',
		'update',
		'with only the deal and a new stage, the stage changes and nothing else',
		async () => {
			const deal = env.state.deals
				.rows()
				.find((d) => d.boardId === 34628320 && d.dealStageId !== 5509);
			const before = { ...deal };
			const run = await env.run({
				resource: 'deal',
				operation: 'update',
				deal: fromList(String(deal.dealsId)),
				dealStageId: 5509,
			});
			expect(run.error).toBeUndefined();
			// Venio needs the five every time: read first, then sent back as they were.
			expect(run.requests.map((r) => `${r.method} ${r.path}`)).toEqual([
				`GET /v1/deals/${deal.dealsId}`,
				`PUT /v1/deals/${deal.dealsId}`,
			]);
			expect(run.requests[1].body).toEqual({
				dealName: before.dealsName,
				dealValue: before.dealsValue,
				probability: before.probability,
				expectedCloseDate: before.expectedCloseDate,
				assignTo: before.assignTo,
				dealStageId: 5509,
			});
			const after = env.state.deals.get(deal.dealsId);
			expect(after.dealStageId).toBe(5509);
			for (const field of [
				'dealsName',
				'dealsValue',
				'probability',
				'expectedCloseDate',
				'assignTo',
				'notes',
				'customerCode',
				'dealsLabels',
				'dealsInterests',
			]) {
				expect([field, after[field]]).toEqual([field, before[field]]);
			}
		},
	);

	test('an update that sets all five fields Venio needs sends no read', async () => {
		const deal = env.recordAt('deals', 2);
		const [owner] = env.activeEmployees();
		const run = await env.run({
			resource: 'deal',
			operation: 'update',
			deal: fromList(String(deal.dealsId)),
			owner: byCode(owner.staffCode),
			updateFields: {
				dealName: 'All set',
				dealValue: 5,
				probability: 10,
				expectedCloseDate: '2026-12-31T00:00:00+07:00',
			},
		});
		expect(run.requests.map((r) => r.method)).toEqual(['PUT']);
		expect(env.state.deals.get(deal.dealsId).dealsName).toBe('All set');
	});

	test('a field Venio does not give back is asked for, and nothing is written', async () => {
		const deal = env.recordAt('deals', 4);
		const id = deal.dealsId;
		const saved = env.state.deals.get(id);
		env.state.deals.insert({ ...saved, assignTo: undefined });
		try {
			const run = await env.run({
				resource: 'deal',
				operation: 'update',
				deal: fromList(String(id)),
				updateFields: { dealValue: 7 },
			});
			expect(run.error.message).toBe('Owner is required here');
			expect(run.error.description).toMatch(/Set Owner \(item 0\)\./);
			expect(run.requests.map((r) => r.method)).toEqual(['GET']);
		} finally {
			env.state.deals.insert(saved);
		}
	});
});

describe('Customer › Update Event keeps what was not set', () => {
	opTest(
		'customer',
		'updateEvent',
		'with only a new description, the name, type and date stay',
		async () => {
			const customer = env.recordAt('customers', 3);
			const added = await env.run({
				resource: 'customer',
				operation: 'addEvent',
				customer: byCode(customer.customerCode),
				eventName: 'Quarterly review',
				eventType: 2,
				eventDate: '2026-12-01T10:00:00+07:00',
			});
			const { eventId } = added.items[0];
			const before = { ...env.state.customerEvents.get(eventId) };
			const run = await env.run({
				resource: 'customer',
				operation: 'updateEvent',
				eventId,
				customer: byCode(customer.customerCode),
				updateFields: { description: 'Moved to the small room' },
			});
			expect(run.error).toBeUndefined();
			expect(run.requests.map((r) => r.method)).toEqual(['GET', 'PUT']);
			const after = env.state.customerEvents.get(eventId);
			expect(after.description).toBe('Moved to the small room');
			for (const field of ['eventName', 'eventType', 'eventDate', 'customerId']) {
				expect([field, after[field]]).toEqual([field, before[field]]);
			}
		},
	);

	test('an event that is not the customer’s is refused, and nothing is written', async () => {
		const run = await env.run({
			resource: 'customer',
			operation: 'updateEvent',
			eventId: 987654,
			customer: byCode(env.recordAt('customers', 3).customerCode),
			updateFields: { eventName: 'x' },
		});
		expect(run.error.message).toMatch(/Event 987654 is not an event of customer/);
		expect(run.requests.map((r) => r.method)).toEqual(['GET']);
	});
});

describe('Expense › Update keeps what was not set', () => {
	opTest(
		'expense',
		'update',
		'with only a new remark, the subject, lines and the rest of the claim stay',
		async () => {
			const created = await env.run({
				resource: 'expense',
				operation: 'create',
				subject: 'Customer visit',
				expenseLines: {
					line: [
						{ expenseTypeId: 1004, amount: 120, note: 'Parking' },
						{ expenseTypeId: 1004, amount: 60 },
					],
				},
				additionalFields: { remark: 'first draft' },
			});
			const target = env.state.expenses.get(created.items[0].expenseId);
			const before = JSON.parse(JSON.stringify(target));
			const run = await env.run({
				resource: 'expense',
				operation: 'update',
				expenseId: String(target.expenseId),
				updateFields: { remark: 'Receipts attached' },
			});
			expect(run.error).toBeUndefined();
			const after = env.state.expenses.get(target.expenseId);
			expect(after.remark).toBe('Receipts attached');
			for (const field of [
				'subject',
				'activityId',
				'dateTransaction',
				'attachments',
				'totalBaht',
			]) {
				expect([field, after[field]]).toEqual([field, before[field]]);
			}
			const lineOf = ({ expenseDetailId, expenseTypeId, amount, note }) => ({
				expenseDetailId,
				expenseTypeId,
				amount,
				note,
			});
			expect(after.expenseDetails.map(lineOf)).toEqual(before.expenseDetails.map(lineOf));
		},
	);
});

describe('Customer › Create or Update keeps what was not set', () => {
	opTest(
		'customer',
		'upsert',
		'an update with only a new email keeps the name, state and the rest',
		async () => {
			const target = env.state.customers.rows().find((c) => c.customerStateId === 1);
			const before = JSON.parse(JSON.stringify(target));
			const run = await env.run({
				resource: 'customer',
				operation: 'upsert',
				upsertMode: 'update',
				customer: fromList(target.customerCode),
				additionalFields: { customerEmail: 'new@example.com' },
			});
			expect(run.error).toBeUndefined();
			expect(run.requests.map((r) => r.method)).toEqual(['GET', 'POST']);
			expect(run.requests[1].body).toEqual({
				customerCode: target.customerCode,
				customerName: before.customerName,
				customerState: 1,
				customerEmail: 'new@example.com',
			});
			const after = env.state.customers.get(target.customerCode);
			expect(after.email).toBe('new@example.com');
			for (const field of [
				'customerName',
				'customerStateId',
				'customerType',
				'customerStatus',
				'customerOwnersStr',
				'phone',
				'type',
			]) {
				expect([field, after[field]]).toEqual([field, before[field]]);
			}
		},
	);
});

describe('Sales Order updates that send one thing keep the rest', () => {
	const ordersOf = () => env.state.salesOrders.rows();
	const unchanged = (before, after, except) => {
		for (const field of Object.keys(before).filter((f) => !except.includes(f))) {
			expect([field, after[field]]).toEqual([field, before[field]]);
		}
	};

	opTest(
		'salesOrder',
		'updateTrackingNumber',
		'keeps what was not set: only the tracking number changes',
		async () => {
			const target = ordersOf().find((o) => o.salesOrderStatus === 2);
			const before = JSON.parse(JSON.stringify(target));
			const run = await env.run({
				resource: 'salesOrder',
				operation: 'updateTrackingNumber',
				salesOrder: { __rl: true, mode: 'number', value: target.salesOrderNo },
				trackingNo: 'TH000111222',
			});
			expect(run.error).toBeUndefined();
			expect(run.requests.map((r) => r.method)).toEqual(['PUT']);
			const after = env.state.salesOrders.get(target.salesOrderNo);
			expect(after.trackingNo).toBe('TH000111222');
			unchanged(before, after, ['trackingNo', 'dateModified']);
		},
	);

	opTest(
		'salesOrder',
		'updatePayment',
		'keeps what was not set: only the payment changes',
		async () => {
			const target = ordersOf()[3];
			const before = JSON.parse(JSON.stringify(target));
			const run = await env.run({
				resource: 'salesOrder',
				operation: 'updatePayment',
				salesOrder: { __rl: true, mode: 'number', value: target.salesOrderNo },
				payments: { installment: [{ periodNo: 1, status: 2 }] },
			});
			expect(run.error).toBeUndefined();
			expect(run.requests.map((r) => r.method)).toEqual(['PUT']);
			unchanged(before, env.state.salesOrders.get(target.salesOrderNo), [
				'payment',
				'dateModified',
			]);
		},
	);
});

describe('Product › Update Stock changes the stock only', () => {
	opTest(
		'product',
		'updateStock',
		'keeps what was not set: name, prices and switches stay',
		async () => {
			const code = env.state.products.order[2];
			const before = JSON.parse(JSON.stringify(env.state.products.get(code)));
			const run = await env.run({
				resource: 'product',
				operation: 'updateStock',
				product: { __rl: true, mode: 'code', value: code },
				qty: 4,
			});
			expect(run.error).toBeUndefined();
			const after = env.state.products.get(code);
			expect(after.qty).toBe(before.qty + 4);
			for (const field of Object.keys(before).filter((f) => !['qty', 'dateModified'].includes(f))) {
				expect([field, after[field]]).toEqual([field, before[field]]);
			}
		},
	);
});

describe('Quotation › Create or Update keeps the status it was not asked to change', () => {
	opTest(
		'quotation',
		'upsert',
		'an update with Keep Current Status sends the quotation’s own status',
		async () => {
			const target = env.state.quotations.rows().find((q) => q.quotationStatus === 2);
			const run = await env.run({
				resource: 'quotation',
				operation: 'upsert',
				inputMode: 'fields',
				upsertMode: 'update',
				quotation: fromList(target.quotationNo),
				quotationSubject: 'Revised offer',
				customer: byCode(target.customerCode),
				staffCode: fromList(env.activeEmployees()[0].staffCode),
				quotationDate: '2025-07-01T09:30:00+07:00',
				quotationValidUntil: '2025-07-31T00:00:00+07:00',
				vatMode: 'exclude',
				lineItems: { item: [{ product: byCode(env.productCode(1)), quantity: 2 }] },
				additionalFields: { referenceNo: 'REF-7' },
			});
			expect(run.error).toBeUndefined();
			expect(run.requests.map((r) => `${r.method} ${r.path}`)).toEqual([
				`GET /v1/quotation/${target.quotationNo}`,
				'POST /v2/quotation',
			]);
			expect(run.requests[1].body.quotationStatus).toBe(2);
			const after = env.state.quotations.get(target.quotationNo);
			expect(after.quotationSubject).toBe('Revised offer');
			expect(after.quotationStatus).toBe(2);
		},
	);
});

describe('the read before a write is part of the run', () => {
	afterEach(() => env.sandbox.faults.clear());

	test('Deal › Update: a read that never answers fails within Options › Timeout, and nothing is written', async () => {
		const { MAX_ATTEMPTS } = require('../../dist/nodes/shared/transport/retry');
		const deal = env.recordAt('deals', 6);
		const before = { ...env.state.deals.get(deal.dealsId) };
		// Read with the default timeout (60 s a try), this hang would outlast the test.
		env.sandbox.faults.add({ operationId: 'dealGet', kind: 'hang', times: MAX_ATTEMPTS });
		const run = await env.run({
			resource: 'deal',
			operation: 'update',
			deal: fromList(String(deal.dealsId)),
			dealStageId: 5509,
			options: { timeout: 300 },
		});
		expect(run.error.message).toBe('Venio did not answer in time');
		expect(run.error.description).toMatch(/did not answer within 300 ms on each of 5 tries/);
		expect(run.error.description).toContain('Deal › Update');
		expect(run.requests.map((r) => `${r.method} ${r.path}`)).toEqual(
			Array(MAX_ATTEMPTS).fill(`GET /v1/deals/${deal.dealsId}`),
		);
		expect(env.state.deals.get(deal.dealsId)).toEqual(before);
	});
});

/** Every field of a document, as read back from the sandbox, but the ones listed. */
const allBut = (record, changed) =>
	Object.fromEntries(
		Object.entries(record).filter(([field]) => ![...changed, 'dateModified'].includes(field)),
	);

describe('Quotation › Create or Update changes only what the user set', () => {
	const quotationFields = (overrides) => ({
		resource: 'quotation',
		operation: 'upsert',
		inputMode: 'fields',
		...overrides,
	});

	opTest(
		'quotation',
		'upsert',
		'an update with only a new subject keeps the customer, dates, VAT mode, lines and status',
		async () => {
			const target = env.state.quotations
				.rows()
				.find((q) => q.quotationStatus === 3 && q.quotationDetails.length > 1);
			// Venio asks for the reference number on every update: this quotation has one.
			env.state.quotations.update(target.quotationNo, { referenceNo: 'PO-2211' });
			const before = structuredClone(env.state.quotations.get(target.quotationNo));
			const run = await env.run(
				quotationFields({
					upsertMode: 'update',
					quotation: fromList(target.quotationNo),
					quotationSubject: 'Renamed offer',
				}),
			);
			expect(run.error).toBeUndefined();
			expect(run.requests.map((r) => `${r.method} ${r.path}`)).toEqual([
				`GET /v1/quotation/${target.quotationNo}`,
				'POST /v2/quotation',
			]);
			const sent = run.requests[1].body;
			expect(sent.quotationSubject).toBe('Renamed offer');
			expect(sent.quotationDetails.map((line) => line.productCode)).toEqual(
				before.quotationDetails.map((line) => line.productCode),
			);
			expect(sent.quotationDetails[0].totalPrice).toBeUndefined();
			const after = env.state.quotations.get(target.quotationNo);
			expect(after.quotationSubject).toBe('Renamed offer');
			expect(allBut(after, ['quotationSubject'])).toEqual(allBut(before, ['quotationSubject']));
		},
	);

	test('an update with new line items replaces the lines and keeps the rest', async () => {
		const target = env.state.quotations.rows().find((q) => q.quotationStatus === 1);
		env.state.quotations.update(target.quotationNo, { referenceNo: 'PO-2212' });
		const before = structuredClone(env.state.quotations.get(target.quotationNo));
		const run = await env.run(
			quotationFields({
				upsertMode: 'update',
				quotation: fromList(target.quotationNo),
				lineItems: { item: [{ product: byCode(env.productCode(2)), quantity: 4 }] },
			}),
		);
		expect(run.error).toBeUndefined();
		const after = env.state.quotations.get(target.quotationNo);
		expect(after.quotationDetails.map((line) => [line.productCode, line.qty])).toEqual([
			[env.productCode(2), 4],
		]);
		for (const field of [
			'quotationSubject',
			'customerCode',
			'staffCode',
			'quotationDate',
			'quotationValidUntil',
			'quotationStatus',
			'vatCalculation',
		]) {
			expect([field, after[field]]).toEqual([field, before[field]]);
		}
	});

	test('an update that sets every field Venio needs sends no read', async () => {
		const target = env.state.quotations.rows().find((q) => q.quotationStatus === 2);
		const run = await env.run(
			quotationFields({
				upsertMode: 'update',
				quotation: fromList(target.quotationNo),
				quotationSubject: 'All given',
				customer: byCode(target.customerCode),
				staffCode: fromList(target.staffCode),
				quotationDate: '2025-07-01T09:30:00+07:00',
				quotationValidUntil: '2025-07-31T00:00:00+07:00',
				quotationStatus: 3,
				vatMode: 'include',
				lineItems: { item: [{ product: byCode(env.productCode(1)), quantity: 2 }] },
				additionalFields: { referenceNo: 'PO-2213' },
			}),
		);
		expect(run.error).toBeUndefined();
		expect(run.requests.map((r) => r.method)).toEqual(['POST']);
		expect(env.state.quotations.get(target.quotationNo).quotationStatus).toBe(3);
	});

	test('a quotation without a reference number asks for one, and nothing is written', async () => {
		const target = env.state.quotations
			.rows()
			.find((q) => q.quotationStatus === 4 && q.referenceNo === null);
		const run = await env.run(
			quotationFields({
				upsertMode: 'update',
				quotation: fromList(target.quotationNo),
				quotationSubject: 'Not saved',
			}),
		);
		expect(run.error.message).toBe('Reference Number is required here');
		expect(run.requests.map((r) => r.method)).toEqual(['GET']);
		expect(env.state.quotations.get(target.quotationNo).quotationSubject).toBe(
			target.quotationSubject,
		);
	});

	test('a new quotation without a customer is refused before anything is sent', async () => {
		await env.expectRejected(
			quotationFields({
				upsertMode: 'create',
				quotationSubject: 'No customer',
				// The editor marks an empty required field; an expression can still give nothing.
				customer: byCode('={{ $json.code }}'),
				staffCode: fromList(env.activeEmployees()[0].staffCode),
				quotationDate: '2025-07-01T09:30:00+07:00',
				quotationValidUntil: '2025-07-31T00:00:00+07:00',
				lineItems: { item: [{ product: byCode(env.productCode(1)), quantity: 1 }] },
			}),
			/^Customer is required$/,
			[{}],
		);
	});
});

describe('Sales Order › Create or Update changes only what the user set', () => {
	const salesOrderFields = (overrides) => ({
		resource: 'salesOrder',
		operation: 'upsert',
		inputMode: 'fields',
		...overrides,
	});

	opTest(
		'salesOrder',
		'upsert',
		'an update with only a new subject keeps the customer, date, VAT mode, lines and status',
		async () => {
			const target =
				env.state.salesOrders
					.rows()
					.find(
						(o) => o.salesOrderStatus === 2 && !o.vatCalculation && o.salesorderDetails.length > 1,
					) ?? env.state.salesOrders.rows().find((o) => o.salesOrderStatus === 2);
			const before = structuredClone(env.state.salesOrders.get(target.salesOrderNo));
			const run = await env.run(
				salesOrderFields({
					upsertMode: 'update',
					salesOrder: { __rl: true, mode: 'number', value: target.salesOrderNo },
					salesOrderSubject: 'Renamed order',
				}),
			);
			expect(run.error).toBeUndefined();
			expect(run.requests.map((r) => `${r.method} ${r.path}`)).toEqual([
				`GET /v2/salesorder/${target.salesOrderNo}`,
				'POST /v2/salesorder',
			]);
			const sent = run.requests[1].body;
			// Venio keeps a status that is not sent.
			expect(sent.salesOrderStatus).toBeUndefined();
			expect(sent.salesorderDetails).toBeUndefined();
			expect(sent.salesOrderDetails).toHaveLength(before.salesorderDetails.length);
			const after = env.state.salesOrders.get(target.salesOrderNo);
			expect(after.salesOrderSubject).toBe('Renamed order');
			expect(allBut(after, ['salesOrderSubject'])).toEqual(allBut(before, ['salesOrderSubject']));
		},
	);

	test('an update with a new status changes the status and keeps the rest', async () => {
		const target = env.state.salesOrders.rows().find((o) => o.salesOrderStatus === 1);
		const before = structuredClone(env.state.salesOrders.get(target.salesOrderNo));
		const run = await env.run(
			salesOrderFields({
				upsertMode: 'update',
				salesOrder: { __rl: true, mode: 'number', value: target.salesOrderNo },
				salesOrderStatus: 2,
			}),
		);
		expect(run.error).toBeUndefined();
		const after = env.state.salesOrders.get(target.salesOrderNo);
		expect(after.salesOrderStatus).toBe(2);
		expect(allBut(after, ['salesOrderStatus'])).toEqual(allBut(before, ['salesOrderStatus']));
	});

	test('a new sales order without a subject is refused before anything is sent', async () => {
		await env.expectRejected(
			salesOrderFields({
				upsertMode: 'create',
				salesOrderSubject: '={{ $json.subject }}',
				customer: byCode(env.state.customers.order[2]),
				salesOrderDate: '2025-07-01',
				lineItems: { item: [{ product: byCode(env.productCode(1)), quantity: 1 }] },
			}),
			/^Subject is required$/,
			[{}],
		);
	});
});
