import { NodeConnectionTypes } from 'n8n-workflow';
import type {
	IExecuteFunctions,
	INodeExecutionData,
	INodeType,
	INodeTypeDescription,
} from 'n8n-workflow';

import { CREDENTIAL_TYPE } from '../shared/transport/token';
import { describeResources, subtitleOf } from './actions/describe';
import { executeResources } from './actions/execute';
import { RESOURCES } from './actions';
import { methods } from './methods';

export class Venio implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Venio',
		name: 'venio',
		icon: { light: 'file:venio.svg', dark: 'file:venio.dark.svg' },
		group: ['transform'],
		version: 1,
		subtitle: subtitleOf(RESOURCES),
		description:
			'Work with Venio CRM: customers, deals, quotations, sales orders, cases, products and more',
		defaults: { name: 'Venio' },
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		usableAsTool: true,
		credentials: [{ name: CREDENTIAL_TYPE, required: true }],
		properties: describeResources(RESOURCES),
	};

	methods = methods;

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		return await executeResources.call(this, RESOURCES);
	}
}
