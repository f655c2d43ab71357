import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { asOption } from '../parameters/collections';
import { employeeLocator, recordLocator } from '../parameters/locators';
import {
	defineParameter,
	requiredDateTime,
	requiredNumeric,
	requiredText,
} from '../parameters/parameter';
import { invalid } from '../parameters/invalid';
import { pathId, toNumber } from '../parameters/numbers';
import { codeList, parameterValue } from '../parameters/text';

/** The fields Simplify keeps: enough to identify a deal and see where it stands. */
export const DEAL_SUMMARY = [
	'dealsId',
	'dealNo',
	'dealsName',
	'dealsValue',
	'statusName',
	'dealStageName',
	'customerCode',
	'customerName',
	'expectedCloseDate',
	'dateModified',
] as const;

const dealById = recordLocator({
	name: 'deal',
	displayName: 'Deal',
	searchListMethod: 'searchDeals',
	typedMode: 'id',
	keyLabel: 'deal ID, a whole number',
	placeholder: 'e.g. 1024',
	digitsOnly: 'A deal ID is a whole number',
	description: 'The deal, picked from your Venio account or given by its deal ID',
});

/**
 * The deal acted on: picked from a search of the account's deals, or typed as its numeric ID; read
 * as that ID, a whole number (exact, see pathId) checked before anything is sent.
 */
export const dealLocator = defineParameter(dealById.property, (ctx, i) =>
	pathId(ctx, i, 'Deal ID', dealById.read(ctx, i), { zero: true }),
);

/** The deal board (pipeline) a new deal goes on; its stages are offered for the deal's stage. */
export const board = requiredNumeric({
	displayName: 'Board Name or ID',
	name: 'boardId',
	type: 'options',
	typeOptions: { loadOptionsMethod: 'getDealBoards' },
	required: true,
	default: '',
	description:
		'Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>',
	hint: 'The deal board (pipeline) the deal goes on',
});

/**
 * The deal's stage, next to what fixes its board: Create's Board, or the deal Update changes.
 * Shown once that is chosen, listing that board's stages after a first choice that leaves the
 * stage out (see stagesAfter in methods/deals.ts); sent only when a stage is picked.
 */
function stageAfter(dependsOn: string, loadsFrom: string, method: string, hint: string) {
	return defineParameter(
		{
			displayName: 'Stage Name or ID',
			name: 'dealStageId',
			type: 'options',
			typeOptions: { loadOptionsMethod: method, loadOptionsDependsOn: [loadsFrom] },
			default: '',
			displayOptions: { hide: { [dependsOn]: [''] } },
			description:
				'Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>',
			hint,
		},
		(ctx, i, p): IDataObject => {
			const value = ctx.getNodeParameter(p.name, i, '');
			return value === '' ? {} : { dealStageId: toNumber(ctx, i, 'Stage', value) };
		},
	);
}

/** Create: the stage the deal starts in, from the chosen board's stages. */
export const startStage = stageAfter(
	board.property.name,
	board.property.name,
	'getDealStartStages',
	"The stage the deal starts in, or Venio's Default to let Venio choose",
);

/** Update: the stage to move the deal to, from the stages of the deal's board. */
export const moveToStage = stageAfter(
	dealById.property.name,
	`${dealById.property.name}.value`,
	'getDealStagesToMoveTo',
	"The stage to move the deal to, from its board's stages, or Keep Current Stage",
);

/** The deal's owner: an employee, sent as the staff code Venio's `assignTo` takes. */
const owner = employeeLocator.with({
	name: 'owner',
	displayName: 'Owner',
	description:
		'The employee who owns the deal, picked from your Venio account or given by staff code',
});

/** Update: the new owner, or empty to keep the current one. */
export const newOwner = defineParameter(
	{
		...owner.property,
		required: false,
		description:
			'The employee who owns the deal from now on. Leave empty to keep the current owner.',
	},
	(ctx, i, p) => String(parameterValue(ctx, p.name, i) ?? '').trim() || undefined,
);

const dealName = requiredText({
	displayName: 'Deal Name',
	name: 'dealName',
	type: 'string',
	required: true,
	default: '',
	description: 'The name of the deal',
});
const dealValue = requiredNumeric({
	displayName: 'Deal Value',
	name: 'dealValue',
	type: 'number',
	required: true,
	typeOptions: { minValue: 0 },
	default: 0,
	description: 'What the deal is worth, in the account currency',
});
const probability = defineParameter(
	{
		displayName: 'Probability (%)',
		name: 'probability',
		type: 'number',
		required: true,
		typeOptions: { minValue: 0, maxValue: 100, numberPrecision: 0 },
		default: 0,
		description: 'The chance of winning the deal, from 0 to 100',
	},
	(ctx, i, p) => toProbability(ctx, i, parameterValue(ctx, p.name, i)),
);
const expectedCloseDate = requiredDateTime({
	displayName: 'Expected Close Date',
	name: 'expectedCloseDate',
	type: 'dateTime',
	required: true,
	default: '',
	description: 'When the deal is expected to close',
});

/** Deal name, value, probability, expected close date and owner: all required by Create. */
export const coreFields: INodeProperties[] = [
	dealName.property,
	dealValue.property,
	probability.property,
	expectedCloseDate.property,
	owner.property,
];

/** The same four, optional under Update Fields: an update sets only those the user adds. */
export const coreUpdateOptions: INodeProperties[] = [
	dealName.property,
	dealValue.property,
	probability.property,
	expectedCloseDate.property,
].map(asOption);

/** A probability from 0 to 100, rounded to the whole percent Venio stores. */
export function toProbability(ctx: IExecuteFunctions, i: number, value: unknown): number {
	const number = toNumber(ctx, i, 'Probability (%)', value);
	if (number < 0 || number > 100) {
		throw invalid(
			ctx,
			i,
			'Probability (%) must be between 0 and 100',
			`${number} is out of range. Enter a whole number from 0 to 100.`,
		);
	}
	return Math.round(number);
}

/** Create's body fields for the deal's name, value, probability, close date and owner. */
export function coreBody(ctx: IExecuteFunctions, i: number): IDataObject {
	return {
		dealName: dealName.read(ctx, i),
		probability: probability.read(ctx, i),
		dealValue: dealValue.read(ctx, i),
		expectedCloseDate: expectedCloseDate.read(ctx, i),
		assignTo: owner.read(ctx, i),
	};
}

/** Ids from a multi-select (an array) or typed as codes, as numbers. */
export function numbers(
	ctx: IExecuteFunctions,
	i: number,
	label: string,
	value: unknown,
): number[] {
	const values = Array.isArray(value) ? value : codeList(value);
	return values.map((v) => toNumber(ctx, i, label, v));
}
