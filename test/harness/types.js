'use strict';
// The built node and credential types (dist/, as n8n loads them), plus a tiny input node that
// starts a workflow with given items, standing in for n8n's Manual Trigger + Set nodes.
const { NodeConnectionTypes } = require('n8n-workflow');

// VENIO_PACKAGE_ROOT: another build of the package (the bench compares one with this one).
const { Venio, VenioTrigger, VenioApi, VenioTriggerAuthApi } = require(
	process.env.VENIO_PACKAGE_ROOT ?? '../../index.js',
);

class TestInput {
	constructor() {
		this.description = {
			displayName: 'Test Input',
			name: 'testInput',
			group: ['trigger'],
			version: 1,
			description: 'Emits the items given in its "items" parameter',
			defaults: { name: 'Input' },
			inputs: [],
			outputs: [NodeConnectionTypes.Main],
			properties: [{ displayName: 'Items', name: 'items', type: 'json', default: '[]' }],
		};
	}

	async execute() {
		const items = JSON.parse(this.getNodeParameter('items', 0));
		return [items.map((json) => ({ json }))];
	}
}

/** Stands in for n8n's Manual Trigger (which lives in n8n-nodes-base): one empty item. */
class ManualTrigger {
	constructor() {
		this.description = {
			displayName: 'Manual Trigger',
			name: 'manualTrigger',
			group: ['trigger'],
			version: 1,
			description: 'Runs the workflow once with one empty item',
			defaults: { name: 'Manual Trigger' },
			inputs: [],
			outputs: [NodeConnectionTypes.Main],
			properties: [],
		};
	}

	async execute() {
		return [[{ json: {} }]];
	}
}

/**
 * The floor for benchmarks: what n8n itself costs per item for one GET (resolving the item's URL
 * expression, n8n-core's request helper), with no credential and no Venio logic.
 */
class HttpGet {
	constructor() {
		this.description = {
			displayName: 'HTTP Get',
			name: 'httpGet',
			group: ['transform'],
			version: 1,
			description: 'One GET per item with fixed headers',
			defaults: { name: 'HTTP Get' },
			inputs: [NodeConnectionTypes.Main],
			outputs: [NodeConnectionTypes.Main],
			properties: [
				{ displayName: 'URL', name: 'url', type: 'string', default: '' },
				{ displayName: 'Headers', name: 'headers', type: 'json', default: '{}' },
			],
		};
	}

	async execute() {
		const out = [];
		const items = this.getInputData();
		for (let i = 0; i < items.length; i++) {
			const url = this.getNodeParameter('url', i);
			const headers = JSON.parse(this.getNodeParameter('headers', i));
			const json = await this.helpers.httpRequest({ method: 'GET', url, headers, json: true });
			out.push({ json, pairedItem: { item: i } });
		}
		return [out];
	}
}

/**
 * For benchmarks: what n8n's HTTP Request node does, in the engine. Every item's request is sent at
 * once (as the HTTP Request node does without batching), with the Venio API credential (n8n reads
 * it per request, as for a predefined credential type) or with fixed headers (a token fetched
 * elsewhere). With a skip field it pages one page at a time until a short page, as the HTTP Request
 * node's pagination does, and emits one item per record (as a Split Out after it would). A failed
 * request is an error item with Continue On Fail, else the node's error.
 */
class HttpRequestLike {
	constructor() {
		this.description = {
			displayName: 'HTTP Request (stand-in)',
			name: 'httpRequestLike',
			group: ['transform'],
			version: 1,
			description: 'All items at once, like the HTTP Request node',
			defaults: { name: 'HTTP Request' },
			inputs: [NodeConnectionTypes.Main],
			outputs: [NodeConnectionTypes.Main],
			credentials: [{ name: 'venioApi', required: false }],
			properties: [
				{ displayName: 'Method', name: 'method', type: 'string', default: 'GET' },
				{ displayName: 'URL', name: 'url', type: 'string', default: '' },
				{ displayName: 'Body', name: 'body', type: 'json', default: '' },
				{ displayName: 'Headers', name: 'headers', type: 'json', default: '{}' },
				{ displayName: 'Use Credential', name: 'useCredential', type: 'boolean', default: false },
				{ displayName: 'Page Size', name: 'pageSize', type: 'number', default: 0 },
			],
		};
	}

	async execute() {
		const items = this.getInputData();
		const send = (i, body) => {
			const options = {
				method: this.getNodeParameter('method', i),
				url: this.getNodeParameter('url', i),
				headers: JSON.parse(this.getNodeParameter('headers', i)),
				json: true,
			};
			if (body !== undefined) options.body = body;
			return this.getNodeParameter('useCredential', i)
				? this.helpers.httpRequestWithAuthentication.call(this, 'venioApi', options)
				: this.helpers.httpRequest(options);
		};
		const one = async (i) => {
			const pageSize = this.getNodeParameter('pageSize', i);
			if (!pageSize) return [await send(i)];
			const body = JSON.parse(this.getNodeParameter('body', i) || '{}');
			const records = [];
			for (let skip = 0; ; skip += pageSize) {
				const page = (await send(i, { ...body, skip, pageLength: pageSize })).data ?? [];
				records.push(...page);
				if (page.length < pageSize) return records;
			}
		};
		const settled = await Promise.allSettled(items.map((_, i) => one(i)));
		const out = [];
		settled.forEach((result, i) => {
			if (result.status === 'fulfilled') {
				for (const json of result.value) out.push({ json, pairedItem: { item: i } });
			} else if (this.continueOnFail()) {
				out.push({ json: { error: result.reason.message }, pairedItem: { item: i } });
			} else {
				throw result.reason;
			}
		});
		return [out];
	}
}

/**
 * The tool variant n8n makes of a node with `usableAsTool` (n8n's convertNodeToAiTool): the same
 * node named `<name>Tool`, which its `@tool` display options and its own code recognise. Here it
 * runs on a main input, whose items stand for the arguments a model passes.
 */
function asTool(node) {
	const tool = Object.create(node);
	const { name, displayName } = node.description;
	tool.description = {
		...node.description,
		name: `${name}Tool`,
		displayName: `${displayName} Tool`,
	};
	return tool;
}

const nodeTypes = {
	'harness.testInput': new TestInput(),
	'harness.httpGet': new HttpGet(),
	'harness.httpRequestLike': new HttpRequestLike(),
	'n8n-nodes-base.manualTrigger': new ManualTrigger(),
	'n8n-nodes-venio.venio': new Venio(),
	'n8n-nodes-venio.venioTool': asTool(new Venio()),
	'n8n-nodes-venio.venioTrigger': new VenioTrigger(),
};

const credentialTypes = {
	venioApi: new VenioApi(),
	venioTriggerAuthApi: new VenioTriggerAuthApi(),
};

const nodeTypesRegistry = {
	getByName: (name) => nodeTypes[name],
	getByNameAndVersion: (name) => nodeTypes[name],
	getKnownTypes: () => ({}),
};

module.exports = { nodeTypes, credentialTypes, nodeTypesRegistry };
