'use strict';

// Response bodies. A handler returns one of these results ({ status, body,
// headers? }); the server serialises it. Business errors (unknown key,
// conflicting state) are HTTP 200 with a 4001/4002 status code, as the README
// describes; only request-shape problems are HTTP 400.

const SUCCESS_CODE = '1000';

function ok(data) {
	return { status: 200, body: { status: { code: SUCCESS_CODE, description: 'Success' }, data } };
}

/** Variant `{ data: { value } }` (Update Deal, Get a Expense, Employees Enquiry, Get a SalesOrders By Id). */
function okValue(value) {
	return { status: 200, body: { data: { value } } };
}

/** Variant `{ data: [...], statusCode, httpStatusCode }` (Update Product Stock, Reject SaleOrder). */
function okBatch(items, failures) {
	return {
		status: 200,
		body: {
			data: items,
			statusCode: Number(errorCode(failures) || SUCCESS_CODE),
			httpStatusCode: 200,
		},
	};
}

/** 4001 for one message, 4002 for several. */
function errorCode(count) {
	if (!count) return null;
	return count > 1 ? '4002' : '4001';
}

function failure(httpStatus, messages) {
	const list = Array.isArray(messages) ? messages : [messages];
	return {
		status: httpStatus,
		body: { status: { code: errorCode(list.length), description: list.join('; ') }, data: null },
	};
}

const businessError = (messages) => failure(200, messages);
const validationError = (messages) => failure(400, messages);
const notFoundMessage = (thing, key) => `${thing} ${key} was not found.`;
const notFound = (thing, key) => businessError(notFoundMessage(thing, key));

/** Get a Customer By CustomerCode: a third-party client compares status.code with the number 1000. */
function withNumericCode(result) {
	const status = result.body && result.body.status;
	if (status) status.code = Number(status.code);
	return result;
}

/** Gateway-level answers (Azure API Management shape, not the Venio envelope). */
function gatewayError(httpStatus, message, headers) {
	return { status: httpStatus, body: { statusCode: httpStatus, message }, headers };
}

module.exports = {
	ok,
	okValue,
	okBatch,
	businessError,
	validationError,
	notFound,
	notFoundMessage,
	withNumericCode,
	gatewayError,
};
