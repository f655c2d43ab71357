import type { VenioAction } from '../types';
import { claimUpdateBody, EXPENSE_SUMMARY, expenseId, updateOptions } from './expenseFields';
import { linesParameter } from './expenseLines';

export const update: VenioAction = {
	value: 'update',
	name: 'Update',
	action: 'Update an expense claim by expense ID (only the fields set change)',
	description:
		'Change an expense claim that can still be edited (e.g. waiting for approval); what you leave empty keeps its current value',
	endpoint: 'expenseUpdate',
	simplify: EXPENSE_SUMMARY,
	properties: [expenseId.property, updateOptions.property, linesParameter(true)],
	record(i) {
		return expenseId.read(this, i);
	},
	async request(i, run) {
		const id = expenseId.read(this, i);
		return {
			pathParams: { id },
			body: await claimUpdateBody(this, run, i, id),
			key: { expenseId: id },
		};
	},
};
