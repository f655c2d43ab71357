'use strict';
// A credentials helper that behaves like n8n's server (packages/cli/src/credentials-helper.ts):
// credentials live in a store (the "database"); preAuthentication runs when the expirable field is
// empty, when n8n-core reports the credential expired (after a 401), and on a credential test; its
// result is written back to the store, so later runs reuse the token as they would in n8n.
const axios = require('axios');
const { ICredentialsHelper, Workflow } = require('n8n-workflow');

const { credentialTypes, nodeTypesRegistry } = require('./types');

function expirableField(type) {
	return type.properties.find((p) => p.type === 'hidden' && p.typeOptions?.expirable === true);
}

function resolve(value, credentials, workflow, node) {
	if (typeof value !== 'string' || !value.startsWith('=')) return value;
	const result = workflow.expression.getSimpleParameterValue(
		node,
		value,
		'internal',
		{ $credentials: credentials },
		undefined,
		'',
	);
	return result === undefined || result === null ? '' : String(result);
}

class HarnessCredentialsHelper extends ICredentialsHelper {
	constructor() {
		super();
		/** id -> { type, data }: what n8n keeps encrypted in its database. */
		this.store = new Map();
		this.preAuthenticationRuns = 0;
	}

	add(id, type, data) {
		this.store.set(id, { type, data: { ...data } });
		return { [type]: { id, name: `${type} ${id}` } };
	}

	stored(id) {
		return this.store.get(id).data;
	}

	getParentTypes() {
		return [];
	}

	isCredentialUsableByNode() {
		return true;
	}

	getCredentialsProperties(type) {
		return credentialTypes[type].properties;
	}

	async getCredentials(nodeCredentials, type) {
		const entry = this.store.get(nodeCredentials.id);
		if (!entry || entry.type !== type) throw new Error(`No ${type} credential ${nodeCredentials.id}`);
		return entry;
	}

	async getDecrypted(_additionalData, nodeCredentials, type) {
		const entry = await this.getCredentials(nodeCredentials, type);
		// A fresh copy each time, as decrypting from the database gives.
		return { ...entry.data };
	}

	async updateCredentials(nodeCredentials, type, data) {
		const entry = await this.getCredentials(nodeCredentials, type);
		entry.data = { ...data };
	}

	async updateCredentialsOauthTokenData() {}

	async authenticate(credentials, typeName, requestOptions, workflow, node) {
		const type = credentialTypes[typeName];
		if (typeof type.authenticate === 'function') {
			return await type.authenticate(credentials, requestOptions);
		}
		if (type.authenticate?.type === 'generic') {
			for (const [where, values] of Object.entries(type.authenticate.properties)) {
				requestOptions[where] = requestOptions[where] ?? {};
				for (const [key, value] of Object.entries(values)) {
					requestOptions[where][resolve(key, credentials, workflow, node)] = resolve(
						value,
						credentials,
						workflow,
						node,
					);
				}
			}
		}
		return requestOptions;
	}

	async preAuthentication(helpers, credentials, typeName, node, credentialsExpired) {
		const type = credentialTypes[typeName];
		const field = expirableField(type);
		if (!field || typeof type.preAuthentication !== 'function') return undefined;
		if (credentials[field.name] !== '' && !credentialsExpired) return undefined;
		this.preAuthenticationRuns++;
		const output = await type.preAuthentication.call(helpers, credentials);
		if (output?.[field.name] === undefined) return undefined;
		const nodeCredentials = node.credentials?.[typeName];
		if (nodeCredentials) {
			const entry = await this.getCredentials(nodeCredentials, typeName);
			await this.updateCredentials(nodeCredentials, typeName, { ...entry.data, ...output });
		}
		return Object.assign(credentials, output);
	}

	async runPreAuthentication(helpers, credentials, typeName) {
		return await credentialTypes[typeName].preAuthentication?.call(helpers, credentials);
	}
}

/** n8n's plain request helper, for preAuthentication (IHttpRequestHelper) outside a node run. */
const plainHelpers = {
	helpers: {
		async httpRequest(options) {
			const response = await axios.request({
				method: options.method,
				url: options.url,
				headers: options.headers,
				data: options.body,
				params: options.qs,
				validateStatus: options.ignoreHttpStatusErrors ? () => true : undefined,
				transformResponse: options.json === false ? [(data) => data] : undefined,
			});
			return options.returnFullResponse
				? { statusCode: response.status, body: response.data, headers: response.headers }
				: response.data;
		},
	},
};

/**
 * Runs a credential type's test the way n8n's credential test does: a fresh token (preAuthentication
 * always runs for a test), the authenticate step, then the test request. Resolves like n8n's
 * tester: { status: 'OK' } or { status: 'Error', message }.
 */
async function testCredential(typeName, data) {
	const type = credentialTypes[typeName];
	const credentials = { ...data };
	try {
		if (typeof type.preAuthentication === 'function') {
			Object.assign(credentials, await type.preAuthentication.call(plainHelpers, credentials));
		}
		const { request } = type.test;
		// The test request's expressions (the base URL) resolve against a workflow, as in n8n.
		const node = { id: 'test', name: 'Credential test', type: 'harness.testInput', typeVersion: 1, position: [0, 0], parameters: {} };
		const workflow = new Workflow({ nodes: [node], connections: {}, active: false, nodeTypes: nodeTypesRegistry });
		const baseURL = resolve(request.baseURL, credentials, workflow, node);
		const authenticated = await new HarnessCredentialsHelper().authenticate(
			credentials,
			typeName,
			{ method: request.method, baseURL, url: request.url, headers: {} },
			workflow,
			node,
		);
		const response = await axios.request({ ...authenticated, validateStatus: () => true });
		if (response.status >= 400) {
			return { status: 'Error', message: `Authorization failed (HTTP ${response.status})` };
		}
		return { status: 'OK', message: 'Connection successful!' };
	} catch (error) {
		return { status: 'Error', message: error.message };
	}
}

/** The stored form of a `Venio API` credential, from the sandbox's (or a tenant's) values. */
function venioCredentialData({ clientId, clientSecret, subscriptionKey, baseUrl }) {
	return { clientId, clientSecret, subscriptionApiKey: subscriptionKey, baseUrl, accessToken: '' };
}

module.exports = { HarnessCredentialsHelper, testCredential, venioCredentialData };
