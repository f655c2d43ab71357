import type {
	ICredentialDataDecryptedObject,
	ICredentialTestRequest,
	ICredentialType,
	IHttpRequestHelper,
	IHttpRequestOptions,
	Icon,
	INodeProperties,
} from 'n8n-workflow';

import { ENDPOINTS } from '../nodes/shared/api/endpoints';
import {
	CREDENTIAL_TYPE,
	credentialValues,
	tokenFor,
	VENIO_PRODUCTION_URL,
} from '../nodes/shared/transport/token';

/**
 * Venio (Gofive) API: OAuth2 client credentials behind Azure API Management.
 *
 * The token call needs the subscription key header, which n8n's OAuth2 credential cannot send, so the
 * token is fetched in `preAuthentication` and kept in the hidden expirable `accessToken` field. n8n
 * stores it with the credential (shared by every worker in queue mode), runs `preAuthentication`
 * again when the field is empty or an API call answers 401. Within one process, executions share
 * their token calls, and a failing token call is retried when that can help (see token.ts and tokenCall.ts).
 */
export class VenioApi implements ICredentialType {
	name = CREDENTIAL_TYPE;

	displayName = 'Venio API';

	icon: Icon = {
		light: 'file:../nodes/Venio/venio.svg',
		dark: 'file:../nodes/Venio/venio.dark.svg',
	};

	documentationUrl = 'https://developer.gofive.co.th';

	// Lets the HTTP Request node offer this credential as a predefined type, so endpoints the Venio
	// node lacks (or paths that differ on a tenant) stay one node away.
	httpRequestNode = {
		name: 'Venio',
		docsUrl: 'https://developer.gofive.co.th',
		apiBaseUrlPlaceholder: `${VENIO_PRODUCTION_URL}/v3/customers/C000001`,
	};

	properties: INodeProperties[] = [
		{
			displayName: 'Client ID',
			name: 'clientId',
			type: 'string',
			default: '',
			required: true,
			description: 'The client ID Gofive issued for your Venio API access',
		},
		{
			displayName: 'Client Secret',
			name: 'clientSecret',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			required: true,
			description: 'The client secret that belongs to the client ID',
		},
		{
			displayName: 'Subscription Key',
			name: 'subscriptionApiKey',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			required: true,
			description:
				'The API subscription key (sent as the Ocp-Apim-Subscription-Key header on every call)',
		},
		{
			displayName: 'Base URL',
			name: 'baseUrl',
			type: 'string',
			default: VENIO_PRODUCTION_URL,
			required: true,
			description:
				'Where the Venio API lives. Keep the default for production; change it for a gateway, a test tenant or a local Venio sandbox.',
		},
		{
			displayName: 'Access Token',
			name: 'accessToken',
			type: 'hidden',
			typeOptions: { expirable: true, password: true },
			default: '',
		},
	];

	async preAuthentication(this: IHttpRequestHelper, credentials: ICredentialDataDecryptedObject) {
		// Other values, a changed secret included, get a token of their own.
		const held = String(credentials.accessToken ?? '');
		return { accessToken: await tokenFor(this, credentialValues(credentials), held) };
	}

	// A function-valued property: not a method, because n8n copies credential types with object
	// spread, which drops methods, and the HTTP Request node offers only credentials whose
	// `authenticate` survives that copy; and not generic header expressions, because this runs on
	// every request and two expression evaluations cost more than the rest of the node's work.
	authenticate = async (
		credentials: ICredentialDataDecryptedObject,
		requestOptions: IHttpRequestOptions,
	): Promise<IHttpRequestOptions> => ({
		...requestOptions,
		headers: {
			...requestOptions.headers,
			Authorization: `Bearer ${String(credentials.accessToken)}`,
			'Ocp-Apim-Subscription-Key': String(credentials.subscriptionApiKey),
		},
	});

	// Proves the token and the key both work: a cheap, documented, authenticated GET.
	test: ICredentialTestRequest = {
		request: {
			baseURL: `={{$credentials.baseUrl.replace(/\\/+$/, '')}}`,
			url: ENDPOINTS.customerEventTypesGet.path,
			method: 'GET',
		},
	};
}
