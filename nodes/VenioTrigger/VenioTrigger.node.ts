import { NodeConnectionTypes } from 'n8n-workflow';
import type {
	IHookFunctions,
	INodeType,
	INodeTypeDescription,
	IWebhookFunctions,
	IWebhookResponseData,
} from 'n8n-workflow';

import { CREDENTIAL_TYPE } from '../shared/transport/token';
import { AUTH_CREDENTIAL_TYPE, testWebhookSecret } from './auth';
import { subtitleOf } from './catalog';
import { properties } from './description';
import { receive } from './webhook';

export class VenioTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Venio Trigger',
		name: 'venioTrigger',
		icon: { light: 'file:../Venio/venio.svg', dark: 'file:../Venio/venio.dark.svg' },
		group: ['trigger'],
		version: 1,
		subtitle: subtitleOf(),
		description: 'Starts the workflow when Venio sends a webhook',
		defaults: { name: 'Venio Trigger' },
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		credentials: [
			{
				// Only "Include Full Record" calls the Venio API.
				name: CREDENTIAL_TYPE,
				required: true,
				displayOptions: { show: { includeFullRecord: [true] } },
			},
			{
				name: AUTH_CREDENTIAL_TYPE,
				required: true,
				testedBy: 'venioTriggerSecretTest',
				displayOptions: { show: { authentication: ['basicAuth', 'headerSecret', 'querySecret'] } },
			},
		],
		webhooks: [
			{
				name: 'default',
				httpMethod: 'POST',
				responseMode: 'onReceived',
				path: 'webhook',
				// Empty on purpose: n8n then answers a started event with {"message":"Workflow was
				// started"}. Left out, n8n (2.41) falls back to answering the text "firstEntryJson".
				responseData: '',
			},
		],
		properties,
	};

	methods = {
		credentialTest: { venioTriggerSecretTest: testWebhookSecret },
	};

	// Venio has no API to create, list or delete webhook subscriptions: the user pastes the URL into
	// Venio by hand. These exist for n8n's activation lifecycle and report success without a call.
	webhookMethods = {
		default: {
			async checkExists(this: IHookFunctions): Promise<boolean> {
				return true;
			},
			async create(this: IHookFunctions): Promise<boolean> {
				return true;
			},
			async delete(this: IHookFunctions): Promise<boolean> {
				return true;
			},
		},
	};

	async webhook(this: IWebhookFunctions): Promise<IWebhookResponseData> {
		return await receive.call(this);
	}
}
