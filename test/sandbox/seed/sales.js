'use strict';

// Seeded deals, quotations and sales orders (with attachments).

const { formatVenioDate, formatVenioDay } = require('../dates');
const { nextId } = require('../store');
const { dealChanges, newDeal, withStatus } = require('../handlers/deals');
const { quotationChanges, newQuotation } = require('../handlers/quotations');
const { salesOrderChanges, newSalesOrder } = require('../handlers/salesOrders');
const { assertSeedable } = require('./assertSeedable');
const { DEAL_TOPICS } = require('./wordLists');

function seedDeals(state, count, rnd, ctxFor, pickCustomer) {
	for (let i = 0; i < count; i++) {
		const ctx = ctxFor(rnd, i, count);
		const board = rnd.pick(state.dealBoards);
		const stages = state.dealStages.filter((s) => s.boardId === board.boardId);
		const customer = state.customers.get(pickCustomer(rnd));
		const stage = rnd.pick(stages);
		const body = {
			customerCodes: [customer.customerCode],
			dealName: `${customer.customerName.split(' ').slice(0, 2).join(' ')} - ${rnd.pick(DEAL_TOPICS)}`,
			dealValue: rnd.int(10, 500) * 1000,
			probability: stage.probability,
			dealQuantity: rnd.int(1, 20),
			dealQuantityUnit: 'License',
			dealInterests: rnd.some(
				state.dealInterests.map((x) => x.dealInterestId),
				2,
			),
			dealLabels: rnd.some(
				state.dealLabels.map((x) => x.dealLabelId),
				2,
			),
			expectedCloseDate: formatVenioDate(new Date(ctx.now.getTime() + rnd.int(15, 120) * 86400000)),
			assignTo: ctx.actor.staffCode,
			dealStageId: stage.dealStageId,
		};
		if (rnd.chance(0.15))
			body.reasonCategoryId = rnd.pick(state.dealMissedReasonCategories).reasonCategoryId;
		const { changes, errors } = dealChanges(state, body, board.boardId);
		assertSeedable('deal', errors);
		state.deals.insert(withStatus({ ...newDeal(state, board.boardId, ctx), ...changes }));
	}
}

/** One to three line items of active products; whtKey is the document's withholding-tax key. */
function lines(state, rnd, whtKey) {
	const codes = state.products.order.filter((code) => state.products.get(code).active);
	const list = codes.length ? codes : state.products.order;
	return Array.from({ length: rnd.int(1, 3) }, () => ({
		productCode: rnd.pick(list),
		qty: rnd.int(1, 3),
		vatTaxValue: 7,
		[whtKey]: 0,
	}));
}

function seedQuotations(state, count, rnd, ctxFor, pickCustomer) {
	const statuses = [1, 2, 3, 4, 4, 6, 7];
	for (let i = 0; i < count; i++) {
		const ctx = ctxFor(rnd, i, count);
		const status = rnd.pick(statuses);
		const body = {
			quotationSubject: `${rnd.pick(DEAL_TOPICS)} quotation`,
			quotationDate: formatVenioDate(ctx.now),
			quotationValidUntil: formatVenioDate(new Date(ctx.now.getTime() + 30 * 86400000)),
			quotationStatus: status,
			customerCode: pickCustomer(rnd),
			staffCode: ctx.actor.staffCode,
			vatCalculation: true,
			quotationDetails: lines(state, rnd, 'whTaxValue'),
			discountType: true,
			discountValue: rnd.pick([0, 0, 5, 10]),
			headerTemplateId: rnd.pick([0, 1, 2]),
		};
		const { changes, errors } = quotationChanges(state, body);
		assertSeedable('quotation', errors);
		state.quotations.insert(newQuotation(state, changes, ctx));
	}
}

function seedSalesOrders(state, count, rnd, ctxFor, pickCustomer) {
	for (let i = 0; i < count; i++) {
		const ctx = ctxFor(rnd, i, count);
		const customerCode = pickCustomer(rnd);
		const status = rnd.int(1, 5);
		const body = {
			salesOrderSubject: `Order ${i + 1} for ${state.customers.get(customerCode).customerName}`,
			customerCode,
			salesOrderDate: formatVenioDay(ctx.now),
			salesOrderStatus: status,
			staffCode: ctx.actor.staffCode,
			vatCalculation: rnd.chance(0.8),
			currencyCode: 'THB',
			salesOrderDetails: lines(state, rnd, 'whtTaxValue'),
		};
		const { changes, errors } = salesOrderChanges(state, body);
		assertSeedable('sales order', errors);
		const order = newSalesOrder(state, changes, ctx);
		order.attachments = Array.from({ length: rnd.int(0, 2) }, (_, k) =>
			attachment(state, order, k, ctx),
		);
		if (status === 3) order.trackingNo = `TH${rnd.int(100000000, 999999999)}`;
		if (status === 2 || status === 3)
			order.approvedByUserId = state.employees.get(state.employees.order[0]).userId;
		state.salesOrders.insert(order);
	}
}

function attachment(state, order, k, ctx) {
	const attachmentId = nextId(state, 'attachmentId');
	const filename = k === 0 ? 'purchase-order.pdf' : `photo-${k}.jpg`;
	const url = `https://files.venio-sandbox.example/salesorders/${order.salesOrderId}/${filename}`;
	return {
		attachmentId,
		refId: order.salesOrderId,
		type: 4, // documented types are 1 activity, 2 expense, 3 customer; 4 is the sandbox's sales-order type
		filename,
		extension: filename.split('.').pop(),
		fileSize: 20480 + attachmentId * 512,
		isActive: true,
		createdByUserId: ctx.actor.userId,
		dateCreated: formatVenioDate(ctx.now),
		resourceUrl: url,
		companyId: state.company.companyId,
		isProcessed: true,
		url,
		urlResponseUpload: url,
		thumbnail: null,
	};
}

module.exports = { seedDeals, seedQuotations, seedSalesOrders };
