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
		/** id -> the error reading that credential fails with (see failReads). */
		this.readFailures = new Map();
	}

	add(id, type, data) {
		this.store.set(id, { type, data: { ...data } });
		return { [type]: { id, name: `${type} ${id}` } };
	}

	stored(id) {
		return this.store.get(id).data;
	}

	/**
	 * The next `count` preAuthentication runs wait for each other and then reach the credential
	 * together, as in n8n when that many executions start (or meet a 401) at the same moment.
	 */
	holdPreAuthentication(count) {
		let release;
		const together = new Promise((resolve) => {
			release = resolve;
		});
		let arrived = 0;
		this.gate = async () => {
			arrived += 1;
			if (arrived === count) {
				this.gate = undefined;
				release();
			}
			await together;
		};
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

	/**
	 * Reading credential `id` fails with `error` until called again with none, as n8n's reads fail
	 * when its database cannot answer (a pool with no free connection: pg-pool's "timeout exceeded
	 * when trying to connect", passed on by TypeORM).
	 */
	failReads(id, error) {
		if (error) this.readFailures.set(id, error);
		else this.readFailures.delete(id);
	}

	async getCredentials(nodeCredentials, type) {
		const failure = this.readFailures.get(nodeCredentials.id);
		if (failure) throw failure;
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
		if (this.gate) await this.gate();
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

module.exports = { HarnessCredentialsHelper, plainHelpers, testCredential, venioCredentialData };
