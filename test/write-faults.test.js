'use strict';
// The fault suite of issue 8: every write operation of the endpoint table, carried out by the
// sandbox and then answered with a cut-off body, a dropped connection or a 504. A write that is
// not safe to repeat must reach Venio exactly once and say its outcome is unknown; one that is
// safe to repeat is retried and succeeds, having left the records as one send would.
const { ENDPOINTS } = require('./endpoints');
const { byCode, byNumber, fromList, useVenio } = require('./venio/support');

const env = useVenio();
afterEach(() => env.sandbox.faults.clear());

const FAULTS = ['malformed', 'drop', '504'];
const WRITES = Object.entries(ENDPOINTS).filter(([, endpoint]) => endpoint.repeat !== 'read');

let serial = 0;
/** A value no earlier run has used, for records that must be new. */
const unique = (prefix) => `${prefix}-${process.pid}-${++serial}`;

const rows = (table) => [...env.state[table].values()];
const owner = () => env.activeEmployees()[0];
const customerCode = (n = 0) => env.state.customers.order[n];
const codeOfCustomerId = (id) => rows('customers').find((c) => c.customerId === id).customerCode;
/** The first record of `table` matching `test` that no earlier case has used. */
const used = new Set();
function fresh(table, test) {
	const record = rows(table).find((r) => test(r) && !used.has(r));
	if (!record) throw new Error(`The sandbox has no more ${table} for this suite`);
	used.add(record);
	return record;
}

const dates = { dateCase: '2026-11-27T09:30:00+07:00', dateDue: '2026-11-30T18:00:00+07:00' };
const lineItems = () => ({
	item: [{ product: byCode(env.productCode(1)), quantity: 1, options: { price: 100 } }],
});

/**
 * Per write operation: the node parameters for one fresh record, the tables one send grows (by
 * how many records), and what must be true once it was carried out.
 */
