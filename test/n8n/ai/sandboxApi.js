'use strict';
/**
 * The test's own view of the sandbox, to check what a tool call did there: Venio API calls with a
 * token of its own, injected faults, and the secrets in play (the credential's values and every
 * bearer token the sandbox saw), which no tool answer may contain.
 */
async function json(method, url, { body, headers = {} } = {}) {
	const response = await fetch(url, {
		method,
		headers: body === undefined ? headers : { 'content-type': 'application/json', ...headers },
		body: body === undefined ? undefined : JSON.stringify(body),
	});
	const text = await response.text();
	if (response.status >= 400)
		throw new Error(`${method} ${url} → ${response.status}: ${text.slice(0, 300)}`);
	return text ? JSON.parse(text) : undefined;
}

function sandboxApi(venio) {
	const { baseUrl, clientId, clientSecret, subscriptionKey } = venio;
	let token;
	async function bearer() {
		if (token) return token;
		const response = await fetch(`${baseUrl}/authorization/connect/token`, {
			method: 'POST',
			headers: {
				'content-type': 'application/x-www-form-urlencoded',
				'Ocp-Apim-Subscription-Key': subscriptionKey,
			},
			body: new URLSearchParams({
				grant_type: 'client_credentials',
				client_id: clientId,
				client_secret: clientSecret,
			}),
		});
		token = (await response.json()).access_token;
		return token;
	}
	/** A Venio API call; answers its `data`. */
	async function call(method, path, body) {
		const headers = {
			Authorization: `Bearer ${await bearer()}`,
			'Ocp-Apim-Subscription-Key': subscriptionKey,
		};
		return (await json(method, `${baseUrl}${path}`, { body, headers })).data;
	}
	return {
		get: (path) => call('GET', path),
		post: (path, body) => call('POST', path, body),
		/** Arms a fault (see test/sandbox/faults.js); `pathRegex` matches the path. */
		addFault: (fault) => json('POST', `${baseUrl}/__sandbox/faults`, { body: fault }),
		clearFaults: () => json('DELETE', `${baseUrl}/__sandbox/faults`),
		/** The credential's secret and key, and every bearer token the sandbox was sent. */
		async secrets() {
			const { requests } = await json('GET', `${baseUrl}/__sandbox/stats?last=5000`);
			const tokens = new Set();
			for (const request of requests) {
				const auth = request.headers && request.headers.authorization;
				if (auth && /^Bearer \S{8,}/.test(auth)) tokens.add(auth.slice('Bearer '.length));
			}
			return [clientSecret, subscriptionKey, ...tokens];
		},
	};
}

module.exports = { sandboxApi };
