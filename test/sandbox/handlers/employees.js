'use strict';

// Employees (read-only in the API).

const { ok, okValue, notFound } = require('../envelope');
const { readPage, containsText } = require('./common');
const { isMissing } = require('../validate');

function employeesEnquiry(ctx) {
	const { body } = ctx;
	const page = readPage(body, 'pageLength', ctx);
	if (page.error) return page.error;
	const tests = [];
	if (body.keyWord) {
		tests.push((e) =>
			['fullname', 'staffCode', 'nickname', 'username'].some((field) =>
				containsText(e[field], body.keyWord),
			),
		);
	}
	if (!isMissing(body.teamId)) tests.push((e) => e.teamId === body.teamId);
	// status: 1 active, 0 inactive (the client sends null for "any").
	if (!isMissing(body.status)) tests.push((e) => e.isActive === (body.status === 1));
	const predicate = tests.length ? (e) => tests.every((test) => test(e)) : null;
	return okValue(ctx.state.employees.page(page.skip, page.size, predicate));
}

function employeeGet({ state, params }) {
	const employee = state.employees.get(params.staffCode);
	return employee ? ok(employee) : notFound('Employee', params.staffCode);
}

module.exports = {
	handlers: {
		// pageLength is required here too (brief; the third-party client always sends it).
		employeesEnquiry: {
			validate: (body) => (isMissing(body.pageLength) ? ['pageLength is required.'] : []),
			handle: employeesEnquiry,
		},
		employeeGet,
	},
};