const CASES = {
	customerCreateOrUpdate: () => ({
		parameters: { resource: 'customer', operation: 'upsert', customerName: unique('Once'), customerState: 3 },
		grows: { customers: 1 },
	}),
	customerSatisfactionCreate: () => ({
		parameters: {
			resource: 'customer',
			operation: 'addSatisfaction',
			customer: byCode(customerCode(2)),
			sourceType: 2,
			point: 9,
			sourceName: 'NPS',
			dateCreated: '2026-11-27T09:30:00+07:00',
		},
		grows: { satisfactions: 1 },
	}),
	customerEventAdd: () => ({
		parameters: {
			resource: 'customer',
			operation: 'addEvent',
			customer: byCode(customerCode(3)),
			eventName: unique('Visit'),
			eventType: 1,
			eventDate: '2026-11-27T10:00:00+07:00',
		},
		grows: { customerEvents: 1 },
	}),
	customerEventEdit: () => {
		const event = fresh('customerEvents', () => true);
		const eventName = unique('Renamed');
		return {
			parameters: {
				resource: 'customer',
				operation: 'updateEvent',
				eventId: event.eventId,
				customer: byCode(codeOfCustomerId(event.customerId)),
				updateFields: { eventName, eventType: 2, eventDate: '2026-12-05T14:00:00+07:00' },
			},
			applied: () => env.state.customerEvents.get(event.eventId).eventName === eventName,
		};
	},
	customerEventDelete: () => {
		const event = fresh('customerEvents', () => true);
		return {
			parameters: { resource: 'customer', operation: 'deleteEvent', eventId: event.eventId },
			grows: { customerEvents: -1 },
			applied: () => !env.state.customerEvents.has(event.eventId),
		};
	},
	caseAdd: () => ({
		parameters: {
			resource: 'case',
			operation: 'create',
			caseType: 2,
			subject: unique('Case'),
			categoryId: 2140016587,
			...dates,
			assignedToUserId: owner().userId,
			customer: byCode(customerCode(2)),
		},
		grows: { cases: 1 },
	}),
	caseEditByCaseNo: () => {
		const record = fresh('cases', () => true);
		const subject = unique('Edited');
		return {
			parameters: {
				resource: 'case',
				operation: 'update',
				case: byNumber(record.caseNo),
				customer: byCode(customerCode(5)),
				updateFields: {
					subject,
					categoryId: 2140016585,
					...dates,
					assignedToUserId: owner().userId,
				},
			},
			applied: () => env.state.cases.get(record.caseNo).subject === subject,
		};
	},
	dealCreate: () => ({
		parameters: {
			resource: 'deal',
			operation: 'create',
			customer: byCode(customerCode()),
			boardId: 34628320,
			dealName: unique('Deal'),
			dealValue: 1000,
			probability: 30,
			expectedCloseDate: '2026-11-27T09:30:00+07:00',
			owner: byCode(owner().staffCode),
		},
		grows: { deals: 1 },
	}),
	dealUpdate: () => {
		const deal = fresh('deals', () => true);
		const dealName = unique('Renamed deal');
		return {
			parameters: {
				resource: 'deal',
				operation: 'update',
				deal: fromList(String(deal.dealsId)),
				owner: byCode(owner().staffCode),
				// All five Venio needs, so no read comes first: the faults hit the write.
				updateFields: {
					dealName,
					dealValue: 99000,
					probability: 10,
					expectedCloseDate: '2026-12-31T00:00:00+07:00',
				},
			},
			applied: () => env.state.deals.get(deal.dealsId).dealsName === dealName,
		};
	},
	expenseCreate: () => ({
		parameters: {
			resource: 'expense',
			operation: 'create',
			subject: unique('Expense'),
			expenseLines: { line: [{ expenseTypeId: 1004, amount: 99 }] },
		},
		grows: { expenses: 1 },
	}),
	expenseUpdate: () => {
		const expense = fresh('expenses', (e) => [301, 302, 304].includes(e.statusId));
		const subject = unique('Updated expense');
		return {
			parameters: {
				resource: 'expense',
				operation: 'update',
				expenseId: String(expense.expenseId),
				updateFields: { subject },
				expenseLines: { line: [{ expenseTypeId: 1004, amount: 99 }] },
			},
			applied: () => env.state.expenses.get(expense.expenseId).subject === subject,
		};
	},
	productsCreateOrUpdate: () => ({
		parameters: {
			resource: 'product',
			operation: 'upsert',
			productCode: unique('NEW'),
			productName: 'Studio Monitor',
			category: 'Audio',
			prices: { price: [{ priceTierName: 'Retail', regularPrice: 2000, salePrice: 1800, useDefaultVat: true }] },
			productUnitName: 'Box',
			// Everything Venio needs, so no look-up comes first: the faults hit the write.
			additionalFields: { cost: 1200, trackInventory: true, useWarranty: false, visibility: true, active: true },
		},
		grows: { products: 1 },
	}),
	productSerialVerify: () => {
		const record = fresh('serials', (s) => !s.isVerified);
		return {
			parameters: {
				resource: 'product',
				operation: 'verifySerialNumber',
				serialNumber: record.serialNumber,
				purchaseDate: '2025-08-05',
				customerBy: 'name',
				customerName: 'John Doe',
			},
			applied: () => env.state.serials.get(record.serialNumber).isVerified === true,
		};
	},
	codeguardProductsCreateOrUpdate: () => {
		const productCode = unique('CG');
		return {
			parameters: {
				resource: 'product',
				operation: 'createOrUpdateCodeguard',
				productJson: JSON.stringify({ products: [{ productCode, serialNumbers: [`${productCode}-SN`] }] }),
			},
			grows: { products: 1, serials: 1 },
		};
	},
	productStockUpdate: () => {
		const product = fresh('products', (p) => p.qty >= 0);
		const before = product.qty;
		return {
			parameters: { resource: 'product', operation: 'updateStock', product: byCode(product.productCode), qty: 5 },
			applied: () => env.state.products.get(product.productCode).qty === before + 5,
		};
	},
	quotationCreateOrUpdate: () => ({
		parameters: {
			resource: 'quotation',
			operation: 'upsert',
			inputMode: 'fields',
			upsertMode: 'create',
			quotationSubject: unique('Quotation'),
			customer: byCode(customerCode(3)),
			staffCode: fromList(owner().staffCode),
			quotationDate: '2025-07-01T09:30:00+07:00',
			quotationValidUntil: '2025-07-31T00:00:00+07:00',
			quotationStatus: 2,
			vatMode: 'exclude',
			lineItems: lineItems(),
		},
		grows: { quotations: 1 },
	}),
	quotationConvertToSalesOrder: () => {
		const quotation = fresh('quotations', (q) => [1, 2, 3, 4].includes(q.quotationStatus) && !q.salesOrderNo);
		return {
			parameters: { resource: 'quotation', operation: 'convertToSalesOrder', quotation: fromList(quotation.quotationNo) },
			grows: { salesOrders: 1 },
			applied: () => env.state.quotations.get(quotation.quotationNo).quotationStatus === 5,
		};
	},
	quotationCancel: () => {
		const quotation = fresh('quotations', (q) => [1, 2, 3].includes(q.quotationStatus));
		return {
			parameters: { resource: 'quotation', operation: 'cancel', quotation: byNumber(quotation.quotationNo) },
			applied: () => env.state.quotations.get(quotation.quotationNo).quotationStatus === 7,
		};
	},
	salesOrderCreateOrUpdate: () => ({
		parameters: {
			resource: 'salesOrder',
			operation: 'upsert',
			inputMode: 'fields',
			upsertMode: 'create',
			salesOrderSubject: unique('Order'),
			customer: fromList(customerCode(7)),
			salesOrderDate: '2025-07-01T23:30:00+07:00',
			vatMode: 'include',
			lineItems: lineItems(),
		},
		grows: { salesOrders: 1 },
	}),
	salesOrderReject: () => {
		const order = fresh('salesOrders', (o) => [1, 2].includes(o.salesOrderStatus));
		return {
			parameters: { resource: 'salesOrder', operation: 'reject', salesOrderIds: String(order.salesOrderId), reason: 'Cancelled' },
			applied: () => env.state.salesOrders.get(order.salesOrderNo).salesOrderStatus === 4,
		};
	},
	salesOrderApprove: () => {
		const order = fresh('salesOrders', (o) => o.salesOrderStatus === 1);
		return {
			parameters: { resource: 'salesOrder', operation: 'approve', salesOrderIds: String(order.salesOrderId) },
			applied: () => env.state.salesOrders.get(order.salesOrderNo).salesOrderStatus === 2,
		};
	},
	salesOrderPaymentUpdate: () => {
		const order = fresh('salesOrders', () => true);
		return {
			parameters: {
				resource: 'salesOrder',
				operation: 'updatePayment',
				salesOrder: byNumber(order.salesOrderNo),
				payments: { installment: [{ periodNo: 1, status: 2 }] },
			},
			applied: () =>
				env.state.salesOrders.get(order.salesOrderNo).payment.installments.some((p) => p.periodNo === 1 && p.status === 2),
		};
	},
	salesOrderTrackingNumberUpdate: () => {
		const order = fresh('salesOrders', (o) => o.salesOrderStatus === 2);
		const trackingNo = unique('TH');
		return {
			parameters: { resource: 'salesOrder', operation: 'updateTrackingNumber', salesOrder: byNumber(order.salesOrderNo), trackingNo },
			applied: () => env.state.salesOrders.get(order.salesOrderNo).trackingNo === trackingNo,
		};
	},
	taskCreate: () => ({
		parameters: { resource: 'task', operation: 'create', taskJson: JSON.stringify({ subject: unique('Task') }) },
		grows: { tasks: 1 },
	}),
	contractServiceAgreementCreateOrUpdate: () => ({
		parameters: {
			resource: 'contract',
			operation: 'createOrUpdateServiceAgreement',
			contractNo: 'CT250100099',
			subject: unique('Agreement'),
			frequency: 260002,
			numberOfTimes: 4,
		},
		grows: { contractServices: 1 },
	}),
};

