'use strict';

// Sales orders: upsert, get by number / id, attachments, approve, reject,
// payment and tracking. Stored in the GET /v2/salesorder/{no} shape;
// GET /v1/salesorders/{id} answers the legacy object built by legacyView.

const { ok, okValue, okBatch, notFound, notFoundMessage, businessError } = require('../envelope');
const { SALES_ORDER_STATUSES } = require('../catalog');
const { formatVenioDate, formatVenioDay } = require('../dates');
const { nextId, nextNumber } = require('../store');
const { priceDocument } = require('../pricing');
const { createRefs, toId, documentDiscount } = require('./common');
const { isMissing } = require('../validate');

const DRAFT = 1;
const OPEN = 2;
const REJECTED = 4;
const CANCELLED = 5;

/** Request keys that are resolved or computed rather than stored as sent. */
const NOT_COPIED = new Set([
	'salesOrderNo',
	'salesOrderDetails',
	'customerCode',
	'salesOrderStatus',
]);

/**
 * Resolve and price an upsert body. Checks references, units and stock
 * (quantities may not exceed stock of inventory-tracked products).
 */
function salesOrderChanges(state, body, existing) {
	const refs = createRefs(state);
	const customer = refs.customer(body.customerCode);
	refs.employee(body.staffCode);
	refs.headerTemplate(body.headerTemplateId);
	const details = body.salesOrderDetails || [];
	details.forEach((d) => refs.product(d.productCode));
	if (refs.errors.length) return { errors: refs.errors };
	const errors = [];
	for (const detail of details) {
		const product = state.products.get(detail.productCode);
		if (
			!isMissing(detail.productUnitName) &&
			!state.productUnits.some((u) => u.productUnitName === detail.productUnitName)
		) {
			errors.push(`Product unit ${detail.productUnitName} was not found.`);
		}
		if (product.trackInventory && (detail.qty ?? 1) > product.qty) {
			errors.push(
				`Quantity of ${product.productCode} (${detail.qty}) exceeds the stock (${product.qty}).`,
			);
		}
	}
	const priced = priceDocument(
		details,
		documentDiscount(body, existing),
		(code) => state.products.get(code),
		'whtTaxValue',
	);
	errors.push(...priced.errors);
	if (errors.length) return { errors };
	const changes = {};
	for (const [key, value] of Object.entries(body)) if (!NOT_COPIED.has(key)) changes[key] = value;
	if (body.salesOrderStatus != null) changes.salesOrderStatus = body.salesOrderStatus;
	Object.assign(changes, priced.totals, {
		customerCode: customer.customerCode,
		customerId: customer.customerId,
		salesorderDetails: priced.lines, // GET spelling (lower-case o)
		recipient: { name: body.recipientName ?? null, address: body.recipientAddress ?? null },
	});
	return { changes, errors: [] };
}

function newSalesOrder(state, changes, { now, actor }) {
	const at = formatVenioDate(now);
	return {
		salesOrderId: nextId(state, 'salesOrderId'),
		salesOrderNo: nextNumber(state, 'salesOrder', now),
		salesOrderStatus: DRAFT,
		salesOrderDate: formatVenioDay(now),
		headerTemplateId: 0,
		currencyCode: null,
		discountType: null,
		discountValue: null,
		referenceNo: null,
		remark: null,
		payment: null,
		invoiceInfo: null,
		shippingDocumentUrl: null,
		trackingNo: null,
		discounts: [],
		integrationPlatform: null,
		isIntegrationOrderPaid: false,
		attachments: [],
		createdByUserId: actor.userId,
		dateCreated: at,
		dateModified: at,
		approvedByUserId: null,
		waitingApproveByUserId: null,
		...changes,
	};
}

function salesOrderCreateOrUpdate(ctx) {
	const { state, body, now } = ctx;
	const existing = isMissing(body.salesOrderNo)
		? undefined
		: state.salesOrders.get(body.salesOrderNo);
	if (!isMissing(body.salesOrderNo) && !existing) return notFound('Sales order', body.salesOrderNo);
	if (existing && existing.customerCode !== body.customerCode) {
		return businessError('customerCode cannot be changed when updating a sales order.');
	}
	const { changes, errors } = salesOrderChanges(state, body, existing);
	if (errors.length) return businessError(errors);
	if (existing)
		return ok(
			state.salesOrders.update(existing.salesOrderNo, {
				...changes,
				dateModified: formatVenioDate(now),
			}),
		);
	return ok(state.salesOrders.insert(newSalesOrder(state, changes, ctx)));
}

function salesOrderGetByNo({ state, params }) {
	const order = state.salesOrders.get(params.salesOrderNo);
	return order ? ok(order) : notFound('Sales order', params.salesOrderNo);
}

/** The legacy sales-order object of GET /v1/salesorders/{id} (LegacySalesOrder). */
function legacyView(state, order) {
	const status = order.salesOrderStatus;
	const customer = state.customers.get(order.customerCode) || null;
	const seller = state.employees.get(order.staffCode) || null;
	return {
		attachments: order.attachments,
		customer,
		userInfo: seller,
		statusName: SALES_ORDER_STATUSES[status],
		isEdit: status === DRAFT || status === OPEN,
		isDelete: status === DRAFT,
		isApprove: status === DRAFT,
		total: order.grandTotal,
		buyer: customer && {
			customerCode: customer.customerCode,
			customerName: customer.customerName,
			address: order.recipientAddress ?? null,
		},
		seller: seller && { staffCode: seller.staffCode, fullname: seller.fullname },
		customerIds: [order.customerId],
		currency: { currencyCode: order.currencyCode || 'THB' },
		subTotal: order.subTotal,
		saleOrderId: order.salesOrderId,
		orderType: 1,
		saleOrderNo: order.salesOrderNo,
		status,
		dateOrder: order.salesOrderDate,
		customerId: order.customerId,
		isActive: status !== CANCELLED,
		remark: order.remark,
		createdByUserId: order.createdByUserId,
		dateCreated: order.dateCreated,
		waitingApproveByUserId: order.waitingApproveByUserId,
		approvedByUserId: order.approvedByUserId,
	};
}

