import { keyInPath } from '../parameters/keyInPath';
import { employeeLocator } from '../parameters/locators';
import type { VenioAction } from '../types';
import { EMPLOYEE_SUMMARY } from './employeeSummary';

export const get: VenioAction = {
	value: 'get',
	name: 'Get',
	action: 'Get an employee by staff code',
	description: 'Get an employee by their staff code',
	endpoint: 'employeeGet',
	simplify: EMPLOYEE_SUMMARY,
	...keyInPath(employeeLocator, 'staffCode'),
};
