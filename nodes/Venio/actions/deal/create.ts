import { additionalFields } from '../parameters/collections';
import { customerLocator } from '../parameters/locators';
import { codeList } from '../params';
import type { VenioAction } from '../types';
import { board, coreBody, coreFields } from './dealFields';
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
		{
			displayName: 'Stage Name or ID',
			name: 'dealStageId',
			type: 'options',
			typeOptions: {
				loadOptionsMethod: 'getDealStages',
				loadOptionsDependsOn: [board.property.name],
			},
			default: '',
			description:
				'Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>',
			hint: 'The stage to start in; leave it out to let Venio choose',
		},
	]),
);

export const create: VenioAction = {
	value: 'create',
	name: 'Create',
	action: 'Create a deal',
	description: 'Create a deal for a customer on a deal board',
	endpoint: 'dealCreate',
	properties: [customerLocator.property, board.property, ...coreFields, optional.property],
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
				...core,
				...optionalBody(this, i, fields),
			},
		};
	},
};