function salesOrderGetById({ state, params }) {
	const order = state.salesOrders.findBy('id', toId(params.id));
	return order ? okValue(legacyView(state, order)) : notFound('Sales order', params.id);
}

function salesOrderAttachmentsGet({ state, params }) {
	const order = state.salesOrders.findBy('id', toId(params.id));
	return order ? okValue(order.attachments) : notFound('Sales order', params.id);
}

/** Approve / reject many ids; one result per id in the statusCode/httpStatusCode envelope. */
function batchTransition(state, ids, transition) {
	let failures = 0;
	const items = ids.map((salesOrderId) => {
		const order = state.salesOrders.findBy('id', salesOrderId);
		const problem = !order ? notFoundMessage('Sales order', salesOrderId) : transition.check(order);
		if (problem) {
			failures += 1;
			return {
				salesOrderId,
				salesOrderNo: order ? order.salesOrderNo : null,
				isSuccess: false,
				error: { code: '4001', description: problem },
			};
		}
		const updated = state.salesOrders.update(order.salesOrderNo, transition.changes(order));
		return {
			salesOrderId,
			salesOrderNo: updated.salesOrderNo,
			salesOrderStatus: updated.salesOrderStatus,
			isSuccess: true,
			error: null,
		};
	});
	return okBatch(items, failures);
}

const statusWord = (order) => SALES_ORDER_STATUSES[order.salesOrderStatus];

function salesOrderReject({ state, body, now, actor }) {
	return batchTransition(state, body.salesOrderIds, {
		check: (o) =>
			o.salesOrderStatus === REJECTED || o.salesOrderStatus === CANCELLED
				? `Sales order ${o.salesOrderNo} is already ${statusWord(o).toLowerCase()}.`
				: null,
		changes: () => ({
			salesOrderStatus: REJECTED,
			rejectReason: body.reason,
			rejectedByUserId: actor.userId,
			dateModified: formatVenioDate(now),
		}),
	});
}

function salesOrderApprove({ state, body, now, actor }) {
	return batchTransition(state, body.salesOrderIds, {
		check: (o) =>
			o.salesOrderStatus === REJECTED || o.salesOrderStatus === CANCELLED
				? `Sales order ${o.salesOrderNo} cannot be approved in status ${statusWord(o)}.`
				: null,
		changes: () => ({
			salesOrderStatus: OPEN,
			approvedByUserId: actor.userId,
			dateApproved: formatVenioDate(now),
			dateModified: formatVenioDate(now),
		}),
	});
}

/** Installment status 1 / 2 (meaning undocumented): read as unpaid / paid. */
const PAYMENT_STATUSES = { 1: 'Unpaid', 2: 'Paid' };

function salesOrderPaymentUpdate({ state, body, params, now }) {
	const order = state.salesOrders.get(params.salesOrderNo);
	if (!order) return notFound('Sales order', params.salesOrderNo);
	const installments = new Map(
		((order.payment && order.payment.installments) || []).map((i) => [i.periodNo, i]),
	);
	for (const { periodNo, status } of body.payments)
		installments.set(periodNo, { periodNo, status, statusName: PAYMENT_STATUSES[status] });
	const list = [...installments.values()].sort((a, b) => a.periodNo - b.periodNo);
	state.salesOrders.update(order.salesOrderNo, {
		payment: {
			installments: list,
			isPaid: list.every((i) => i.status === 2),
			dateUpdated: formatVenioDate(now),
		},
		dateModified: formatVenioDate(now),
	});
	return ok(true);
}

function salesOrderTrackingNumberUpdate({ state, body, params, now }) {
	const order = state.salesOrders.get(params.salesOrderNo);
	if (!order) return notFound('Sales order', params.salesOrderNo);
	state.salesOrders.update(order.salesOrderNo, {
		trackingNo: body.trackingNo,
		...(body.shippingDocumentUrl !== undefined
			? { shippingDocumentUrl: body.shippingDocumentUrl }
			: {}),
		dateModified: formatVenioDate(now),
	});
	return ok(true);
}

/** The payment field table names the installment InstallmentNumber, the example periodNo. */
function preparePayment(body) {
	if (!body || !Array.isArray(body.payments)) return body;
	return {
		...body,
		payments: body.payments.map((p) => {
			if (!p || typeof p !== 'object') return p;
			const alias = Object.keys(p).find((k) => k.toLowerCase() === 'installmentnumber');
			if (!alias || p.periodNo !== undefined) return p;
			const { [alias]: periodNo, ...rest } = p;
			return { ...rest, periodNo };
		}),
	};
}

module.exports = {
	salesOrderChanges,
	newSalesOrder,
	handlers: {
		salesOrderCreateOrUpdate,
		salesOrderGetByNo,
		salesOrderGetById,
		salesOrderAttachmentsGet,
		salesOrderReject,
		salesOrderApprove,
		salesOrderPaymentUpdate: { prepare: preparePayment, handle: salesOrderPaymentUpdate },
		salesOrderTrackingNumberUpdate: {
			validate: (body) => (isMissing(body.trackingNo) ? ['trackingNo is required.'] : []),
			handle: salesOrderTrackingNumberUpdate,
		},
	},
};
