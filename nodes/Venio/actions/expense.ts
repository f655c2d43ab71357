import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { z } from 'zod';

import { filtersCollection, optionalCollection } from './fields';
import {
	collection,
	invalid,
	jsonParameter,
	requiredDigits,
	requiredString,
	textList,
	toNumber,
	toVenioDate,
	wholeNumber,
} from './params';
import type { VenioResource } from './types';

/** Venio's expense types (the Create Expense and Expense Enquiry field tables). */
const ACCOMMODATION = 1001;
const ENTERTAINMENT = 1002;
const FUEL = 1003;
const OTHER = 1004;
const TRAINING = 1005;
const TRAVELLING = 1006;
const MEETING_WITH_STAFF = 1007;
const MEETING_WITH_SALES = 1008;

const EXPENSE_TYPE_OPTIONS = [
	{ name: 'Accommodation', value: ACCOMMODATION },
	{ name: 'Entertainment', value: ENTERTAINMENT },
	{ name: 'Fuel', value: FUEL },
	{ name: 'Meeting With Sales', value: MEETING_WITH_SALES },
	{ name: 'Meeting With Staff', value: MEETING_WITH_STAFF },
	{ name: 'Other', value: OTHER },
	{ name: 'Training', value: TRAINING },
	{ name: 'Travelling', value: TRAVELLING },
];

/** The fields Simplify keeps: what an expense claim is, its state and its total. */
const EXPENSE_SUMMARY = [
	'expenseId',
	'expenseNo',
	'subject',
	'statusId',
	'statusName',
	'dateTransaction',
	'totalBaht',
	'activityId',
	'remark',
	'dateCreated',
	'dateUpdated',
] as const;

const forTypes = (...types: number[]) => ({ show: { expenseTypeId: types } });

/** One line of an expense claim; type-specific fields only show for their type. */
function lineFields(forUpdate: boolean): INodeProperties[] {
	const fields: INodeProperties[] = [
		{
			displayName: 'Type',
			name: 'expenseTypeId',
			type: 'options',
			options: EXPENSE_TYPE_OPTIONS,
			default: OTHER,
			description: 'What the money was spent on',
		},
		{
			displayName: 'Amount',
			name: 'amount',
			type: 'number',
			typeOptions: { minValue: 0, numberPrecision: 2 },
			default: 0,
			description: 'The amount claimed, in baht',
		},
		{
			displayName: 'Nights',
			name: 'night',
			type: 'number',
			typeOptions: { minValue: 1 },
			default: 1,
			description: 'How many nights of accommodation',
			displayOptions: forTypes(ACCOMMODATION),
		},
		{
			displayName: 'Miles Start',
			name: 'milesStart',
			type: 'number',
			typeOptions: { minValue: 0 },
			default: 0,
			description: 'The odometer reading at the start of the trip (must be less than Miles End)',
			displayOptions: forTypes(FUEL),
		},
		{
			displayName: 'Miles End',
			name: 'milesEnd',
			type: 'number',
			typeOptions: { minValue: 0 },
			default: 0,
			description: 'The odometer reading at the end of the trip',
			displayOptions: forTypes(FUEL),
		},
		{
			displayName: 'Used Fuel Card',
			name: 'usedFuelCard',
			type: 'boolean',
			default: false,
			description: 'Whether the fuel was paid with a company fuel card',
			displayOptions: forTypes(FUEL),
		},
		{
			displayName: 'Training Title',
			name: 'trainingTitle',
			type: 'string',
			default: '',
			description: 'The name of the training',
			displayOptions: forTypes(TRAINING),
		},
		{
			displayName: 'Hours',
			name: 'hours',
			type: 'number',
			typeOptions: { minValue: 0 },
			default: 0,
			description: 'How long the training took: hours',
			displayOptions: forTypes(TRAINING),
		},
		{
			displayName: 'Minutes',
			name: 'minutes',
			type: 'number',
			typeOptions: { minValue: 0, maxValue: 59 },
			default: 0,
			description: 'How long the training took: minutes on top of the hours',
			displayOptions: forTypes(TRAINING),
		},
		{
			displayName: 'People',
			name: 'person',
			type: 'number',
			typeOptions: { minValue: 0 },
			default: 0,
			description: 'How many people took part; 0 is not sent',
			displayOptions: forTypes(ENTERTAINMENT, TRAINING, MEETING_WITH_STAFF),
		},
		{
			displayName: 'Taxi',
			name: 'taxi',
			type: 'number',
			typeOptions: { minValue: 0, numberPrecision: 2 },
			default: 0,
			description: 'Taxi fares, in baht; 0 is not sent',
			displayOptions: forTypes(TRAVELLING),
		},
		{
			displayName: 'Tollway',
			name: 'tollway',
			type: 'number',
			typeOptions: { minValue: 0, numberPrecision: 2 },
			default: 0,
			description: 'Tollway fees, in baht; 0 is not sent',
			displayOptions: forTypes(TRAVELLING),
		},
		{
			displayName: 'Parking',
			name: 'parking',
			type: 'number',
			typeOptions: { minValue: 0, numberPrecision: 2 },
			default: 0,
			description: 'Parking fees, in baht; 0 is not sent',
			displayOptions: forTypes(TRAVELLING),
		},
		{
			displayName: 'Note',
			name: 'note',
			type: 'string',
			default: '',
			description: 'A note on this line',
		},
	];
	if (forUpdate) {
		fields.push({
			displayName: 'Line ID',
			name: 'expenseDetailId',
			type: 'number',
			default: 0,
			description:
				'The expenseDetailId of an existing line to change (see Get); 0 adds the line as a new one',
		});
	}
	return fields;
}

