import { filtersCollection } from '../parameters/collections';
import { toId } from '../parameters/numbers';
import type { VenioAction } from '../types';
import { EMPLOYEE_SUMMARY } from './employeeSummary';

const filters = filtersCollection([
	{
		displayName: 'Keyword',
		name: 'keyWord',
		type: 'string',
		default: '',
		description: 'Text to find in the employee name or staff code',
	},
	{
		displayName: 'Team ID',
		name: 'teamId',
		type: 'string',
		default: '',
		placeholder: 'e.g. 12',
		description: 'Only employees of this team, by the team ID shown on each employee',
	},
]);

export const getMany: VenioAction = {
	value: 'getMany',
	name: 'Get Many',
	action: 'Search employees by keyword or team',
	description: 'Search employees by keyword and team',
	endpoint: 'employeesEnquiry',
	paging: 'enquiry',
	simplify: EMPLOYEE_SUMMARY,
	properties: [filters.property],
	request(i) {
		const chosen = filters.read(this, i);
		if (chosen.teamId !== undefined) chosen.teamId = toId(this, i, 'Team ID', chosen.teamId);
		if (typeof chosen.keyWord === 'string') chosen.keyWord = chosen.keyWord.trim();
		return { body: chosen };
	},
};
