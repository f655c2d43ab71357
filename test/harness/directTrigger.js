'use strict';
const { WebhookContext } = require('n8n-core');
const { Workflow } = require('n8n-workflow');

const { nodeTypesRegistry } = require('./types');
const { additionalDataFor } = require('./n8nWebhookRequest');
const { triggerNode, TRIGGER_TYPE, TRIGGER_NAME, WEBHOOK_ID } = require('./triggerNode');

let workflowCounter = 0;

/**
 * For benchmarks: calls webhook() in a real WebhookContext for an in-memory request (body and raw
 * bytes set as n8n's parser leaves them) and a response recorder, without a socket or an execution.
 */
class DirectTrigger {
	constructor(engine, { parameters = {}, credentials, staticData = {} } = {}) {
		this.engine = engine;
		this.node = triggerNode({ parameters, credentials });
		this.workflow = new Workflow({
			id: `wf-direct-${++workflowCounter}`,
			name: 'direct trigger workflow',
			nodes: [this.node],
			connections: {},
			active: true,
			nodeTypes: nodeTypesRegistry,
			staticData,
		});
		this.nodeType = nodeTypesRegistry.getByNameAndVersion(TRIGGER_TYPE);
		this.webhookData = {
			httpMethod: 'POST',
			node: TRIGGER_NAME,
			path: `${WEBHOOK_ID}/webhook`,
			webhookDescription: this.nodeType.description.webhooks[0],
			workflowId: this.workflow.id,
			webhookId: WEBHOOK_ID,
			isTest: false,
		};
	}

	/** `text` is the body as received; it is parsed here as n8n's body parser would. */
	async call(text, { headers = { 'content-type': 'application/json' }, query = {} } = {}) {
		const rawBody = Buffer.from(text);
		const req = {
			method: 'POST',
			headers: { 'content-length': String(rawBody.length), ...headers },
			query,
			params: {},
			rawBody,
			contentType: 'application/json',
			body: JSON.parse(text),
			readRawBody: async () => {},
		};
		const res = new ResponseRecorder();
		const additionalData = additionalDataFor({
			credentialsHelper: this.engine.credentials,
			baseUrl: 'http://127.0.0.1:5678',
			req,
			res,
			executionId: 'direct',
		});
		const node = this.workflow.getNode(TRIGGER_NAME);
		const context = new WebhookContext(this.workflow, node, additionalData, 'webhook', this.webhookData, [], null);
		const result = await this.nodeType.webhook.call(context);
		return { result, response: res };
	}
}

/** Enough of http.ServerResponse for a node that answers with statusCode, setHeader and end. */
class ResponseRecorder {
	constructor() {
		this.statusCode = 200;
		this.headers = {};
		this.headersSent = false;
		this.body = undefined;
	}

	setHeader(name, value) {
		this.headers[name.toLowerCase()] = value;
	}

	getHeader(name) {
		return this.headers[name.toLowerCase()];
	}

	end(body) {
		this.body = body;
		this.headersSent = true;
	}
}

module.exports = { DirectTrigger };
