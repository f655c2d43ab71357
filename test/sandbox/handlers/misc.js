'use strict';

// Smaller groups: tasks, header templates, conversations, contract service agreements.

const { ok, notFound, businessError } = require('../envelope');
const { CONTRACT_FREQUENCIES } = require('../catalog');
const { formatVenioDate } = require('../dates');
const { nextId } = require('../store');
const { readPage, createRefs, containsText } = require('./common');
const { isMissing } = require('../validate');

/** Body undocumented: stored as sent; known references (customerCode, assignTo) are checked. */
function taskCreate({ state, body, now, actor }) {
	const refs = createRefs(state);
	refs.customer(body.customerCode);
	refs.employee(body.assignTo);
	if (refs.errors.length) return businessError(refs.errors);
	return ok(
		state.tasks.insert({
			taskId: nextId(state, 'taskId'),
			...body,
			isDone: body.isDone ?? false,
			createdByUserId: actor.userId,
			dateCreated: formatVenioDate(now),
		}),
	);
}

function conversationEnquiry(ctx) {
	const { body } = ctx;
	const page = readPage(body, 'take', ctx, 20);
	if (page.error) return page.error;
	const tests = [];
	if (body.keyword)
		tests.push(
			(c) =>
				containsText(c.customerName, body.keyword) || containsText(c.lastMessage, body.keyword),
		);
	if (!isMissing(body.platform)) tests.push((c) => c.platform === body.platform);
	if (!isMissing(body.customerCode)) tests.push((c) => c.customerCode === body.customerCode);
	const predicate = tests.length ? (c) => tests.every((test) => test(c)) : null;
	return ok(ctx.state.conversations.page(page.skip, page.size, predicate));
}

/** contractServiceId null/absent creates, an existing id updates. */
function contractServiceAgreementCreateOrUpdate({ state, body, now, actor }) {
	const id = body.contractServiceId;
	if (!isMissing(id) && !state.contractServices.has(id)) return notFound('Contract service', id);
	const at = formatVenioDate(now);
	const fields = { ...body, frequencyName: CONTRACT_FREQUENCIES[body.frequency], dateModified: at };
	if (!isMissing(id)) return ok(state.contractServices.update(id, fields));
	return ok(
		state.contractServices.insert({
			...fields,
			contractServiceId: nextId(state, 'contractServiceId'),
			createdByUserId: actor.userId,
			dateCreated: at,
		}),
	);
}

module.exports = {
	handlers: {
		taskCreate,
		headerTemplateGet: ({ state }) => ok(state.headerTemplates),
		conversationEnquiry,
		contractServiceAgreementCreateOrUpdate,
	},
};
