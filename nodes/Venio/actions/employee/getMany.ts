import { filtersCollection } from '../parameters/collections';
import { toNumber } from '../parameters/numbers';
import type { VenioAction } from '../types';
import { EMPLOYEE_SUMMARY } from './employeeSummary';

const filters = filtersCollection([
	{
		displayName: 'Employee Type',
		name: 'employeeType',
		type: 'number',
		default: 0,
		description: 'Employee type, as Venio numbers it (not documented)',
	},
	{
		displayName: 'Keyword',
		name: 'keyWord',
		type: 'string',
		default: '',
		description: 'Text to find in the employee name or staff code',
	},
	{
		displayName: 'Order By',
		name: 'orderBy',
		type: 'number',
		default: 0,
		description: 'Sort order, as Venio numbers it; 0 is the default order',
	},
	{
		displayName: 'Status',
		name: 'status',
		type: 'number',
		default: 0,
		description: 'Employee status, as Venio numbers it (not documented)',
	},
	{
		displayName: 'Team ID',
		name: 'teamId',
		type: 'number',
		default: 0,
		description: 'Only employees of this team (the teamId shown on employees)',
	},
	{
		displayName: 'Type',
		name: 'type',
		type: 'number',
		default: 0,
		description: 'The enquiry\'s "type" value, as Venio numbers it (not documented)',
	},
]);

/** The filters sent as numbers, each named by its display name in an error. */
const NUMBER_FILTERS = (
	filters.property.options as Array<{ name: string; displayName: string; type: string }>
)
	.filter((option) => option.type === 'number')
	.map(({ name, displayName }) => [name, displayName] as const);

export const getMany: VenioAction = {
	value: 'getMany',
	name: 'Get Many',
	action: "Get many employees matching a keyword or team, up to Limit; returns each employee's staff code, name, team and position",
	description: 'Search employees by keyword and team',
	endpoint: 'employeesEnquiry',
	paging: 'enquiry',
	simplify: EMPLOYEE_SUMMARY,
	properties: [filters.property],
	request(i) {
		const chosen = filters.read(this, i);
		for (const [name, label] of NUMBER_FILTERS) {
			if (chosen[name] !== undefined) chosen[name] = toNumber(this, i, label, chosen[name]);
		}
		if (typeof chosen.keyWord === 'string') chosen.keyWord = chosen.keyWord.trim();
		return { body: chosen };
	},
};
