'use strict';

// Helpers shared by the handler groups.

const { notFoundMessage, validationError } = require('../envelope');
const { isMissing } = require('../validate');
const { parseVenioDate } = require('../dates');

/**
 * skip + take / skip + pageLength. Returns { skip, size } or { error } (a 400 result).
 * A size above maxPageSize is served with maxPageSize rows, as a gateway cap would.
 */
function readPage(body, sizeField, ctx, defaultSize) {
	const errors = [];
	const skip = body.skip ?? 0;
	const size = body[sizeField] ?? defaultSize;
	if (!Number.isInteger(skip) || skip < 0) errors.push('skip must be zero or a positive integer.');
	if (size === undefined) errors.push(`${sizeField} is required.`);
	else if (!Number.isInteger(size) || size < 1) errors.push(`${sizeField} must be greater than 0.`);
	if (errors.length) return { error: validationError(errors) };
	return { skip, size: Math.min(size, ctx.options.maxPageSize) };
}

/**
 * Collects "X was not found." messages while resolving references, so one
 * answer can list every unknown key (4001 for one, 4002 for several).
 */
function createRefs(state) {
	const errors = [];
	const resolve = (thing, found, key) => {
		if (isMissing(key)) return undefined;
		if (found === undefined) errors.push(notFoundMessage(thing, key));
		return found;
	};
	return {
		errors,
		customer: (code) => resolve('Customer', state.customers.get(code), code),
		employee: (staffCode) => resolve('Employee', state.employees.get(staffCode), staffCode),
		user: (userId) => resolve('User', state.employees.findBy('userId', userId), userId),
		product: (code) => resolve('Product', state.products.get(code), code),
		deal: (dealNo) => resolve('Deal', state.deals.findBy('no', dealNo), dealNo),
		activity: (activityNo) =>
			resolve('Activity', state.activities.findBy('no', activityNo), activityNo),
		/** An entry of a lookup list by its id field. */
		lookup: (thing, list, idField, id) =>
			resolve(
				thing,
				list.find((item) => item[idField] === id),
				id,
			),
		headerTemplate: (id) =>
			// 0 (the examples' value) and null mean "company default".
			id === 0
				? null
				: resolve(
						'Header template',
						state.headerTemplates.find((t) => t.headerTemplateId === id),
						id,
					),
	};
}

const containsText = (value, needle) =>
	typeof value === 'string' && value.toLowerCase().includes(String(needle).toLowerCase());

/** Whether a date lies within [from, to]; a missing or unparsable bound does not filter. */
function inDateRange(value, from, to) {
	const at = parseVenioDate(value);
	const start = isMissing(from) ? NaN : parseVenioDate(from);
	const end = isMissing(to) ? NaN : parseVenioDate(to);
	if (!Number.isNaN(start) && !(at >= start)) return false;
	if (!Number.isNaN(end) && !(at <= end)) return false;
	return true;
}

/** Same calendar day (the yyyy-MM-dd part). */
function sameDay(value, day) {
	if (isMissing(day)) return true;
	return String(value).slice(0, 10) === String(day).slice(0, 10);
}

/** A path id typed integer in openapi (already checked to be digits by the server). */
const toId = (value) => Number(value);

/**
 * The document discount an upsert is priced with: the one the body sends, or on an update that
 * sends none the document's current one (Venio keeps the fields an update does not send).
 */
function documentDiscount(body, existing) {
	if (!existing || body.discountType !== undefined || body.discountValue !== undefined) return body;
	return { ...body, discountType: existing.discountType, discountValue: existing.discountValue };
}

module.exports = {
	readPage,
	createRefs,
	containsText,
	inDateRange,
	sameDay,
	toId,
	documentDiscount,
};
