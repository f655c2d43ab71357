'use strict';

// Quotations: upsert, get, enquiry (skip + take), cancel, convert to a sales order.

const { ok, notFound, businessError, validationError } = require('../envelope');
const { QUOTATION_STATUSES } = require('../catalog');
const { formatVenioDate, formatVenioDay } = require('../dates');
const { nextId, nextNumber } = require('../store');
const { priceDocument } = require('../pricing');
const { readPage, createRefs, sameDay, documentDiscount } = require('./common');
const { isMissing } = require('../validate');
const { salesOrderChanges, newSalesOrder } = require('./salesOrders');

const COMPLETED = 5;
const REJECTED = 6;
const CANCELLED = 7;

/** Resolve and price an upsert body into record fields (`existing`: the quotation it updates). */
function quotationChanges(state, body, existing) {
	const refs = createRefs(state);
	const customer = refs.customer(body.customerCode);
	refs.employee(body.staffCode);
	refs.headerTemplate(body.headerTemplateId);
	body.quotationDetails.forEach((d) => refs.product(d.productCode));
	if (refs.errors.length) return { errors: refs.errors };
	const priced = priceDocument(
		body.quotationDetails,
		documentDiscount(body, existing),
		(code) => state.products.get(code),
		'whTaxValue',
	);
	if (priced.errors.length) return { errors: priced.errors };
	const { quotationNo, ...fields } = body;
	return {
		errors: [],
		changes: {
			...fields,
			quotationStatusName: QUOTATION_STATUSES[body.quotationStatus],
			customerId: customer.customerId,
			customerName: customer.customerName,
			quotationDetails: priced.lines,
			...priced.totals,
		},
	};
}

function newQuotation(state, changes, { now, actor }) {
	const at = formatVenioDate(now);
	return {
		quotationId: nextId(state, 'quotationId'),
		quotationNo: nextNumber(state, 'quotation', now),
		referenceNo: null,
		headerTemplateId: 0,
		discountName: null,
		discountType: null,
		discountValue: null,
		quotationNote: null,
		recipientName: null,
		recipientAddress: null,
		remark: null,
		salesOrderNo: null,
		createdByUserId: actor.userId,
		dateCreated: at,
		dateModified: at,
		...changes,
	};
}

function quotationCreateOrUpdate(ctx) {
	const { state, body, now } = ctx;
	const existing = isMissing(body.quotationNo) ? undefined : state.quotations.get(body.quotationNo);
	if (!isMissing(body.quotationNo) && !existing) return notFound('Quotation', body.quotationNo);
	// "referenceNo must be given when editing an existing quotation" (vendor sample note).
	if (existing && isMissing(body.referenceNo))
		return validationError('referenceNo is required when editing a quotation.');
	if (
		existing &&
		(existing.quotationStatus === COMPLETED || existing.quotationStatus === CANCELLED)
	) {
		return businessError(
			`Quotation ${existing.quotationNo} cannot be edited in status ${existing.quotationStatusName}.`,
		);
	}
	const { changes, errors } = quotationChanges(state, body, existing);
	if (errors.length) return businessError(errors);
	if (existing)
		return ok(
			state.quotations.update(existing.quotationNo, {
				...changes,
				dateModified: formatVenioDate(now),
			}),
		);
	return ok(state.quotations.insert(newQuotation(state, changes, ctx)));
}

function quotationGetByNo({ state, params }) {
	const quotation = state.quotations.get(params.quotationNo);
	return quotation ? ok(quotation) : notFound('Quotation', params.quotationNo);
}

function quotationEnquiry(ctx) {
	const { body } = ctx;
	const page = readPage(body, 'take', ctx);
	if (page.error) return page.error;
	const tests = [];
	if (!isMissing(body.quotationNo)) tests.push((q) => q.quotationNo === body.quotationNo);
	if (!isMissing(body.quotationStatus))
		tests.push((q) => q.quotationStatus === body.quotationStatus);
	if (!isMissing(body.staffCode)) tests.push((q) => q.staffCode === body.staffCode);
	if (!isMissing(body.customerCode)) tests.push((q) => q.customerCode === body.customerCode);
	if (!isMissing(body.quotationDate))
		tests.push((q) => sameDay(q.quotationDate, body.quotationDate));
	const predicate = tests.length ? (q) => tests.every((test) => test(q)) : null;
	return ok(ctx.state.quotations.page(page.skip, page.size, predicate));
}

function setStatus(state, quotation, status, extra, now) {
	return state.quotations.update(quotation.quotationNo, {
		quotationStatus: status,
		quotationStatusName: QUOTATION_STATUSES[status],
		dateModified: formatVenioDate(now),
		...extra,
	});
}

function quotationCancel({ state, params, body, now }) {
	const quotation = state.quotations.get(params.quotationNo);
	if (!quotation) return notFound('Quotation', params.quotationNo);
	if (quotation.quotationStatus === CANCELLED || quotation.quotationStatus === COMPLETED) {
		return businessError(
			`Quotation ${quotation.quotationNo} cannot be cancelled in status ${quotation.quotationStatusName}.`,
		);
	}
	return ok(
		setStatus(state, quotation, CANCELLED, { cancelReason: (body && body.reason) ?? null }, now),
	);
}

/** Creates an open sales order from the quotation and marks the quotation completed. */
function quotationConvertToSalesOrder(ctx) {
	const { state, params, body, now } = ctx;
	if (body.QuotationNo !== params.quotationNo) {
		return validationError(
			`QuotationNo ${body.QuotationNo} does not match the quotation number in the path (${params.quotationNo}).`,
		);
	}
	const quotation = state.quotations.get(params.quotationNo);
	if (!quotation) return notFound('Quotation', params.quotationNo);
	if (quotation.salesOrderNo) {
		return businessError(
			`Quotation ${quotation.quotationNo} has already been converted to sales order ${quotation.salesOrderNo}.`,
		);
	}
	if (quotation.quotationStatus === REJECTED || quotation.quotationStatus === CANCELLED) {
		return businessError(
			`Quotation ${quotation.quotationNo} cannot be converted in status ${quotation.quotationStatusName}.`,
		);
	}
	const { changes, errors } = salesOrderChanges(state, {
		salesOrderSubject: quotation.quotationSubject,
		customerCode: quotation.customerCode,
		salesOrderDate: formatVenioDay(now),
		salesOrderStatus: 2,
		staffCode: quotation.staffCode,
		vatCalculation: quotation.vatCalculation,
		referenceNo: quotation.quotationNo,
		headerTemplateId: quotation.headerTemplateId,
		discountType: quotation.discountType,
		discountValue: quotation.discountValue,
		discountName: quotation.discountName,
		recipientName: quotation.recipientName,
		recipientAddress: quotation.recipientAddress,
		salesOrderDetails: quotation.quotationDetails.map(({ whTaxValue, ...line }) => ({
			...line,
			whtTaxValue: whTaxValue,
		})),
	});
	if (errors.length) return businessError(errors);
	const order = state.salesOrders.insert(
		newSalesOrder(state, { ...changes, quotationNo: quotation.quotationNo }, ctx),
	);
	setStatus(state, quotation, COMPLETED, { salesOrderNo: order.salesOrderNo }, now);
	return ok({
		quotationNo: quotation.quotationNo,
		salesOrderNo: order.salesOrderNo,
		salesOrderId: order.salesOrderId,
	});
}

module.exports = {
	quotationChanges,
	newQuotation,
	handlers: {
		quotationCreateOrUpdate,
		quotationGetByNo,
		quotationEnquiry,
		quotationCancel,
		quotationConvertToSalesOrder,
	},
};
