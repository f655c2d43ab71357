import { additionalFields } from '../parameters/collections';
import { customerLocator } from '../parameters/locators';
import { codeList } from '../parameters/text';
import type { VenioAction } from '../types';
import { board, coreBody, coreFields, startStage } from './dealFields';
import { optionalBody, optionalFields } from './dealOptionalFields';

const optional = additionalFields(
	optionalFields([
		{
			displayName: 'Other Customer Codes',
			name: 'otherCustomerCodes',
			type: 'string',
			default: '',
			placeholder: 'e.g. C000155, C000156',
			description:
				'More customers of the deal besides the main one, as comma-separated customer codes',
		},
	]),
);

export const create: VenioAction = {
	value: 'create',
	name: 'Create',
	action: 'Create a deal for a customer on a deal board',
	description: 'Create a deal for a customer on a deal board',
	endpoint: 'dealCreate',
	properties: [
		customerLocator.property,
		board.property,
		startStage.property,
		...coreFields,
		optional.property,
	],
	request(i) {
		const customerCode = customerLocator.read(this, i);
		const boardId = board.read(this, i);
		const core = coreBody(this, i);
		const fields = optional.read(this, i);
		const others = codeList(fields.otherCustomerCodes).filter((code) => code !== customerCode);
		return {
			body: {
				customerCodes: [customerCode, ...others],
				boardId,
				...startStage.read(this, i),
				...core,
				...optionalBody(this, i, fields),
			},
		};
	},
};
