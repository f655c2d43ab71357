'use strict';

// Gateway and identity behaviour: the Azure API Management subscription key
// (checked first, on every call including the token call) and the OAuth2
// client-credentials token endpoint whose bearer tokens every other call needs.

const crypto = require('crypto');
const { gatewayError } = require('./envelope');

// Azure API Management's own wording, which real clients see.
const MISSING_KEY =
	'Access denied due to missing subscription key. Make sure to include subscription key when making requests to an API.';
const INVALID_KEY =
	'Access denied due to invalid subscription key. Make sure to provide a valid key for an active subscription.';
// Venio's wording for a missing, unknown or expired bearer token.
const AUTH_REQUIRED = 'User authentication required V2.';

function safeDecode(text) {
	try {
		return decodeURIComponent(text);
	} catch {
		return text;
	}
}

function createAuth({ clientId, clientSecret, subscriptionKey, tokenTtlSeconds }) {
	/** access_token -> expiry time in ms. */
	const tokens = new Map();

	/** APIM also accepts the key as the `subscription-key` query parameter. */
	function checkSubscriptionKey(headers, query) {
		const key = headers['ocp-apim-subscription-key'] ?? query['subscription-key'];
		if (key === undefined || key === '') return gatewayError(401, MISSING_KEY);
		if (key !== subscriptionKey) return gatewayError(401, INVALID_KEY);
		return null;
	}

	function bearerOf(headers) {
		const match = /^Bearer\s+(\S+)\s*$/i.exec(headers.authorization || '');
		return match ? match[1] : null;
	}

	function checkBearer(headers) {
		const token = bearerOf(headers);
		const expiresAt = token && tokens.get(token);
		if (!expiresAt || Date.now() >= expiresAt) return gatewayError(401, AUTH_REQUIRED);
		return null;
	}

	/**
	 * POST /authorization/connect/token. Order follows an IdentityServer-style
	 * endpoint: form content type, then client authentication, then grant type.
	 */
	function tokenEndpoint(headers, query, rawBody) {
		const keyProblem = checkSubscriptionKey(headers, query);
		if (keyProblem) return keyProblem;
		if (!/^application\/x-www-form-urlencoded\b/i.test(headers['content-type'] || '')) {
			return { status: 400, body: { error: 'invalid_request' } };
		}
		const form = new URLSearchParams(rawBody);
		let id = form.get('client_id');
		let secret = form.get('client_secret');
		// Client credentials may also come as HTTP Basic auth (RFC 6749 2.3.1).
		const basic = /^Basic\s+(\S+)$/i.exec(headers.authorization || '');
		if (basic && id === null) {
			const decoded = Buffer.from(basic[1], 'base64').toString('utf8');
			const colon = decoded.indexOf(':');
			id = safeDecode(decoded.slice(0, colon));
			secret = safeDecode(decoded.slice(colon + 1));
		}
		if (id !== clientId || secret !== clientSecret) {
			return { status: 400, body: { error: 'invalid_client' } };
		}
		if (form.get('grant_type') !== 'client_credentials') {
			return { status: 400, body: { error: 'unsupported_grant_type' } };
		}
		const accessToken = crypto.randomBytes(32).toString('base64url');
		tokens.set(accessToken, Date.now() + tokenTtlSeconds * 1000);
		return {
			status: 200,
			headers: { 'Cache-Control': 'no-store', Pragma: 'no-cache' },
			body: {
				access_token: accessToken,
				expires_in: tokenTtlSeconds,
				token_type: 'Bearer',
				scope: 'venio_api',
			},
		};
	}

	return {
		checkSubscriptionKey,
		checkBearer,
		tokenEndpoint,
		/** The 401 a client sees for an expired token. */
		expiredAnswer: () => gatewayError(401, AUTH_REQUIRED),
		/** Expire the bearer token a request carries (fault kind `expireToken`). */
		expireTokenOf: (headers) => tokens.delete(bearerOf(headers)),
		/** Every token issued so far becomes invalid. */
		expireAll: () => tokens.clear(),
	};
}

module.exports = { createAuth, MISSING_KEY, INVALID_KEY, AUTH_REQUIRED };
