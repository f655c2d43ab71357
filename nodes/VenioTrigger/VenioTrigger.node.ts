import { NodeConnectionTypes } from 'n8n-workflow';
import type {
	IDataObject,
	INodeType,
	INodeTypeDescription,
	IWebhookFunctions,
	IWebhookResponseData,
} from 'n8n-workflow';

export class VenioTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Venio Trigger',
		name: 'venioTrigger',
		icon: { light: 'file:../Venio/venio.svg', dark: 'file:../Venio/venio.dark.svg' },
		group: ['trigger'],
		version: 1,
		subtitle: '={{$parameter["authentication"]}}',
		description: 'Starts the workflow when Venio sends a webhook',
		defaults: { name: 'Venio Trigger' },
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		webhooks: [{ name: 'default', httpMethod: 'POST', responseMode: 'onReceived', path: 'webhook' }],
		properties: [],
	};

	webhookMethods = {
		default: {
			async checkExists(): Promise<boolean> {
				return true;
			},
			async create(): Promise<boolean> {
				return true;
			},
			async delete(): Promise<boolean> {
				return true;
			},
		},
	};

	async webhook(this: IWebhookFunctions): Promise<IWebhookResponseData> {
		return { workflowData: [[{ json: this.getBodyData() as IDataObject }]] };
	}
}
