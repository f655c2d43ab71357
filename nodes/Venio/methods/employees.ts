import type {
	IDataObject,
	ILoadOptionsFunctions,
	INodeListSearchResult,
	INodePropertyOptions,
} from 'n8n-workflow';

import { ENDPOINTS, enquiryBody } from '../../shared/api/endpoints';
import { venioPages } from '../../shared/transport/paging';
import { VenioRun } from '../../shared/transport/run';
import { labelled, searchEnquiry } from './sources';
import type { SearchSource } from './sources';

/** Employees a dropdown lists at most; an account with more is searched with "From list". */
const MAX_EMPLOYEE_OPTIONS = 2000;

type EmployeeKey = 'staffCode' | 'userId';

function employeeSource(key: EmployeeKey): SearchSource {
	return {
		endpoint: 'employeesEnquiry',
		match: (keyword) => (keyword === undefined ? {} : { keyWord: keyword }),
		toItem: (record) => ({
			name: labelled(record.fullname, record[key]),
			value: String(record[key] ?? ''),
		}),
	};
}

/** One page of employees for a "From list" locator; employees without the key are left out. */
async function searchEmployeesBy(
	context: ILoadOptionsFunctions,
	key: EmployeeKey,
	filter?: string,
	token?: string,
): Promise<INodeListSearchResult> {
	const page = await searchEnquiry(context, employeeSource(key), filter, token);
	return { ...page, results: page.results.filter((item) => item.value !== '') };
}

/** Every employee (up to MAX_EMPLOYEE_OPTIONS) as dropdown options, by name. */
async function employeeOptions(
	context: ILoadOptionsFunctions,
	key: EmployeeKey,
): Promise<INodePropertyOptions[]> {
	const options: INodePropertyOptions[] = [];
	const pages = venioPages(new VenioRun(context), 'employeesEnquiry', {
		body: enquiryBody('employeesEnquiry'),
		style: ENDPOINTS.employeesEnquiry.paging,
		limit: MAX_EMPLOYEE_OPTIONS,
	});
	for await (const page of pages) {
		for (const record of page as IDataObject[]) {
			const value = record[key];
			if (value === undefined || value === null || value === '') continue;
			const details = [record.position, record.teamName].filter(Boolean).join(', ');
			options.push({
				name: labelled(record.fullname, value),
				value: String(value),
				...(details ? { description: details } : {}),
			});
		}
	}
	return options.sort((a, b) => a.name.localeCompare(b.name));
}

export const employeeMethods = {
	listSearch: {
		/** Employees by staff code (owners, "Employee" locators). */
		async searchEmployees(this: ILoadOptionsFunctions, filter?: string, token?: string) {
			return await searchEmployeesBy(this, 'staffCode', filter, token);
		},
	},
	loadOptions: {
		/** Employees by staff code, for multi-selects of owners or staff. */
		async getEmployees(this: ILoadOptionsFunctions) {
			return await employeeOptions(this, 'staffCode');
		},
		/** Employees by user ID, for fields that take a user GUID. */
		async getEmployeeUsers(this: ILoadOptionsFunctions) {
			return await employeeOptions(this, 'userId');
		},
	},
};