const linesParameter = (forUpdate: boolean): INodeProperties => ({
	displayName: 'Expense Lines',
	name: 'expenseLines',
	type: 'fixedCollection',
	typeOptions: { multipleValues: true },
	placeholder: 'Add Expense Line',
	default: {},
	required: true,
	description: forUpdate
		? 'All lines of the claim as they should be after the update, one per expense'
		: 'The expenses claimed, one line per expense',
	options: [{ displayName: 'Line', name: 'line', values: lineFields(forUpdate) }],
});

/** Reads the Expense Lines into Venio's `ExpenseDetails`, checking each type's required fields. */
function expenseDetails(ctx: IExecuteFunctions, i: number): IDataObject[] {
	const lines =
		(ctx.getNodeParameter('expenseLines', i, {}) as { line?: IDataObject[] }).line ?? [];
	if (lines.length === 0) {
		throw invalid(
			ctx,
			i,
			'Expense Lines are required',
			`Add at least one expense line (item ${i}).`,
		);
	}
	return lines.map((line, n) => {
		const at = `Expense line ${n + 1}`;
		const given = (key: string) =>
			line[key] !== undefined && line[key] !== null && line[key] !== '';
		const whole = (key: string, label: string, fallback?: number) =>
			given(key) ? wholeNumber(ctx, i, `${at}: ${label}`, line[key]) : fallback;
		const type = wholeNumber(ctx, i, `${at}: Type`, line.expenseTypeId ?? OTHER);
		if (!EXPENSE_TYPE_OPTIONS.some((option) => option.value === type)) {
			throw invalid(
				ctx,
				i,
				`${at}: Type ${type} is not an expense type`,
				`Choose one of the listed types (item ${i}).`,
			);
		}
		const detail: IDataObject = {
			expenseTypeId: type,
			amount: toNumber(ctx, i, `${at}: Amount`, line.amount ?? ''),
		};
		const detailId = whole('expenseDetailId', 'Line ID', 0);
		if (detailId) detail.expenseDetailId = detailId;

		if (type === ACCOMMODATION) detail.night = whole('night', 'Nights', 1);
		if (type === FUEL) {
			const milesStart = whole('milesStart', 'Miles Start', 0) as number;
			const milesEnd = whole('milesEnd', 'Miles End', 0) as number;
			if (!(milesStart < milesEnd)) {
				throw invalid(
					ctx,
					i,
					`${at}: Miles Start must be less than Miles End`,
					`Venio needs the odometer readings of a fuel line, start below end (got ${milesStart} and ${milesEnd}, item ${i}).`,
				);
			}
			Object.assign(detail, { milesStart, milesEnd, usedFuelCard: line.usedFuelCard === true });
		}
		if (type === TRAINING) {
			const trainingTitle = String(line.trainingTitle ?? '').trim();
			if (trainingTitle === '') {
				throw invalid(
					ctx,
					i,
					`${at}: Training Title is required`,
					`A training line needs its title (item ${i}).`,
				);
			}
			Object.assign(detail, {
				trainingTitle,
				hours: whole('hours', 'Hours', 0),
				minutes: whole('minutes', 'Minutes', 0),
			});
		}
		if ([ENTERTAINMENT, TRAINING, MEETING_WITH_STAFF].includes(type)) {
			const person = whole('person', 'People', 0);
			if (person) detail.person = person;
		}
		if (type === TRAVELLING) {
			for (const [key, label] of [
				['taxi', 'Taxi'],
				['tollway', 'Tollway'],
				['parking', 'Parking'],
			]) {
				const value = given(key) ? toNumber(ctx, i, `${at}: ${label}`, line[key]) : 0;
				if (value) detail[key] = value;
			}
		}
		const note = String(line.note ?? '').trim();
		if (note) detail.note = note;
		return detail;
	});
}

