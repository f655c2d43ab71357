'use strict';
// A logged-in session with a real n8n: the owner account, its login cookie and an API key.

const BROWSER_ID = 'venio-n8n-tests';

const DEFAULT_OWNER = {
	email: 'owner@venio.test',
	firstName: 'Venio',
	lastName: 'Tester',
	password: 'Venio-n8n-1',
};

/** A small HTTP client with a cookie jar of one cookie (n8n-auth). */
function makeHttp(baseUrl) {
	let cookie = '';
	async function request(method, url, { body, headers = {}, raw = false } = {}) {
		const target = url.startsWith('http') ? url : `${baseUrl}${url}`;
		const init = { method, headers: { 'browser-id': BROWSER_ID, ...headers } };
		if (cookie) init.headers.cookie = cookie;
		if (body !== undefined) {
			init.headers['content-type'] = 'application/json';
			init.body = typeof body === 'string' ? body : JSON.stringify(body);
		}
		const response = await fetch(target, init);
		const setCookies =
			typeof response.headers.getSetCookie === 'function' ? response.headers.getSetCookie() : [];
		for (const entry of setCookies) {
			const match = /^(n8n-auth=[^;]*)/.exec(entry);
			if (match) cookie = match[1];
		}
		const text = await response.text();
		let json;
		try {
			json = text ? JSON.parse(text) : undefined;
		} catch {
			json = undefined;
		}
		const result = { status: response.status, headers: response.headers, text, json };
		if (raw) return result;
		if (response.status >= 400) {
			const error = new Error(`${method} ${target} → ${response.status}: ${text.slice(0, 1000)}`);
			error.status = response.status;
			error.body = json ?? text;
			throw error;
		}
		return json;
	}
	return { request, hasCookie: () => !!cookie };
}

/** Sets up the owner on a fresh n8n (if needed), logs in and creates an API key. */
async function login(baseUrl, ownerOverrides) {
	const http = makeHttp(baseUrl);
	const owner = { ...DEFAULT_OWNER, ...(ownerOverrides || {}) };
	const settings = await http.request('GET', '/rest/settings');
	const showSetup = settings?.data?.userManagement?.showSetupOnFirstLoad;
	if (showSetup !== false) {
		await http.request('POST', '/rest/owner/setup', {
			body: {
				email: owner.email,
				firstName: owner.firstName,
				lastName: owner.lastName,
				password: owner.password,
			},
		});
	}
	await http.request('POST', '/rest/login', {
		body: { emailOrLdapLoginId: owner.email, password: owner.password },
	});
	const scopes = (await http.request('GET', '/rest/api-keys/scopes')).data;
	const apiKeyResponse = await http.request('POST', '/rest/api-keys', {
		body: { label: `venio-tests-${Date.now()}`, scopes, expiresAt: null },
	});
	const apiKey = apiKeyResponse.data.rawApiKey;

	return { http, owner, apiKey };
}

module.exports = { login };
