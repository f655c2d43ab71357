'use strict';
/**
 * Builders for the workflows the e2e tests and the benchmark run in the real n8n.
 * (The example workflows, which `npm start` imports, are JSON files in examples/.)
 */
const crypto = require('crypto');
const fs = require('fs');
const path = require('path');

const EXAMPLES = path.join(__dirname, '..', '..', 'examples');
const HTTP_REQUEST_VERSION = 4.2;
const CODE_VERSION = 2;

function node(name, type, typeVersion, parameters = {}, extra = {}) {
	return {
		id: crypto.randomUUID(),
		name,
		type,
		typeVersion,
		position: [0, 0],
		parameters,
		...extra,
	};
}

/** A straight chain: the first node is the trigger, each node feeds the next. */
function chain(name, nodes) {
	const connections = {};
	nodes.forEach((current, index) => {
		current.position = [index * 240, 0];
		const next = nodes[index + 1];
		if (next) connections[current.name] = { main: [[{ node: next.name, type: 'main', index: 0 }]] };
	});
	return { name, nodes, connections, settings: { executionOrder: 'v1' } };
}

const manualTrigger = (name = 'Manual Trigger') =>
	node(name, 'n8n-nodes-base.manualTrigger', 1, {});

/** A Code node that emits `count` items; `body` is JS returning one item's json for index i. */
const itemsCode = (name, count, body = 'return { i };') =>
	node(name, 'n8n-nodes-base.code', CODE_VERSION, {
		jsCode: `const out = [];\nfor (let i = 0; i < ${count}; i++) out.push({ json: (() => { ${body} })() });\nreturn out;`,
	});

const credentialRef = (credential) => ({ id: credential.id, name: credential.name });

/** HTTP Request node using the Venio API credential as a predefined credential type. */
function httpWithVenioCredential(
	name,
	credential,
	{ method = 'GET', url, jsonBody, options = {} },
) {
	const parameters = {
		method,
		url,
		authentication: 'predefinedCredentialType',
		nodeCredentialType: 'venioApi',
		options,
	};
	if (jsonBody !== undefined) {
		parameters.sendBody = true;
		parameters.specifyBody = 'json';
		parameters.jsonBody = typeof jsonBody === 'string' ? jsonBody : JSON.stringify(jsonBody);
	}
	return node(name, 'n8n-nodes-base.httpRequest', HTTP_REQUEST_VERSION, parameters, {
		credentials: { venioApi: credentialRef(credential) },
	});
}

/** HTTP Request node without credentials; headers as name/value pairs (expressions allowed). */
function plainHttp(name, { method = 'GET', url, headers = {}, jsonBody, formBody, options = {} }) {
	const parameters = { method, url, authentication: 'none', options };
	const headerList = Object.entries(headers).map(([headerName, value]) => ({
		name: headerName,
		value,
	}));
	if (headerList.length) {
		parameters.sendHeaders = true;
		parameters.headerParameters = { parameters: headerList };
	}
	if (jsonBody !== undefined) {
		parameters.sendBody = true;
		parameters.specifyBody = 'json';
		parameters.jsonBody = typeof jsonBody === 'string' ? jsonBody : JSON.stringify(jsonBody);
	}
	if (formBody !== undefined) {
		parameters.sendBody = true;
		parameters.contentType = 'form-urlencoded';
		parameters.bodyParameters = {
			parameters: Object.entries(formBody).map(([field, value]) => ({ name: field, value })),
		};
	}
	return node(name, 'n8n-nodes-base.httpRequest', HTTP_REQUEST_VERSION, parameters);
}

/** A Venio node; `parameters` are the node's own (resource, operation, ...). */
function venioNode(name, credential, parameters) {
	return node(name, 'n8n-nodes-venio.venio', 1, parameters, {
		credentials: { venioApi: credentialRef(credential) },
	});
}

/** Loads an example workflow of examples/ and points its Venio nodes at a credential. */
function loadExample(file, credentials = {}) {
	const workflow = JSON.parse(fs.readFileSync(path.join(EXAMPLES, file), 'utf8'));
	for (const current of workflow.nodes) {
		for (const type of Object.keys(current.credentials || {})) {
			if (credentials[type]) current.credentials[type] = credentialRef(credentials[type]);
		}
	}
	return workflow;
}

module.exports = {
	node,
	chain,
	manualTrigger,
	itemsCode,
	httpWithVenioCredential,
	plainHttp,
	venioNode,
	loadExample,
	credentialRef,
};
