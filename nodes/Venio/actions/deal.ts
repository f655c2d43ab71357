import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import {
	customerLocator,
	employeeLocator,
	filtersCollection,
	optionalCollection,
	orderByFilter,
	recordLocator,
} from './fields';
import {
	codeList,
	collection,
	exactId,
	invalid,
	requiredNumber,
	requiredString,
	toNumber,
	toVenioDate,
} from './params';
import type { VenioResource } from './types';

/** The fields Simplify keeps: enough to identify a deal and see where it stands. */
const DEAL_SUMMARY = [
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

/** The deal acted on: picked from a search of the account's deals, or typed as its numeric ID. */
const dealLocator = recordLocator({
	name: 'deal',
	displayName: 'Deal',
	searchListMethod: 'searchDeals',
	typedMode: 'id',
	keyLabel: 'deal ID (dealsId), a whole number',
	placeholder: 'e.g. 1024',
	digitsOnly: 'A deal ID is a whole number',
	description: 'The deal, picked from your Venio account or given by its numeric ID (dealsId)',
});

/** The deal's owner: an employee, sent as the staff code Venio's `assignTo` takes. */
const ownerLocator: INodeProperties = {
	...employeeLocator('owner', 'Owner'),
	description:
		'The employee who owns the deal, picked from your Venio account or given by staff code',
};

/** Deal name, value, probability, expected close date and owner: required by Create and Update. */
const coreFields: INodeProperties[] = [
	{
		displayName: 'Deal Name',
		name: 'dealName',
		type: 'string',
		required: true,
		default: '',
		description: 'The name of the deal',
	},
	{
		displayName: 'Deal Value',
		name: 'dealValue',
		type: 'number',
		required: true,
		typeOptions: { minValue: 0 },
		default: 0,
		description: 'What the deal is worth, in the account currency',
	},
	{
		displayName: 'Probability (%)',
		name: 'probability',
		type: 'number',
		required: true,
		typeOptions: { minValue: 0, maxValue: 100, numberPrecision: 0 },
		default: 0,
		description: 'How likely the deal is to be won, from 0 to 100',
	},
	{
		displayName: 'Expected Close Date',
		name: 'expectedCloseDate',
		type: 'dateTime',
		required: true,
		default: '',
		description: 'When the deal is expected to close',
	},
	ownerLocator,
];

/** Optional fields shared by Create (Additional Fields) and Update (Update Fields). */
const optionalFields: INodeProperties[] = [
	{
		displayName: 'Deal Date',
		name: 'dealDate',
		type: 'dateTime',
		default: '',
		description: 'The date of the deal',
	},
	{
		displayName: 'Follow-Up Date',
		name: 'dateFollowUp',
		type: 'dateTime',
		default: '',
		description: 'When to follow the deal up',
	},
	{
		displayName: 'Interest Names or IDs',
		name: 'dealInterests',
		type: 'multiOptions',
		typeOptions: { loadOptionsMethod: 'getDealInterests' },
		default: [],
		description:
			'Choose from the list, or specify IDs using an <a href="https://docs.n8n.io/code/expressions/">expression</a>',
		hint: 'What the customer is interested in',
	},
	{
		displayName: 'Label Names or IDs',
		name: 'dealLabels',
		type: 'multiOptions',
		typeOptions: { loadOptionsMethod: 'getDealLabels' },
		default: [],
		description:
			'Choose from the list, or specify IDs using an <a href="https://docs.n8n.io/code/expressions/">expression</a>',
		hint: 'Labels to tag the deal with',
	},
	{
		displayName: 'Note',
		name: 'note',
		type: 'string',
		typeOptions: { rows: 3 },
		default: '',
		description: 'A note on the deal',
	},
	{
		displayName: 'Participant Names or IDs',
		name: 'participantCodes',
		type: 'multiOptions',
		typeOptions: { loadOptionsMethod: 'getEmployees' },
		default: [],
		description:
			'Choose from the list, or specify IDs using an <a href="https://docs.n8n.io/code/expressions/">expression</a>',
		hint: 'Other employees working on the deal, sent as staff codes',
	},
	{
		displayName: 'Quantity',
		name: 'dealQuantity',
		type: 'number',
		typeOptions: { minValue: 0 },
		default: 0,
		description: 'How many units the deal is for',
	},
	{
		displayName: 'Quantity Unit',
		name: 'dealQuantityUnit',
		type: 'string',
		default: '',
		description: 'The unit of the quantity, e.g. licences',
	},
];

const byName = (a: INodeProperties, b: INodeProperties) =>
	a.displayName.localeCompare(b.displayName);

const createOnly: INodeProperties[] = [
	{
		displayName: 'Other Customer Codes',
		name: 'otherCustomerCodes',
		type: 'string',
		default: '',
		placeholder: 'e.g. C000155, C000156',
		description:
			'More customers of the deal besides the main one, as comma-separated customer codes',
	},
	{
		displayName: 'Stage Name or ID',
		name: 'dealStageId',
		type: 'options',
		typeOptions: { loadOptionsMethod: 'getDealStages', loadOptionsDependsOn: ['boardId'] },
		default: '',
		description:
			'Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>',
		hint: 'The stage to start in; leave it out to let Venio choose',
	},
];
const createOptions = [...optionalFields, ...createOnly].sort(byName);

const updateOnly: INodeProperties[] = [
	{
		displayName: 'Cancel All Orders',
		name: 'cancleAllOrder',
		type: 'boolean',
		default: false,
		description: 'Whether to cancel all orders of the deal',
	},
	{
		displayName: 'Follow-Up Notes',
		name: 'followUpNotes',
		type: 'string',
		default: '',
		description: 'Notes for the follow-up',
	},
	{
		displayName: 'Mark All Tasks as Done',
		name: 'markAllTaskAsDone',
		type: 'boolean',
		default: false,
		description: 'Whether to mark every open task of the deal as done',
	},
	{
		displayName: 'Missed Reason Name or ID',
		name: 'reasonCategoryId',
		type: 'options',
		typeOptions: { loadOptionsMethod: 'getDealMissedReasons' },
		default: '',
		description:
			'Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>',
		hint: 'Why the deal was lost, when closing it as lost',
	},
	{
		displayName: 'Remark',
		name: 'remark',
		type: 'string',
		default: '',
		description: 'A remark on the change, e.g. why the deal was lost',
	},
	{
		displayName: 'Stage Name or ID',
		name: 'dealStageId',
		type: 'options',
		typeOptions: { loadOptionsMethod: 'getDealStages', loadOptionsDependsOn: ['deal.value'] },
		default: '',
		description:
			'Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>',
		hint: 'The stage to move the deal to',
	},
];
const updateOptions = [...optionalFields, ...updateOnly].sort(byName);

/** The deal's id from the Deal locator: a whole number (exact, see exactId), checked before sending. */
function dealId(ctx: IExecuteFunctions, i: number): number | string {
	const value = requiredString(ctx, 'deal', i, 'Deal');
	if (!/^\d+$/.test(value)) {
		throw invalid(
			ctx,
			i,
			'Deal ID must be a whole number',
			`"${value}" is not a deal ID. Pick the deal from the list or enter its numeric ID (dealsId), e.g. 1024 (item ${i}).`,
		);
	}
	return exactId(value);
}

/** Ids from a multi-select (an array) or typed as codes, as numbers. */
function numbers(ctx: IExecuteFunctions, i: number, label: string, value: unknown): number[] {
	const values = Array.isArray(value) ? value : codeList(value);
	return values.map((v) => toNumber(ctx, i, label, v));
}

/** The body fields Create and Update share, read and checked from item i. */
function coreBody(ctx: IExecuteFunctions, i: number): IDataObject {
	const probability = requiredNumber(ctx, 'probability', i, 'Probability (%)');
	if (probability < 0 || probability > 100) {
		throw invalid(
			ctx,
			i,
			'Probability (%) must be between 0 and 100',
			`${probability} is out of range. Enter a whole number from 0 to 100 (item ${i}).`,
		);
	}
	return {
		dealName: requiredString(ctx, 'dealName', i, 'Deal Name'),
		probability: Math.round(probability),
		dealValue: requiredNumber(ctx, 'dealValue', i, 'Deal Value'),
		expectedCloseDate: toVenioDate(
			ctx,
			i,
			'Expected Close Date',
			ctx.getNodeParameter('expectedCloseDate', i),
		),
		assignTo: requiredString(ctx, 'owner', i, 'Owner'),
	};
}

type Reader = (ctx: IExecuteFunctions, i: number, value: unknown) => unknown;

/** How each optional field is sent; fields not named here are sent as they are. */
const OPTIONAL_READERS: Record<string, Reader> = {
	dealDate: (ctx, i, value) => toVenioDate(ctx, i, 'Deal Date', value),
	dateFollowUp: (ctx, i, value) => toVenioDate(ctx, i, 'Follow-Up Date', value),
	dealInterests: (ctx, i, value) => numbers(ctx, i, 'Interests', value),
	dealLabels: (ctx, i, value) => numbers(ctx, i, 'Labels', value),
	participantCodes: (_ctx, _i, value) => codeList(value),
	dealQuantity: (ctx, i, value) => toNumber(ctx, i, 'Quantity', value),
	dealStageId: (ctx, i, value) => toNumber(ctx, i, 'Stage', value),
	reasonCategoryId: (ctx, i, value) => toNumber(ctx, i, 'Missed Reason', value),
};

/** Additional Fields / Update Fields turned into the API's keys and types. */
function optionalBody(ctx: IExecuteFunctions, i: number, fields: IDataObject): IDataObject {
	const body: IDataObject = {};
	for (const [key, value] of Object.entries(fields)) {
		// Create sends the other customers in `customerCodes`, next to the main one.
		if (key === 'otherCustomerCodes') continue;
		const read = OPTIONAL_READERS[key];
		body[key] = (read ? read(ctx, i, value) : value) as IDataObject[string];
	}
	return body;
}

export const deal: VenioResource = {
	value: 'deal',
	name: 'Deal',
	actions: [
		{
			value: 'create',
			name: 'Create',
			action: 'Create a deal',
			description: 'Create a deal for a customer on a deal board',
			endpoint: 'dealCreate',
			properties: [
				customerLocator(),
				{
					displayName: 'Board Name or ID',
					name: 'boardId',
					type: 'options',
					typeOptions: { loadOptionsMethod: 'getDealBoards' },
					required: true,
					default: '',
					description:
						'Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>',
					hint: 'The deal board (pipeline) the deal goes on',
				},
				...coreFields,
				optionalCollection('additionalFields', createOptions),
			],
			request(i) {
				const customerCode = requiredString(this, 'customer', i, 'Customer');
				const boardId = requiredNumber(this, 'boardId', i, 'Board');
				const core = coreBody(this, i);
				const fields = collection(this, 'additionalFields', i);
				const others = codeList(fields.otherCustomerCodes).filter((code) => code !== customerCode);
				return {
					body: {
						customerCodes: [customerCode, ...others],
						boardId,
						...core,
						...optionalBody(this, i, fields),
					},
				};
			},
		},
		{
			value: 'get',
			name: 'Get',
			action: 'Get a deal',
			description: 'Get a deal by its ID',
			endpoint: 'dealGet',
			properties: [dealLocator],
			simplify: DEAL_SUMMARY,
			request(i) {
				const id = dealId(this, i);
				return { pathParams: { id }, key: { dealsId: id } };
			},
		},
		{
			value: 'getMany',
			name: 'Get Many',
			action: 'Get many deals',
			description: 'Search deals by keyword and stage',
			endpoint: 'dealEnquiry',
			paging: { skipField: 'skip', sizeField: 'pageLength' },
			simplify: DEAL_SUMMARY,
			properties: [
				filtersCollection([
					{
						displayName: 'Keyword',
						name: 'keyword',
						type: 'string',
						default: '',
						description: 'Text to find in the deal name, deal number or customer name',
					},
					orderByFilter,
					{
						displayName: 'Stage Names or IDs',
						name: 'dealStageIds',
						type: 'multiOptions',
						typeOptions: { loadOptionsMethod: 'getDealStages' },
						default: [],
						description:
							'Choose from the list, or specify IDs using an <a href="https://docs.n8n.io/code/expressions/">expression</a>',
						hint: 'Only deals in these stages',
					},
				]),
			],
			request(i) {
				const filters = collection(this, 'filters', i);
				if (filters.dealStageIds !== undefined) {
					filters.dealStageIds = numbers(this, i, 'Stages', filters.dealStageIds);
					if ((filters.dealStageIds as number[]).length === 0) delete filters.dealStageIds;
				}
				return { body: filters };
			},
		},
		{
			value: 'getManyBoards',
			name: 'Get Many Boards',
			action: 'Get many deal boards',
			description: 'List the deal boards (pipelines) of the account',
			endpoint: 'dealBoardsGet',
			paging: 'list',
		},
		{
			value: 'getManyInterests',
			name: 'Get Many Interests',
			action: 'Get many deal interests',
			description: 'List the interests a deal can be tagged with',
			endpoint: 'dealInterestsGet',
			paging: 'list',
		},
		{
			value: 'getManyLabels',
			name: 'Get Many Labels',
			action: 'Get many deal labels',
			description: 'List the labels a deal can be tagged with',
			endpoint: 'dealLabelsGet',
			paging: 'list',
		},
		{
			value: 'getManyMissedReasonCategories',
			name: 'Get Many Missed Reason Categories',
			action: 'Get many deal missed reason categories',
			description: 'List the reasons a deal can be lost for',
			endpoint: 'dealMissedReasonCategoriesGet',
			paging: 'list',
		},
		{
			value: 'getManyStages',
			name: 'Get Many Stages',
			action: 'Get many deal stages',
			description: 'List the deal stages, of every board or of one',
			endpoint: 'dealStagesGet',
			paging: 'list',
			properties: [
				filtersCollection([
					{
						displayName: 'Board Name or ID',
						name: 'boardId',
						type: 'options',
						typeOptions: { loadOptionsMethod: 'getDealBoards' },
						default: '',
						description:
							'Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>',
						hint: 'Only the stages of this board',
					},
				]),
			],
			request(i) {
				const filters = collection(this, 'filters', i);
				if (filters.boardId === undefined) return {};
				return { qs: { boardId: toNumber(this, i, 'Board', filters.boardId) } };
			},
		},
		{
			value: 'update',
			name: 'Update',
			action: 'Update a deal',
			description:
				'Update a deal; Venio needs its name, value, probability, expected close date and owner every time; stage, missed reason and the rest are optional',
			endpoint: 'dealUpdate',
			properties: [dealLocator, ...coreFields, optionalCollection('updateFields', updateOptions)],
			request(i) {
				const id = dealId(this, i);
				const body = {
					...coreBody(this, i),
					...optionalBody(this, i, collection(this, 'updateFields', i)),
				};
				return { pathParams: { id }, body, key: { dealsId: id } };
			},
		},
	],
};
