import type { VenioAction } from '../types';
import { claimBody, createOptions, EXPENSE_SUMMARY, subjectParameter } from './expenseFields';
import { linesParameter } from './expenseLines';

export const create: VenioAction = {
	value: 'create',
	name: 'Create',
	action: 'Create an expense claim with one or more expense lines',
	description: 'Create an expense claim with one or more expense lines',
	endpoint: 'expenseCreate',
	simplify: EXPENSE_SUMMARY,
	properties: [subjectParameter, linesParameter(false), createOptions.property],
	request(i) {
		return { body: claimBody(this, i) };
	},
};
