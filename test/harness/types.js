'use strict';
// The built node and credential types (dist/, as n8n loads them), plus a tiny input node that
// starts a workflow with given items, standing in for n8n's Manual Trigger + Set nodes.
const { NodeConnectionTypes } = require('n8n-workflow');

const { Venio, VenioTrigger, VenioApi, VenioTriggerAuthApi } = require('../../index.js');

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

const nodeTypes = {
	'harness.testInput': new TestInput(),
	'harness.httpGet': new HttpGet(),
	'n8n-nodes-base.manualTrigger': new ManualTrigger(),
	'n8n-nodes-venio.venio': new Venio(),
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
