'use strict';

// Deals and their lookup lists (boards, stages, labels, interests, missed reasons).

const { ok, okValue, notFound, businessError } = require('../envelope');
const { DEAL_STATUSES } = require('../catalog');
const { formatVenioDate } = require('../dates');
const { nextId, nextNumber } = require('../store');
const { readPage, createRefs, containsText, toId } = require('./common');
const { isMissing, normalizeKeys, validate } = require('../validate');

/** Request field -> Deal (response) field, where the names differ. */
const RENAMED = {
	dealName: 'dealsName',
	dealValue: 'dealsValue',
	dealDate: 'dealsDate',
	note: 'notes',
};
const COPIED = [
	'probability',
	'dealQuantity',
	'dealQuantityUnit',
	'expectedCloseDate',
	'assignTo',
	'participantCodes',
	'dateFollowUp',
	'followUpNotes',
	'remark',
	'markAllTaskAsDone',
	'cancleAllOrder',
];

/**
 * The record fields a create/update body contributes, with references
 * resolved (unknown ones reported in `errors`).
 */
function dealChanges(state, body, boardId) {
	const refs = createRefs(state);
	const changes = {};
	for (const [from, to] of Object.entries(RENAMED))
		if (body[from] !== undefined) changes[to] = body[from];
	for (const field of COPIED) if (body[field] !== undefined) changes[field] = body[field];
	refs.employee(body.assignTo);
	(body.participantCodes || []).forEach(refs.employee);
	if (body.customerCodes !== undefined) {
		const customers = (body.customerCodes || []).map(refs.customer).filter(Boolean);
		const first = customers[0];
		Object.assign(changes, {
			customerCodes: body.customerCodes || [],
			customerId: first ? first.customerId : null,
			customerCode: first ? first.customerCode : null,
			customerName: first ? first.customerName : null,
			customer: first
				? {
						customerId: first.customerId,
						customerCode: first.customerCode,
						customerName: first.customerName,
					}
				: null,
		});
	}
	if (body.dealInterests !== undefined) {
		changes.dealsInterests = (body.dealInterests || [])
			.map((id) => refs.lookup('Deal interest', state.dealInterests, 'dealInterestId', id))
			.filter(Boolean);
	}
	if (body.dealLabels !== undefined) {
		changes.dealsLabels = (body.dealLabels || [])
			.map((id) => refs.lookup('Deal label', state.dealLabels, 'dealLabelId', id))
			.filter(Boolean);
	}
	if (!isMissing(body.dealStageId)) {
		const stage = refs.lookup('Deal stage', state.dealStages, 'dealStageId', body.dealStageId);
		if (stage && stage.boardId !== boardId)
			refs.errors.push(`Deal stage ${stage.dealStageId} does not belong to board ${boardId}.`);
		if (stage) Object.assign(changes, stageFields(stage));
	}
	if (!isMissing(body.reasonCategoryId)) {
		const reason = refs.lookup(
			'Missed reason category',
			state.dealMissedReasonCategories,
			'reasonCategoryId',
			body.reasonCategoryId,
		);
		if (reason)
			Object.assign(changes, {
				reasonCategoryId: reason.reasonCategoryId,
				reasonCategoryName: reason.reasonCategoryName,
			});
	}
	return { changes, errors: refs.errors };
}

function stageFields(stage) {
	return {
		dealStageId: stage.dealStageId,
		dealStageName: stage.dealStageName,
		dealStage: { ...stage },
	};
}

/** Lost once a missed reason is given, won in a "Closed Won" stage, open otherwise. */
function withStatus(deal) {
	let statusId = 1;
	if (deal.reasonCategoryId) statusId = 3;
	else if (deal.dealStageName === 'Closed Won') statusId = 2;
	return { ...deal, statusId, statusName: DEAL_STATUSES[statusId] };
}

function newDeal(state, boardId, { now, actor }) {
	const stage = state.dealStages
		.filter((s) => s.boardId === boardId)
		.sort((a, b) => a.seq - b.seq)[0];
	const dealsId = nextId(state, 'dealsId');
	const at = formatVenioDate(now);
	return {
		dealsId,
		dealNo: nextNumber(state, 'deal', now),
		dealsName: null,
		dealsValue: 0,
		boardId,
		...stageFields(stage),
		dealsIndex: dealsId,
		dealsDate: at,
		expectedCloseDate: null,
		probability: stage.probability,
		notes: null,
		measure: 1,
		customerId: null,
		customerCode: null,
		customerName: null,
		customer: null,
		customerCodes: [],
		dealQuantity: null,
		dealsInterests: [],
		dealsLabels: [],
		isActive: true,
		isAction: true,
		isEdit: true,
		dateCreated: at,
		createByUserId: actor.userId,
		dateModified: at,
		modifiedByUserId: actor.userId,
	};
}

