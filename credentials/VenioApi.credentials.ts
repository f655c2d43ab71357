import type {
	ICredentialDataDecryptedObject,
	ICredentialTestRequest,
	ICredentialType,
	IDataObject,
	IHttpRequestHelper,
	IHttpRequestOptions,
	Icon,
	INodeProperties,
} from 'n8n-workflow';

import { ACCESS_TOKEN_ENDPOINT, ENDPOINTS } from '../nodes/shared/api/endpoints';
import { sharedToken, tokenKey, VENIO_PRODUCTION_URL } from '../nodes/shared/transport/sharedToken';
import type { FetchedToken } from '../nodes/shared/transport/sharedToken';
import { describeTokenFailure } from '../nodes/shared/transport/tokenErrors';
import { joinUrl } from '../nodes/shared/transport/url';

/**
 * Venio (Gofive) API: OAuth2 client credentials behind Azure API Management.
 *
 * The token call needs the subscription key header, which n8n's OAuth2 credential cannot send, so the
 * token is fetched in `preAuthentication` and kept in the hidden expirable `accessToken` field. n8n
 * stores it with the credential (shared by every worker in queue mode), runs `preAuthentication`
 * again when the field is empty or an API call answers 401, and retries that call once. Within one
 * process, executions share their token calls (see sharedToken.ts).
 */
export class VenioApi implements ICredentialType {
	name = 'venioApi';

	displayName = 'Venio API';

	icon: Icon = { light: 'file:../nodes/Venio/venio.svg', dark: 'file:../nodes/Venio/venio.dark.svg' };

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
		const baseUrl = String(credentials.baseUrl || VENIO_PRODUCTION_URL);
		const values = {
			baseUrl,
			clientId: String(credentials.clientId ?? ''),
			clientSecret: String(credentials.clientSecret ?? ''),
			subscriptionKey: String(credentials.subscriptionApiKey ?? ''),
		};
		// Executions of this process share their token calls (sharedToken.ts); other values, a
		// changed secret included, make another key and so a call of their own.
		const key = tokenKey(credentials);
		const accessToken = await sharedToken(key, String(credentials.accessToken ?? ''), () =>
			fetchToken(this, values),
		);
		return { accessToken };
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

interface TokenRequestValues {
	baseUrl: string;
	clientId: string;
	clientSecret: string;
	subscriptionKey: string;
}

/** One call to Venio's token endpoint. */
async function fetchToken(
	helper: IHttpRequestHelper,
	{ baseUrl, clientId, clientSecret, subscriptionKey }: TokenRequestValues,
): Promise<FetchedToken> {
	const response = (await helper.helpers
		.httpRequest({
			method: ACCESS_TOKEN_ENDPOINT.method,
			url: joinUrl(baseUrl, ACCESS_TOKEN_ENDPOINT.path),
			headers: {
				'Content-Type': 'application/x-www-form-urlencoded',
				'Ocp-Apim-Subscription-Key': subscriptionKey,
			},
			body: new URLSearchParams({
				grant_type: 'client_credentials',
				client_id: clientId,
				client_secret: clientSecret,
			}).toString(),
			json: false,
			returnFullResponse: true,
			ignoreHttpStatusErrors: true,
		})
		.catch((error: Error & { code?: string }) => {
			// Rethrown without the request attached: its body holds the client secret.
			throw new Error(
				`Could not reach Venio at ${baseUrl} (${error.code ?? error.message}). Check the Base URL in the Venio API credential.`,
			);
		})) as { statusCode: number; body: unknown };

	const body = parseTokenBody(response.body);
	const accessToken = body?.access_token;
	if (response.statusCode !== 200 || typeof accessToken !== 'string' || accessToken === '') {
		// A plain Error: n8n shows its message on the credential test and on the failing node.
		throw new Error(describeTokenFailure(response.statusCode, body, baseUrl));
	}
	const expiresIn = Number(body?.expires_in);
	return { accessToken, expiresInSeconds: Number.isFinite(expiresIn) ? expiresIn : undefined };
}

function parseTokenBody(body: unknown): IDataObject | undefined {
	if (typeof body === 'object' && body !== null) return body as IDataObject;
	if (typeof body !== 'string' || body === '') return undefined;
	try {
		const parsed: unknown = JSON.parse(body);
		return typeof parsed === 'object' && parsed !== null ? (parsed as IDataObject) : undefined;
	} catch {
		return undefined;
	}
}
