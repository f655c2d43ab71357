'use strict';
// Runs workflows through n8n-core's real WorkflowExecute, as n8n does for a manual run: the real
// node execution contexts, request helpers (httpRequestWithAuthentication with its 401 refresh),
// parameter resolution and error handling. Only the server around it is replaced: node types come
// from dist/, credentials from HarnessCredentialsHelper.
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

// n8n-core's InstanceSettings writes its config under N8N_USER_FOLDER when first loaded.
if (!process.env.N8N_USER_FOLDER) {
	process.env.N8N_USER_FOLDER = fs.mkdtempSync(path.join(os.tmpdir(), 'venio-n8n-'));
}
process.env.N8N_ENFORCE_SETTINGS_FILE_PERMISSIONS = 'false';

const { ExecutionLifecycleHooks, LoadOptionsContext, WorkflowExecute } = require('n8n-core');
const { Workflow } = require('n8n-workflow');

const { HarnessCredentialsHelper, venioCredentialData } = require('./credentials');
const { nodeTypesRegistry } = require('./types');

const BASE = 'http://127.0.0.1:5678';

function additionalDataFor(credentialsHelper, hooks) {
	return {
		credentialsHelper,
		hooks,
		restApiUrl: `${BASE}/rest`,
		instanceBaseUrl: `${BASE}/`,
		webhookBaseUrl: `${BASE}/webhook`,
		webhookWaitingBaseUrl: `${BASE}/webhook-waiting`,
		webhookTestBaseUrl: `${BASE}/webhook-test`,
		formBaseUrl: `${BASE}/form`,
		formWaitingBaseUrl: `${BASE}/form-waiting`,
		formTestBaseUrl: `${BASE}/form-test`,
		variables: {},
		currentNodeExecutionIndex: 0,
		userId: 'harness-user',
		executeWorkflow: async () => {
			throw new Error('Sub-workflows are not part of these tests');
		},
		logAiEvent: () => {},
		setExecutionStatus: () => {},
	};
}

let executionCounter = 0;

/** A Venio node as the editor holds it: the values set so far and the credential. */
function venioNode(parameters, credentials) {
	return {
		id: 'venio',
		name: 'Venio',
		type: 'n8n-nodes-venio.venio',
		typeVersion: 1,
		position: [0, 0],
		parameters,
		credentials,
	};
}

/**
 * An engine bound to one credential store. `run(workflowJson)` resolves to
 * { items: {nodeName: json[]}, pairedItems, error, run } after the whole workflow has run.
 */
class Engine {
	constructor() {
		this.credentials = new HarnessCredentialsHelper();
	}

	/** Adds a Venio API credential pointing at a sandbox; returns the node's `credentials` value. */
	addVenioCredential(sandboxCredentials, id = 'venio-1') {
		return this.credentials.add(id, 'venioApi', venioCredentialData(sandboxCredentials));
	}

	workflow({ nodes, connections, staticData, settings }) {
		return new Workflow({
			id: 'wf-harness',
			name: 'harness workflow',
			nodes,
			connections,
			active: false,
			nodeTypes: nodeTypesRegistry,
			staticData: staticData ?? {},
			settings: settings ?? {},
		});
	}

	/**
	 * Calls a dropdown method of the Venio node as the n8n editor does: a real LoadOptionsContext
	 * for a node with `parameters` (the values the user has set so far) and this credential.
	 * kind: 'loadOptions' (resolves to options) or 'listSearch' (to { results, paginationToken }).
	 */
	async callMethod(credentials, kind, method, { parameters = {}, filter, paginationToken } = {}) {
		const node = venioNode(parameters, credentials);
		const workflow = this.workflow({ nodes: [node], connections: {} });
		// As in the editor, the values set so far are also the context's "current" parameters
		// (a dependent dropdown, e.g. a deal's stages, reads the chosen board through them).
		const additionalData = {
			...additionalDataFor(this.credentials, undefined),
			currentNodeParameters: parameters,
		};
		const context = new LoadOptionsContext(workflow, node, additionalData, 'parameters');
		const methods = nodeTypesRegistry.getByName(node.type).methods[kind];
		return kind === 'listSearch'
			? await methods[method].call(context, filter, paginationToken)
			: await methods[method].call(context);
	}

	async run(definition) {
		return await this.start(definition).done;
	}

	/**
	 * Starts a run that can be stopped as a user stops it in n8n: `cancel()` fires the execution's
	 * cancel signal. `done` resolves as `run` does, once the nodes have returned.
	 */
	start(definition) {
		const workflow = this.workflow(definition);
		const executionId = String(++executionCounter);
		const hooks = new ExecutionLifecycleHooks('manual', executionId, {
			id: workflow.id,
			name: workflow.name,
			nodes: definition.nodes,
			connections: definition.connections,
			active: false,
			settings: {},
			isArchived: false,
			createdAt: new Date(),
			updatedAt: new Date(),
		});
		const additionalData = additionalDataFor(this.credentials, hooks);
		const execute = new WorkflowExecute(additionalData, 'manual');
		const startNode = workflow.getNode(definition.nodes[0].name);
		const running = execute.run({ workflow, startNode });
		const done = running.then((run) => collect(run));
		return { done, cancel: () => running.cancel() };
	}
}

/** What a finished run gave: items and paired items per node, errors, the run itself. */
function collect(run) {
	const runData = run.data.resultData.runData;
	const items = {};
	const pairedItems = {};
	const errors = {};
	for (const [name, tasks] of Object.entries(runData)) {
		const main = tasks[0]?.data?.main?.[0] ?? [];
		items[name] = main.map((item) => item.json);
		pairedItems[name] = main.map((item) => item.pairedItem);
		if (tasks[0]?.error) errors[name] = tasks[0].error;
	}
	return { items, pairedItems, errors, error: run.data.resultData.error, run };
}

/**
 * The usual test workflow: an input node with `items`, then one Venio node with `parameters`.
 * Options: `name` of the Venio node, `continueOnFail`, `credentials`.
 */
function venioWorkflow({
	items = [{}],
	parameters,
	credentials,
	continueOnFail = false,
	name = 'Venio',
}) {
	return {
		nodes: [
			{
				id: 'input',
				name: 'Input',
				type: 'harness.testInput',
				typeVersion: 1,
				position: [0, 0],
				parameters: { items: JSON.stringify(items) },
			},
			{
				id: 'venio',
				name,
				type: 'n8n-nodes-venio.venio',
				typeVersion: 1,
				position: [200, 0],
				parameters,
				credentials,
				...(continueOnFail ? { onError: 'continueRegularOutput' } : {}),
			},
		],
		connections: { Input: { main: [[{ node: name, type: 'main', index: 0 }]] } },
	};
}

/** Customer › Get for each input item's `code`: the parameters many tests and benches run. */
function getByCode(extra = {}) {
	return {
		resource: 'customer',
		operation: 'get',
		customer: { __rl: true, mode: 'code', value: '={{ $json.code }}' },
		simplify: false,
		...extra,
	};
}

module.exports = { Engine, venioWorkflow, venioNode, getByCode };