const attachmentsSchema = z.array(z.record(z.unknown()));

/** Optional fields of a claim (Create's Additional Fields, Update's Update Fields). */
const claimFields: INodeProperties[] = [
	{
		displayName: 'Activity ID',
		name: 'activityId',
		type: 'string',
		default: '',
		placeholder: 'e.g. 1024',
		description: 'The activity (e.g. a customer visit) the expense belongs to',
	},
	{
		displayName: 'Attachments (JSON)',
		name: 'attachments',
		type: 'json',
		default: '[]',
		description: 'Attachment records as Venio returns them (e.g. from Get), as a JSON list',
	},
	{
		displayName: 'Date',
		name: 'dateTransaction',
		type: 'dateTime',
		default: '',
		description: 'When the money was spent',
	},
	{
		displayName: 'Remark',
		name: 'remark',
		type: 'string',
		typeOptions: { rows: 2 },
		default: '',
		description: 'A remark on the whole claim',
	},
];

function claimBody(ctx: IExecuteFunctions, i: number, fieldsName: string): IDataObject {
	const body: IDataObject = {
		ExpenseDetails: expenseDetails(ctx, i),
		subject: requiredString(ctx, 'subject', i, 'Subject'),
	};
	for (const [key, value] of Object.entries(collection(ctx, fieldsName, i))) {
		if (key === 'dateTransaction') body[key] = toVenioDate(ctx, i, 'Date', value);
		else if (key === 'attachments') {
			body[key] = jsonParameter(
				ctx,
				`${fieldsName}.attachments`,
				i,
				'Attachments (JSON)',
				attachmentsSchema,
			) as IDataObject[];
		} else body[key] = typeof value === 'string' ? value.trim() : value;
	}
	return body;
}

const subjectParameter: INodeProperties = {
	displayName: 'Subject',
	name: 'subject',
	type: 'string',
	default: '',
	required: true,
	placeholder: 'e.g. Customer visit',
	description: 'What the claim is for',
};

const expenseIdParameter: INodeProperties = {
	displayName: 'Expense ID',
	name: 'expenseId',
	type: 'string',
	default: '',
	required: true,
	placeholder: 'e.g. 1024',
	description: 'The expenseId of the expense claim (not its expense number)',
};

