import type { ICredentialType, Icon, INodeProperties } from 'n8n-workflow';

import {
	AUTH_CREDENTIAL_TYPE,
	DEFAULT_BASIC_USER,
	DEFAULT_HEADER_NAME,
} from '../nodes/VenioTrigger/auth';

/**
 * The shared secret the Venio Trigger checks on incoming webhooks. Venio signs nothing, so the
 * secret travels in the URL, a header or basic auth, whichever the webhook URL in Venio can carry.
 * This credential is only read by the trigger; it calls no API, so its test (the trigger's
 * `venioTriggerSecretTest`) checks the secret's strength locally.
 */
export class VenioTriggerAuthApi implements ICredentialType {
	name = AUTH_CREDENTIAL_TYPE;

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
				'A long random value that Venio must send: the ?token= value, the header value or the basic-auth password, depending on the trigger\'s Authentication. Use at least 16 letters and digits (e.g. from `openssl rand -hex 32`), so it goes into a URL unchanged.',
		},
		{
			displayName: 'Header Name',
			name: 'headerName',
			type: 'string',
			default: DEFAULT_HEADER_NAME,
			description: 'The header that carries the secret, when the trigger\'s Authentication is "Secret in Header"',
		},
		{
			displayName: 'User',
			name: 'user',
			type: 'string',
			default: DEFAULT_BASIC_USER,
			description: 'The basic-auth user name, when the trigger\'s Authentication is "Basic Auth"',
		},
	];
}
