import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { invalid } from '../parameters/invalid';
import { toNumber, wholeNumber } from '../parameters/numbers';
import { fixedRows } from '../parameters/collections';
import { EXPENSE_TYPE, EXPENSE_TYPE_OPTIONS } from './expenseTypes';

/** The Expense Lines of Create and Update: one line per expense, and how they are read. */

/** The types whose lines say how many people took part. */
const WITH_PEOPLE: number[] = [
	EXPENSE_TYPE.entertainment,
	EXPENSE_TYPE.training,
	EXPENSE_TYPE.meetingWithStaff,
];

/** A plain identifier as the default: the n8n lint rule cannot read member expressions there. */
const OTHER = EXPENSE_TYPE.other;

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
			displayOptions: forTypes(EXPENSE_TYPE.accommodation),
		},
		{
			displayName: 'Miles Start',
			name: 'milesStart',
			type: 'number',
			typeOptions: { minValue: 0 },
			default: 0,
			description: 'The odometer reading at the start of the trip (must be less than Miles End)',
			displayOptions: forTypes(EXPENSE_TYPE.fuel),
		},
		{
			displayName: 'Miles End',
			name: 'milesEnd',
			type: 'number',
			typeOptions: { minValue: 0 },
			default: 0,
			description: 'The odometer reading at the end of the trip',
			displayOptions: forTypes(EXPENSE_TYPE.fuel),
		},
		{
			displayName: 'Used Fuel Card',
			name: 'usedFuelCard',
			type: 'boolean',
			default: false,
			description: 'Whether the fuel was paid with a company fuel card',
			displayOptions: forTypes(EXPENSE_TYPE.fuel),
		},
		{
			displayName: 'Training Title',
			name: 'trainingTitle',
			type: 'string',
			default: '',
			description: 'The name of the training',
			displayOptions: forTypes(EXPENSE_TYPE.training),
		},
		{
			displayName: 'Hours',
			name: 'hours',
			type: 'number',
			typeOptions: { minValue: 0 },
			default: 0,
			description: 'How long the training took: hours',
			displayOptions: forTypes(EXPENSE_TYPE.training),
		},
		{
			displayName: 'Minutes',
			name: 'minutes',
			type: 'number',
			typeOptions: { minValue: 0, maxValue: 59 },
			default: 0,
			description: 'How long the training took: minutes on top of the hours',
			displayOptions: forTypes(EXPENSE_TYPE.training),
		},
		{
			displayName: 'People',
			name: 'person',
			type: 'number',
			typeOptions: { minValue: 0 },
			default: 0,
			description: 'How many people took part; 0 is not sent',
			displayOptions: forTypes(...WITH_PEOPLE),
		},
		{
			displayName: 'Taxi',
			name: 'taxi',
			type: 'number',
			typeOptions: { minValue: 0, numberPrecision: 2 },
			default: 0,
			description: 'Taxi fares, in baht; 0 is not sent',
			displayOptions: forTypes(EXPENSE_TYPE.travelling),
		},
		{
			displayName: 'Tollway',
			name: 'tollway',
			type: 'number',
			typeOptions: { minValue: 0, numberPrecision: 2 },
			default: 0,
			description: 'Tollway fees, in baht; 0 is not sent',
			displayOptions: forTypes(EXPENSE_TYPE.travelling),
		},
		{
			displayName: 'Parking',
			name: 'parking',
			type: 'number',
			typeOptions: { minValue: 0, numberPrecision: 2 },
			default: 0,
			description: 'Parking fees, in baht; 0 is not sent',
			displayOptions: forTypes(EXPENSE_TYPE.travelling),
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
				'The ID of an existing line to change, as Get shows it; 0 adds the line as a new one',
		});
	}
	return fields;
}

export const linesParameter = (forUpdate: boolean): INodeProperties => ({
	displayName: 'Expense Lines',
	name: 'expenseLines',
	type: 'fixedCollection',
	typeOptions: { multipleValues: true },
	placeholder: 'Add Expense Line',
	default: {},
	required: !forUpdate,
	description: forUpdate
		? 'All lines of the claim as they should be after the update, one per expense. Leave empty to keep the current lines.'
		: 'The expenses claimed, one line per expense',
	options: [{ displayName: 'Line', name: 'line', values: lineFields(forUpdate) }],
});

function linesGiven(ctx: IExecuteFunctions, i: number): IDataObject[] {
	return fixedRows(linesParameter(false), 'line').read(ctx, i);
}

