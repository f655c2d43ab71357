import type { IDataObject } from 'n8n-workflow';

import { filtersCollection } from '../parameters/collections';
import { toVenioDate } from '../parameters/dates';
import { requiredWholeNumber } from '../parameters/parameter';
import { textList } from '../parameters/text';
import type { VenioAction } from '../types';
import { EXPENSE_SUMMARY } from './expenseFields';
import { EXPENSE_TYPE_OPTIONS } from './expenseTypes';

const filters = filtersCollection([
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
]);

const expenseType = requiredWholeNumber({
	displayName: 'Expense Type',
	name: 'expenseTypeId',
	type: 'options',
	options: [...EXPENSE_TYPE_OPTIONS, { name: 'Any Type', value: 0 }].sort((x, y) =>
		x.name.localeCompare(y.name),
	),
	default: 0,
	description: 'Only claims with a line of this type',
});

export const getMany: VenioAction = {
	value: 'getMany',
	name: 'Get Many',
	action: 'Search expense claims by type, status, employee or date',
	description: 'Search expense claims by type, status, employee, text and date',
	endpoint: 'expenseEnquiry',
	paging: 'list',
	simplify: EXPENSE_SUMMARY,
	properties: [expenseType.property, filters.property],
	request(i) {
		const body: IDataObject = {
			expenseTypeId: expenseType.read(this, i),
		};
		for (const [key, value] of Object.entries(filters.read(this, i))) {
			if (key === 'dateStart') body[key] = toVenioDate(this, i, 'Date From', value);
			else if (key === 'dateEnd') body[key] = toVenioDate(this, i, 'Date To', value);
			else if (key === 'statusIds' || key === 'staffCodes') {
				const list = textList(value);
				if (list.length) body[key] = list;
			} else body[key] = typeof value === 'string' ? value.trim() : value;
		}
		return { body };
	},
};
