import type { IDataObject } from 'n8n-workflow';

/**
 * Says which of the three credential values most likely caused a failed token call. Azure API
 * Management rejects the subscription key before the identity server sees the request (401 with a
 * "subscription key" message); the identity server answers a wrong client ID or secret with 400
 * `invalid_client`. The message never repeats a value, only names the field to check.
 */
export function describeTokenFailure(
	statusCode: number,
	body: IDataObject | undefined,
	baseUrl: string,
): string {
	const apiMessage = String(body?.message ?? body?.error_description ?? body?.error ?? '');
	const said = apiMessage ? ` Venio said: "${apiMessage}".` : '';
	if (/subscription key/i.test(apiMessage)) {
		return `Venio refused the Subscription Key (HTTP ${statusCode}).${said} Check the Subscription Key in the Venio API credential.`;
	}
	if (body?.error === 'invalid_client' || statusCode === 400 || statusCode === 401) {
		return `Venio refused the Client ID or Client Secret (HTTP ${statusCode}).${said} Check both values in the Venio API credential.`;
	}
	if (statusCode === 404) {
		return `No Venio token endpoint at ${baseUrl} (HTTP 404). Check the Base URL in the Venio API credential.`;
	}
	if (statusCode === 200) {
		return `Venio's token endpoint at ${baseUrl} answered without an access token. Check the Base URL in the Venio API credential.`;
	}
	return `Venio's token endpoint failed (HTTP ${statusCode}).${said} Try again later, or check the Base URL in the Venio API credential.`;
}
