'use strict';
// Raw HTTP to a running sandbox, as a Venio client would call it: a bare request, the token
// call, and an authenticated client.

const http = require('http');

// One keep-alive agent per test file (jest gives each file its own copy of this module),
// destroyed after the file's tests, so stop() is also exercised with idle keep-alive sockets open.
const agent = new http.Agent({ keepAlive: true });
afterAll(() => agent.destroy());

/** Raw HTTP call; GET and DELETE may carry bodies (two Venio operations need that). */
function request(baseUrl, method, path, { body, headers = {}, raw } = {}) {
	const payload = raw !== undefined ? raw : body === undefined ? undefined : JSON.stringify(body);
	return new Promise((resolve, reject) => {
		const req = http.request(
			new URL(path, baseUrl),
			{
				method,
				agent,
				headers: {
					...(payload === undefined
						? {}
						: { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(payload) }),
					...headers,
				},
			},
			(res) => {
				const chunks = [];
				res.on('data', (c) => chunks.push(c));
				res.on('end', () => {
					const text = Buffer.concat(chunks).toString('utf8');
					let json;
					try {
						json = JSON.parse(text);
					} catch {
						json = undefined;
					}
					resolve({ status: res.statusCode, headers: res.headers, text, json });
				});
				res.on('error', reject);
			},
		);
		req.on('error', reject);
		req.end(payload);
	});
}

function tokenRequest(
	sandbox,
	{ key = sandbox.credentials.subscriptionKey, form, headers = {} } = {},
) {
	const fields = form || {
		grant_type: 'client_credentials',
		client_id: sandbox.credentials.clientId,
		client_secret: sandbox.credentials.clientSecret,
	};
	return request(sandbox.url, 'POST', '/authorization/connect/token', {
		raw: new URLSearchParams(fields).toString(),
		headers: {
			'Content-Type': 'application/x-www-form-urlencoded',
			...(key === null ? {} : { 'Ocp-Apim-Subscription-Key': key }),
			...headers,
		},
	});
}

async function newToken(sandbox) {
	const answer = await tokenRequest(sandbox);
	expect(answer.status).toBe(200);
	return answer.json.access_token;
}

/** An authenticated client: call(method, path, body?, { headers, raw, token }) */
async function clientFor(sandbox) {
	const client = {
		token: await newToken(sandbox),
		call(method, path, body, options = {}) {
			return request(sandbox.url, method, path, {
				body,
				raw: options.raw,
				headers: {
					'Ocp-Apim-Subscription-Key': sandbox.credentials.subscriptionKey,
					Authorization: `Bearer ${options.token || client.token}`,
					...(options.headers || {}),
				},
			});
		},
	};
	return client;
}

/** The status of a successful answer, as Venio's usual envelope carries it. */
const success = { status: { code: '1000', description: 'Success' } };

module.exports = { request, tokenRequest, newToken, clientFor, success };
