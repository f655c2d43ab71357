import type { ICredentialType, Icon, INodeProperties } from 'n8n-workflow';

/**
 * The shared secret the Venio Trigger checks on incoming webhooks. Venio signs nothing, so the
 * secret travels in the URL, a header or basic auth, whichever the webhook URL in Venio can carry.
 * This credential is only read by the trigger; it calls no API, so it has nothing to test remotely.
 */
export class VenioTriggerAuthApi implements ICredentialType {
	name = 'venioTriggerAuthApi';

	displayName = 'Venio Webhook Secret API';

	icon: Icon = { light: 'file:../nodes/Venio/venio.svg', dark: 'file:../nodes/Venio/venio.dark.svg' };

	documentationUrl = 'https://developer.gofive.co.th/doc-340950';

	properties: INodeProperties[] = [
		{
			displayName: 'Secret',
			name: 'secret',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			description:
				'The token or password Venio must send. Used as the ?token= value, the header value, or the basic-auth password, depending on the trigger\'s Authentication.',
		},
		{
			displayName: 'Header Name',
			name: 'headerName',
			type: 'string',
			default: 'X-Venio-Token',
			description: 'The header that carries the secret, when Authentication is "Secret in a Header"',
		},
		{
			displayName: 'User',
			name: 'user',
			type: 'string',
			default: 'venio',
			description: 'The basic-auth user name, when Authentication is "Basic Auth"',
		},
	];
}
