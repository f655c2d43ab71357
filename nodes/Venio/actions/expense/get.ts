import { keyInPath } from '../parameters/keyInPath';
import type { VenioAction } from '../types';
import { EXPENSE_SUMMARY, expenseId } from './expenseFields';

export const get: VenioAction = {
	value: 'get',
	name: 'Get',
	action: 'Get an expense claim by expense ID',
	description: 'Get an expense claim by its ID',
	endpoint: 'expenseGet',
	simplify: EXPENSE_SUMMARY,
	...keyInPath(expenseId, 'expenseId', 'id'),
};
