import type { IDataObject, ILoadOptionsFunctions, INodePropertyOptions } from 'n8n-workflow';

import { board, dealLocator } from '../actions/deal/dealFields';
import { venioRequest } from '../../shared/transport/request';
import { recordsOf } from '../../shared/transport/envelope';
import { first, labelled, lookupMethod, searchMethod } from './sources';
import type { SearchSource } from './sources';

/**
 * Dropdowns of the Deal resource: deal boards, stages, labels, interests and missed-reason
 * categories, and the deal search behind the Deal locator.
 *
 * Venio documents none of these lists' fields, so names and ids are read from the first of several
 * likely keys (see `lookupOptions`).
 */

const BOARD_NAME = ['boardName', 'dealBoardName', 'name'];
const BOARD_ID = ['boardId', 'dealBoardId', 'id'];
const STAGE_NAME = ['dealStageName', 'stageName', 'name'];
const STAGE_ID = ['dealStageId', 'stageId', 'id'];

const deals: SearchSource = {
	endpoint: 'dealEnquiry',
	match: (keyword) => ({ keyword }),
	toItem: (record) => ({
		name: labelled(record.dealsName, record.dealNo ?? record.dealsId),
		value: String(record.dealsId),
	}),
};

/** A whole number read from a parameter value, or undefined (blank, an expression, text). */
function asWholeNumber(value: unknown): number | undefined {
	if (typeof value === 'number') return Number.isInteger(value) ? value : undefined;
	if (typeof value === 'string' && /^\s*\d+\s*$/.test(value)) return Number(value);
	return undefined;
}

function currentParameter(context: ILoadOptionsFunctions, name: string): unknown {
	try {
		return context.getCurrentNodeParameter(name, { extractValue: true });
	} catch {
		return undefined;
	}
}

/**
 * The board whose stages the Stage dropdown should offer: the Board parameter when the action has
 * one (Create), else the board of the deal being updated (Update), else none (all boards).
 */
async function boardOfCurrentDeal(context: ILoadOptionsFunctions): Promise<number | undefined> {
	const chosen = asWholeNumber(currentParameter(context, board.property.name));
	if (chosen !== undefined) return chosen;
	const dealId = asWholeNumber(currentParameter(context, dealLocator.property.name));
	if (dealId === undefined) return undefined;
	try {
		const deal = (await venioRequest.call(context, 'dealGet', { pathParams: { id: dealId } })) as
			| IDataObject
			| undefined;
		return asWholeNumber(deal?.boardId);
	} catch {
		// The deal could not be read (typed id unknown, no permission): offer every board's stages.
		return undefined;
	}
}

/**
 * Deal stages in pipeline order. With a board, only its stages (asked with `?boardId=`, and also
 * filtered here in case Venio ignores that parameter); without one, every stage named
 * "Board › Stage" so stages of different boards can be told apart.
 */
async function dealStageOptions(context: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	const boardId = await boardOfCurrentDeal(context);
	const qs = boardId === undefined ? undefined : { boardId };
	let stages = recordsOf(await venioRequest.call(context, 'dealStagesGet', { qs }));
	if (boardId !== undefined) {
		stages = stages.filter(
			(stage) => stage.boardId === undefined || Number(stage.boardId) === boardId,
		);
	}
	let boardNames = new Map<number, string>();
	if (boardId === undefined && stages.some((stage) => stage.boardId !== undefined)) {
		const boards = recordsOf(await venioRequest.call(context, 'dealBoardsGet', {}));
		boardNames = new Map(
			boards.map((board) => [Number(first(board, BOARD_ID)), String(first(board, BOARD_NAME))]),
		);
	}
	const order = (stage: IDataObject) => [
		Number(stage.boardId ?? 0),
		Number(stage.seq ?? stage.sequence ?? stage.dealStageIndex ?? 0),
	];
	return stages
		.filter((stage) => first(stage, STAGE_ID) !== undefined)
		.sort((a, b) => {
			const [boardA, seqA] = order(a);
			const [boardB, seqB] = order(b);
			return boardA - boardB || seqA - seqB;
		})
		.map((stage) => {
			const name = String(first(stage, STAGE_NAME) ?? first(stage, STAGE_ID));
			const board = boardNames.get(Number(stage.boardId));
			return {
				name: board ? `${board} › ${name}` : name,
				value: first(stage, STAGE_ID) as number,
			};
		});
}

/**
 * The Stage field of Create or Update: the board's stages after a first choice that leaves the
 * stage out (`''`, the field's value until a stage is picked), so the empty field is a choice in
 * the list rather than a value n8n flags as not supported.
 */
function stagesAfter(leaveOut: string) {
	return async function (this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
		return [{ name: leaveOut, value: '' }, ...(await dealStageOptions(this))];
	};
}

export const dealMethods = {
	listSearch: {
		searchDeals: searchMethod(deals),
	},
	loadOptions: {
		getDealBoards: lookupMethod('dealBoardsGet', BOARD_NAME, BOARD_ID),
		async getDealStages(this: ILoadOptionsFunctions) {
			return await dealStageOptions(this);
		},
		getDealStartStages: stagesAfter("Venio's Default"),
		getDealStagesToMoveTo: stagesAfter('Keep Current Stage'),
		getDealLabels: lookupMethod(
			'dealLabelsGet',
			['dealLabelName', 'labelName', 'name'],
			['dealLabelId', 'labelId', 'id'],
		),
		getDealInterests: lookupMethod(
			'dealInterestsGet',
			['dealInterestName', 'interestName', 'name'],
			['dealInterestId', 'interestId', 'id'],
		),
		getDealMissedReasons: lookupMethod(
			'dealMissedReasonCategoriesGet',
			['reasonCategoryName', 'categoryName', 'name'],
			['reasonCategoryId', 'categoryId', 'id'],
		),
	},
};
