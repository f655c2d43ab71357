'use strict';

// Activities (read-only in this API): get by id, enquiry with skip + take.

const { ok, notFound } = require('../envelope');
const { readPage, containsText, inDateRange, toId } = require('./common');
const { isMissing } = require('../validate');

/** take is not documented as required here; without it a page has this many rows. */
const DEFAULT_TAKE = 20;

function activitiesEnquiry(ctx) {
	const { body } = ctx;
	const page = readPage(body, 'take', ctx, DEFAULT_TAKE);
	if (page.error) return page.error;
	// Filter fields are undocumented; these follow the Activity fields.
	const tests = [];
	if (body.keyword)
		tests.push(
			(a) => containsText(a.subject, body.keyword) || containsText(a.activityNo, body.keyword),
		);
	if (!isMissing(body.statusId)) tests.push((a) => a.statusId === body.statusId);
	if (!isMissing(body.activityTypeId)) tests.push((a) => a.activityTypeId === body.activityTypeId);
	if (!isMissing(body.customerCode)) tests.push((a) => a.customerCode === body.customerCode);
	if (!isMissing(body.dateStart) || !isMissing(body.dateEnd))
		tests.push((a) => inDateRange(a.dateAppointmentStart, body.dateStart, body.dateEnd));
	const predicate = tests.length ? (a) => tests.every((test) => test(a)) : null;
	return ok(ctx.state.activities.page(page.skip, page.size, predicate));
}

function activityGet({ state, params }) {
	const activity = state.activities.get(toId(params.activityId));
	return activity ? ok(activity) : notFound('Activity', params.activityId);
}

module.exports = { handlers: { activitiesEnquiry, activityGet } };
