import type { IDataObject } from 'n8n-workflow';

import { additionalFields } from '../parameters/collections';
import { invalid } from '../parameters/invalid';
import { toId } from '../parameters/numbers';
import type { VenioAction } from '../types';
import { requiredNumeric, requiredText } from '../parameters/parameter';

const optional = additionalFields([
	{
		displayName: 'Agreement Note',
		name: 'agreementNote',
		type: 'string',
		typeOptions: { rows: 3 },
		default: '',
		description: 'A note on the agreement',
	},
	{
		displayName: 'Service Agreement ID',
		name: 'contractServiceId',
		type: 'string',
		default: '',
		placeholder: 'e.g. 12',
		description:
			'The ID of an existing service agreement to update; leave it out to create a new one',
	},
]);

const numberOfTimesField = requiredNumeric({
	displayName: 'Number of Times',
	name: 'numberOfTimes',
	type: 'number',
	required: true,
	typeOptions: { minValue: 1, numberPrecision: 0 },
	default: 1,
	description: 'How many times the service is delivered over the contract',
});

const contractNo = requiredText({
	displayName: 'Contract Number',
	name: 'contractNo',
	type: 'string',
	required: true,
	default: '',
	description: 'The number of the contract the agreement belongs to',
});

const subject = requiredText({
	displayName: 'Subject',
	name: 'subject',
	type: 'string',
	required: true,
	default: '',
	description: 'What the service is, in a line',
});

const frequency = requiredNumeric({
	displayName: 'Frequency',
	name: 'frequency',
	type: 'options',
	required: true,
	options: [
		{ name: 'Custom', value: 260005 },
		{ name: 'Monthly', value: 260003 },
		{ name: 'Quarterly', value: 260002 },
		{ name: 'Weekly', value: 260004 },
		{ name: 'Yearly', value: 260001 },
	],
	default: 260003,
	description: 'How often the service is due',
});

export const createOrUpdateServiceAgreement: VenioAction = {
	value: 'createOrUpdateServiceAgreement',
	name: 'Create or Update Service Agreement',
	action: "Create or update a contract's service agreement by service agreement ID",
	description:
		'Add a service agreement (a recurring service schedule) to a contract, or update one by its ID',
	endpoint: 'contractServiceAgreementCreateOrUpdate',
	properties: [
		contractNo.property,
		subject.property,
		frequency.property,
		numberOfTimesField.property,
		optional.property,
	],
	request(i) {
		const numberOfTimes = numberOfTimesField.read(this, i);
		if (!Number.isInteger(numberOfTimes) || numberOfTimes < 1) {
			throw invalid(
				this,
				i,
				'Number of Times must be a whole number of 1 or more',
				`${numberOfTimes} is not a count. Enter e.g. 4.`,
			);
		}
		const fields = optional.read(this, i);
		const body: IDataObject = {
			contractNo: contractNo.read(this, i),
			subject: subject.read(this, i),
			frequency: frequency.read(this, i),
			numberOfTimes,
			...fields,
		};
		if (fields.contractServiceId !== undefined) {
			body.contractServiceId = toId(this, i, 'Service Agreement ID', fields.contractServiceId);
		}
		return { body, key: { contractNo: body.contractNo as string } };
	},
};