export const expense: VenioResource = {
	value: 'expense',
	name: 'Expense',
	actions: [
		{
			value: 'create',
			name: 'Create',
			action: 'Create an expense',
			description: 'Create an expense claim with one or more expense lines',
			endpoint: 'expenseCreate',
			simplify: EXPENSE_SUMMARY,
			properties: [
				subjectParameter,
				linesParameter(false),
				optionalCollection('additionalFields', claimFields),
			],
			request(i) {
				return { body: claimBody(this, i, 'additionalFields') };
			},
		},
		{
			value: 'get',
			name: 'Get',
			action: 'Get an expense',
			description: 'Get an expense claim by its ID',
			endpoint: 'expenseGet',
			simplify: EXPENSE_SUMMARY,
			properties: [expenseIdParameter],
			request(i) {
				const expenseId = requiredDigits(this, 'expenseId', i, 'Expense ID');
				return { pathParams: { id: expenseId }, key: { expenseId } };
			},
		},
		{
			value: 'getMany',
			name: 'Get Many',
			action: 'Get many expenses',
			description:
				'Search expense claims by type, status, staff, text and date. Venio answers the whole match at once; Limit is applied afterwards.',
			endpoint: 'expenseEnquiry',
			paging: 'list',
			simplify: EXPENSE_SUMMARY,
			properties: [
				{
					displayName: 'Expense Type',
					name: 'expenseTypeId',
					type: 'options',
					options: [...EXPENSE_TYPE_OPTIONS, { name: 'Any Type', value: 0 }].sort((x, y) =>
						x.name.localeCompare(y.name),
					),
					default: 0,
					description:
						'Only claims with a line of this type. Any Type sends 0, the "none" type of Venio\'s type list.',
				},
				filtersCollection([
					{
						displayName: 'Date From',
						name: 'dateStart',
						type: 'dateTime',
						default: '',
						description: 'Only claims dated on or after this moment',
					},
					{
						displayName: 'Date To',
						name: 'dateEnd',
						type: 'dateTime',
						default: '',
						description: 'Only claims dated on or before this moment',
					},
					{
						displayName: 'Search Text',
						name: 'searchText',
						type: 'string',
						default: '',
						description: 'Text to find in the subject, expense number or remark',
					},
					{
						displayName: 'Staff Codes',
						name: 'staffCodes',
						type: 'string',
						default: '',
						placeholder: 'e.g. EMP001, EMP002',
						description: 'Only claims of these employees, by staff code, separated by commas',
					},
					{
						displayName: 'Status IDs',
						name: 'statusIds',
						type: 'string',
						default: '',
						placeholder: 'e.g. 302',
						description:
							'Only claims in these statuses, by Venio status ID (302 is waiting for approval), separated by commas',
					},
				]),
			],
			request(i) {
				const body: IDataObject = {
					expenseTypeId: wholeNumber(
						this,
						i,
						'Expense Type',
						this.getNodeParameter('expenseTypeId', i, 0),
					),
				};
				for (const [key, value] of Object.entries(collection(this, 'filters', i))) {
					if (key === 'dateStart') body[key] = toVenioDate(this, i, 'Date From', value);
					else if (key === 'dateEnd') body[key] = toVenioDate(this, i, 'Date To', value);
					else if (key === 'statusIds' || key === 'staffCodes') {
						const list = textList(value);
						if (list.length) body[key] = list;
					} else body[key] = typeof value === 'string' ? value.trim() : value;
				}
				return { body };
			},
		},
		{
			value: 'update',
			name: 'Update',
			action: 'Update an expense',
			description:
				'Replace the subject and lines of an expense claim that can still be edited (e.g. waiting for approval)',
			endpoint: 'expenseUpdate',
			simplify: EXPENSE_SUMMARY,
			properties: [
				expenseIdParameter,
				subjectParameter,
				linesParameter(true),
				optionalCollection('updateFields', claimFields),
			],
			request(i) {
				const expenseId = requiredDigits(this, 'expenseId', i, 'Expense ID');
				return {
					pathParams: { id: expenseId },
					body: claimBody(this, i, 'updateFields'),
					key: { expenseId },
				};
			},
		},
	],
};