function dealCreate(ctx) {
	const { state, body } = ctx;
	const refs = createRefs(state);
	const board = refs.lookup('Deal board', state.dealBoards, 'boardId', body.boardId);
	if (!board) return businessError(refs.errors);
	const { changes, errors } = dealChanges(state, body, board.boardId);
	if (errors.length) return businessError(errors);
	return ok(state.deals.insert(withStatus({ ...newDeal(state, board.boardId, ctx), ...changes })));
}

/**
 * Create Deal's request schema, which the openapi names but lacks (a dangling
 * $ref): the fields of its documented example, typed as in DealUpdateRequest.
 * Required: dealName, and boardId ("boardId is required by dealCreate", Get Deal Board).
 */
const string = { type: 'string' };
const integer = { type: 'integer' };
const CREATE_SCHEMA = {
	type: 'object',
	required: ['dealName', 'boardId'],
	properties: {
		customerCodes: { type: 'array', items: string },
		boardId: integer,
		dealName: string,
		probability: integer,
		dealQuantity: integer,
		dealQuantityUnit: string,
		dealValue: integer,
		dealInterests: { type: 'array', items: integer },
		dealLabels: { type: 'array', items: integer },
		dealDate: string,
		expectedCloseDate: string,
		note: string,
		assignTo: string,
		participantCodes: { type: 'array', items: string },
		dateFollowUp: string,
	},
};

function dealUpdate({ state, body, params, now, actor }) {
	const id = toId(params.id);
	const deal = state.deals.get(id);
	if (!deal) return notFound('Deal', id);
	const { changes, errors } = dealChanges(state, body, deal.boardId);
	if (errors.length) return businessError(errors);
	const updated = withStatus({
		...deal,
		...changes,
		dateModified: formatVenioDate(now),
		modifiedByUserId: actor.userId,
	});
	state.deals.insert(updated);
	return okValue(updated);
}

function dealGet({ state, params }) {
	const deal = state.deals.get(toId(params.id));
	return deal ? ok(deal) : notFound('Deal', params.id);
}

function dealEnquiry(ctx) {
	const { body } = ctx;
	const page = readPage(body, 'pageLength', ctx);
	if (page.error) return page.error;
	const tests = [];
	// The example sends dealStageIds: [0]; 0 is no stage, so it does not filter.
	const stageIds = (body.dealStageIds || []).filter((id) => id);
	if (stageIds.length) tests.push((d) => stageIds.includes(d.dealStageId));
	if (body.keyword) {
		tests.push(
			(d) =>
				containsText(d.dealsName, body.keyword) ||
				containsText(d.dealNo, body.keyword) ||
				containsText(d.customerName, body.keyword),
		);
	}
	const predicate = tests.length ? (d) => tests.every((test) => test(d)) : null;
	return ok(ctx.state.deals.page(page.skip, page.size, predicate));
}

/** Stages of every board, or of one with ?boardId=. */
function dealStagesGet({ state, query }) {
	const boardId = query.boardId === undefined ? null : Number(query.boardId);
	return ok(
		boardId === null ? state.dealStages : state.dealStages.filter((s) => s.boardId === boardId),
	);
}

module.exports = {
	dealChanges,
	newDeal,
	withStatus,
	handlers: {
		dealCreate: {
			prepare: (body) => normalizeKeys(body, CREATE_SCHEMA),
			validate: (body) => validate(body, CREATE_SCHEMA),
			handle: dealCreate,
		},
		dealUpdate,
		dealGet,
		dealEnquiry,
		dealBoardsGet: ({ state }) => ok(state.dealBoards),
		dealStagesGet,
		dealInterestsGet: ({ state }) => ok(state.dealInterests),
		dealLabelsGet: ({ state }) => ok(state.dealLabels),
		dealMissedReasonCategoriesGet: ({ state }) => ok(state.dealMissedReasonCategories),
	},
};
