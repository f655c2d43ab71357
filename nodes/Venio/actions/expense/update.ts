import type { VenioAction } from '../types';
import {
	claimBody,
	EXPENSE_SUMMARY,
	expenseId,
	subjectParameter,
	updateOptions,
} from './expenseFields';
import { linesParameter } from './expenseLines';

export const update: VenioAction = {
	value: 'update',
	name: 'Update',
	action: 'Update an expense claim by its ID; returns the claim as saved',
	description:
		'Replace the subject and lines of an expense claim that can still be edited (e.g. waiting for approval)',
	endpoint: 'expenseUpdate',
	simplify: EXPENSE_SUMMARY,
	properties: [expenseId.property, subjectParameter, linesParameter(true), updateOptions.property],
	request(i) {
		const id = expenseId.read(this, i);
		return { pathParams: { id }, body: claimBody(this, i, updateOptions), key: { expenseId: id } };
	},
};
