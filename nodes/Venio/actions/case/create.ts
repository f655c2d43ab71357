import type { VenioAction } from '../types';
import { caseBody, coreFields, createOptions } from './caseFields';
import { requiredNumeric } from '../parameters/parameter';

const caseTypeField = requiredNumeric({
	displayName: 'Case Type',
	name: 'caseType',
	type: 'options',
	required: true,
	options: [
		{
			name: 'For Your Information',
			value: 2,
			description: 'Information to note, nothing to act on',
		},
		{
			name: 'Request for Action',
			value: 1,
			description: 'Something the assignee has to do',
		},
	],
	default: 1,
	description: 'Whether the case asks for action or only informs',
});

export const create: VenioAction = {
	value: 'create',
	name: 'Create',
	action: 'Create a case (support ticket) for a customer',
	description: 'Open a case (ticket) and assign it to an employee',
	endpoint: 'caseAdd',
	properties: [caseTypeField.property, ...coreFields, createOptions.property],
	request(i) {
		const caseType = caseTypeField.read(this, i);
		return { body: { caseType, ...caseBody(this, i) } };
	},
};
