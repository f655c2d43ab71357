import { updateFields } from '../parameters/collections';
import { kept, keepCurrent, readRecord } from '../current';
import type { VenioAction } from '../types';
import { coreUpdateOptions, dealLocator, moveToStage, newOwner } from './dealFields';
import { optionalBody, optionalFields } from './dealOptionalFields';

const optional = updateFields(
	optionalFields([
		...coreUpdateOptions,
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

/**
 * Venio refuses a deal update without these five; the ones the user leaves empty are sent back
 * as the deal has them now (see current.ts).
 */
const NEEDED = [
	kept('dealName', 'Deal Name', 'dealsName'),
	kept('dealValue', 'Deal Value', 'dealsValue'),
	kept('probability', 'Probability (%)'),
	kept('expectedCloseDate', 'Expected Close Date'),
	kept('assignTo', 'Owner'),
];

export const update: VenioAction = {
	value: 'update',
	name: 'Update',
	action: 'Update a deal by deal ID, e.g. its stage (only the fields set change)',
	description:
		'Change a deal: its stage, owner or any field you set; everything you leave empty keeps its current value',
	endpoint: 'dealUpdate',
	properties: [dealLocator.property, moveToStage.property, newOwner.property, optional.property],
	record(i) {
		return dealLocator.read(this, i);
	},
	async request(i, run) {
		const id = dealLocator.read(this, i);
		const owner = newOwner.read(this, i);
		const changes = {
			...optionalBody(this, i, optional.read(this, i)),
			...moveToStage.read(this, i),
			...(owner !== undefined && { assignTo: owner }),
		};
		const body = await keepCurrent(this, i, changes, NEEDED, () =>
			readRecord(run, i, { endpoint: 'dealGet', pathParams: { id }, label: 'Deal › Update' }),
		);
		return { pathParams: { id }, body, key: { dealsId: id } };
	},
};