const sizes = (tables) => Object.fromEntries(tables.map((table) => [table, env.state[table].size]));

test('every write operation of the endpoint table has a case here', () => {
	expect(WRITES.length).toBeGreaterThan(20);
	expect(Object.keys(CASES).sort()).toEqual(WRITES.map(([id]) => id).sort());
});

describe.each(WRITES)('%s', (operationId, endpoint) => {
	test.each(FAULTS)(
		`carried out, then %s: ${endpoint.repeat === 'once' ? 'sent once, outcome unknown' : 'retried, applied as once'}`,
		async (kind) => {
			const { parameters, grows = {}, applied } = CASES[operationId]();
			const before = sizes(Object.keys(grows));
			env.sandbox.faults.add({ operationId, kind, after: true });
			const run = await env.run(parameters);
			const sent = run.requests.filter((r) => r.operationId === operationId);

			const after = sizes(Object.keys(grows));
			for (const [table, delta] of Object.entries(grows)) expect(after[table] - before[table]).toBe(delta);
			if (applied) expect(applied()).toBe(true);

			if (endpoint.repeat === 'once') {
				expect(sent).toHaveLength(1);
				expect(run.error?.name).toBe('NodeApiError');
				expect(run.error.message).toMatch(/^Outcome unknown: Venio may have carried out /);
				expect(run.error.description).toContain(`Check in Venio whether ${endpoint.check}`);
				expect(run.error.description).toMatch(/item 0, /);
			} else {
				expect(run.error).toBeUndefined();
				expect(sent).toHaveLength(2);
				expect(sent.map((r) => r.fault)).toEqual([kind, null]);
				expect(run.items.length).toBeGreaterThan(0);
			}
		},
	);
});