/** Update: the lines given, or undefined when none are (the claim's lines are then kept). */
export const changedExpenseDetails = (ctx: IExecuteFunctions, i: number) =>
	linesGiven(ctx, i).length === 0 ? undefined : expenseDetails(ctx, i);

/** One Expense Line being read: its place in errors and readers of its optional values. */
interface Line {
	ctx: IExecuteFunctions;
	i: number;
	at: string;
	values: IDataObject;
	given(key: string): boolean;
	whole(key: string, label: string, fallback?: number): number | undefined;
	money(key: string, label: string): number;
}

function lineOf(ctx: IExecuteFunctions, i: number, values: IDataObject, n: number): Line {
	const at = `Expense line ${n + 1}`;
	const given = (key: string) =>
		values[key] !== undefined && values[key] !== null && values[key] !== '';
	return {
		ctx,
		i,
		at,
		values,
		given,
		whole: (key, label, fallback) =>
			given(key) ? wholeNumber(ctx, i, `${at}: ${label}`, values[key]) : fallback,
		money: (key, label) => (given(key) ? toNumber(ctx, i, `${at}: ${label}`, values[key]) : 0),
	};
}

function fuel(line: Line): IDataObject {
	const milesStart = line.whole('milesStart', 'Miles Start', 0) as number;
	const milesEnd = line.whole('milesEnd', 'Miles End', 0) as number;
	if (!(milesStart < milesEnd)) {
		throw invalid(
			line.ctx,
			line.i,
			`${line.at}: Miles Start must be less than Miles End`,
			`Venio needs the odometer readings of a fuel line, start below end (got ${milesStart} and ${milesEnd}).`,
		);
	}
	return { milesStart, milesEnd, usedFuelCard: line.values.usedFuelCard === true };
}

function training(line: Line): IDataObject {
	const trainingTitle = String(line.values.trainingTitle ?? '').trim();
	if (trainingTitle === '') {
		throw invalid(
			line.ctx,
			line.i,
			`${line.at}: Training Title is required`,
			'A training line needs its title.',
		);
	}
	return {
		trainingTitle,
		hours: line.whole('hours', 'Hours', 0),
		minutes: line.whole('minutes', 'Minutes', 0),
	};
}

function travelling(line: Line): IDataObject {
	const costs: IDataObject = {};
	for (const [key, label] of [
		['taxi', 'Taxi'],
		['tollway', 'Tollway'],
		['parking', 'Parking'],
	]) {
		const value = line.money(key, label);
		if (value) costs[key] = value;
	}
	return costs;
}

/** The fields a line of each type adds, checked as Venio checks them. */
const BY_TYPE: Record<number, (line: Line) => IDataObject> = {
	[EXPENSE_TYPE.accommodation]: (line) => ({ night: line.whole('night', 'Nights', 1) }),
	[EXPENSE_TYPE.fuel]: fuel,
	[EXPENSE_TYPE.training]: training,
	[EXPENSE_TYPE.travelling]: travelling,
};

function detailOf(line: Line): IDataObject {
	const { ctx, i, at, values } = line;
	const type = wholeNumber(ctx, i, `${at}: Type`, values.expenseTypeId ?? EXPENSE_TYPE.other);
	if (!EXPENSE_TYPE_OPTIONS.some((option) => option.value === type)) {
		throw invalid(
			ctx,
			i,
			`${at}: Type ${type} is not an expense type`,
			'Choose one of the listed types.',
		);
	}
	const detail: IDataObject = {
		expenseTypeId: type,
		amount: toNumber(ctx, i, `${at}: Amount`, values.amount ?? ''),
	};
	const detailId = line.whole('expenseDetailId', 'Line ID', 0);
	if (detailId) detail.expenseDetailId = detailId;
	Object.assign(detail, BY_TYPE[type]?.(line));
	if (WITH_PEOPLE.includes(type)) {
		const person = line.whole('person', 'People', 0);
		if (person) detail.person = person;
	}
	const note = String(values.note ?? '').trim();
	if (note) detail.note = note;
	return detail;
}

/** Reads the Expense Lines into Venio's `ExpenseDetails`, checking each type's required fields. */
export function expenseDetails(ctx: IExecuteFunctions, i: number): IDataObject[] {
	const lines = linesGiven(ctx, i);
	if (lines.length === 0) {
		throw invalid(ctx, i, 'Expense Lines are required', 'Add at least one expense line.');
	}
	return lines.map((values, n) => detailOf(lineOf(ctx, i, values, n)));
}
