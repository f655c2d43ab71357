import type { IDataObject } from 'n8n-workflow';

import type { VenioResource } from './types';
import { employeeLocator, filtersCollection } from './fields';
import { collection, toNumber } from './params';
import { keyInPath } from './requests';

/**
 * The Employees Enquiry body without paging, as the one known client sends it: the filters it
 * does not use go as null and orderBy as 0 (`keyWord` has a capital W).
 */
export function employeeEnquiryBody(filters: IDataObject = {}): IDataObject {
	return {
		employeeType: null,
		teamId: null,
		status: null,
		keyWord: '',
		orderBy: 0,
		type: null,
		...filters,
	};
}

/** The fields Simplify keeps: who the employee is and how to reach them. */
const EMPLOYEE_SUMMARY = [
	'userId',
	'staffCode',
	'fullname',
	'nickname',
	'position',
	'teamId',
	'teamName',
	'role',
	'phoneNumber',
	'isActive',
] as const;

const NUMBER_FILTERS: Record<string, string> = {
	employeeType: 'Employee Type',
	orderBy: 'Order By',
	status: 'Status',
	teamId: 'Team ID',
	type: 'Type',
};

export const employee: VenioResource = {
	value: 'employee',
	name: 'Employee',
	actions: [
		{
			value: 'get',
			name: 'Get',
			action: 'Get an employee',
			description: 'Get an employee by their staff code',
			endpoint: 'employeeGet',
			simplify: EMPLOYEE_SUMMARY,
			...keyInPath(employeeLocator(), 'staffCode'),
		},
		{
			value: 'getMany',
			name: 'Get Many',
			action: 'Get many employees',
			description: 'Search employees by keyword and team',
			endpoint: 'employeesEnquiry',
			paging: { skipField: 'skip', sizeField: 'pageLength' },
			simplify: EMPLOYEE_SUMMARY,
			properties: [
				filtersCollection([
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
				]),
			],
			request(i) {
				const filters = collection(this, 'filters', i);
				for (const [name, label] of Object.entries(NUMBER_FILTERS)) {
					if (filters[name] !== undefined) filters[name] = toNumber(this, i, label, filters[name]);
				}
				if (typeof filters.keyWord === 'string') filters.keyWord = filters.keyWord.trim();
				return { body: employeeEnquiryBody(filters) };
			},
		},
	],
};
