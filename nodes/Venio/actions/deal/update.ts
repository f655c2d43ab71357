import { updateFields } from '../parameters/collections';
import type { VenioAction } from '../types';
import { coreBody, coreFields, dealLocator, moveToStage } from './dealFields';
import { optionalBody, optionalFields } from './dealOptionalFields';

const optional = updateFields(
	optionalFields([
		{
			displayName: 'Cancel All Orders',
			name: 'cancleAllOrder',
			type: 'boolean',
			default: false,
			description: 'Whether to cancel all orders of the deal',
		},
		{
			displayName: 'Follow-Up Notes',
			name: 'followUpNotes',
			type: 'string',
			default: '',
			description: 'Notes for the follow-up',
		},
		{
			displayName: 'Mark All Tasks as Done',
			name: 'markAllTaskAsDone',
			type: 'boolean',
			default: false,
			description: 'Whether to mark every open task of the deal as done',
		},
		{
			displayName: 'Missed Reason Name or ID',
			name: 'reasonCategoryId',
			type: 'options',
			typeOptions: { loadOptionsMethod: 'getDealMissedReasons' },
			default: '',
			description:
				'Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>',
			hint: 'Why the deal was lost, when closing it as lost',
		},
		{
			displayName: 'Remark',
			name: 'remark',
			type: 'string',
			default: '',
			description: 'A remark on the change, e.g. why the deal was lost',
		},
	]),
);

export const update: VenioAction = {
	value: 'update',
	name: 'Update',
	action: 'Update a deal by its deal ID, e.g. move it to another stage; needs its name, value, probability, expected close date and owner every time, returns the deal as saved',
	description:
		'Update a deal; Venio needs its name, value, probability, expected close date and owner every time; stage, missed reason and the rest are optional',
	endpoint: 'dealUpdate',
	properties: [dealLocator.property, moveToStage.property, ...coreFields, optional.property],
	request(i) {
		const id = dealLocator.read(this, i);
		const body = {
			...coreBody(this, i),
			...moveToStage.read(this, i),
			...optionalBody(this, i, optional.read(this, i)),
		};
		return { pathParams: { id }, body, key: { dealsId: id } };
	},
};
