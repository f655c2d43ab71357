'use strict';
// Serves the Venio Trigger the way n8n's webhook server does (n8n 2.x: packages/cli/src/webhooks/
// live-webhooks.ts and webhook-helpers.ts, middlewares/body-parser.ts). A real HTTP request is read
// and parsed like n8n's raw-body reader and body parser; the node's webhook() runs in n8n-core's
// real WebhookContext (real Workflow, node, additionalData with the harness credentials helper, the
// real req/res pair); the answer follows n8n's rules (the node's own answer when it returns
// `noWebhookResponse`, otherwise n8n's 200); and what the node returns runs through n8n-core's
// WorkflowExecute as a webhook execution. Static data persists across requests as n8n saves it.
//
// Only the server around it is replaced: no database, no queue, no express. What n8n does for
// a request the node never sees (422 for malformed application/json, 413 over n8n's own payload
// limit) is mirrored so tests can tell n8n's answers from the node's.
const http = require('node:http');
const querystring = require('node:querystring');

const { ExecutionLifecycleHooks, WebhookContext, WorkflowExecute } = require('n8n-core');
const { Workflow, createRunExecutionData } = require('n8n-workflow');

const { nodeTypesRegistry } = require('./types');
const {
	describeContent,
	addRawBodyReader,
	parseBody,
	sendJson,
	additionalDataFor,
} = require('./n8nWebhookRequest');
const { triggerNode, TRIGGER_TYPE, TRIGGER_NAME, WEBHOOK_ID } = require('./triggerNode');
// The harness's other trigger helpers, exported from here too so tests keep one import.
const { DirectTrigger } = require('./directTrigger');
const { DOCUMENTED_EXAMPLES, pascalCase } = require('./webhookExamples');
const { n8nLogger } = require('./n8nLogger');

let executionCounter = 0;
let workflowCounter = 0;

/**
 * A workflow holding one Venio Trigger, served on a local port.
 *
 *   const trigger = await serveTrigger(engine, { parameters, credentials });
 *   const { status, body, items } = await trigger.post({ topic: 'Customer', ... });
 *   await trigger.stop();
 *
 * `trigger.url` is the production webhook URL as n8n would show it (…/webhook/<id>/webhook).
 * Each call's outcome is in `trigger.calls`; started executions (trigger output items) in
 * `trigger.executions`.
 */
class TriggerServer {
	constructor(engine, { parameters = {}, credentials, staticData, name = TRIGGER_NAME } = {}) {
		this.engine = engine;
		// Each server is its own workflow, as the trigger keeps per-workflow memory.
		this.workflowId = `wf-trigger-${++workflowCounter}`;
		this.node = triggerNode({ name, parameters, credentials });
		/** The workflow's static data as n8n keeps it in its database between requests (null: none yet). */
		this.staticData = staticData ?? null;
		this.calls = [];
		this.executions = [];
		this.inflight = new Set();
	}

	async start() {
		this.server = http.createServer((req, res) => {
			const handled = this.handle(req, res).catch((error) => {
				sendJson(res, 500, { message: `Harness error: ${error.message}` });
			});
			this.inflight.add(handled);
			handled.finally(() => this.inflight.delete(handled));
		});
		await new Promise((resolve) => this.server.listen(0, '127.0.0.1', resolve));
		this.baseUrl = `http://127.0.0.1:${this.server.address().port}`;
		this.url = `${this.baseUrl}/webhook/${WEBHOOK_ID}/webhook`;
		return this;
	}

	async stop() {
		await Promise.allSettled([...this.inflight]);
		await new Promise((resolve) => this.server.close(resolve));
	}

	/** Waits until every request received so far has been fully handled (its execution included). */
	async idle() {
		while (this.inflight.size > 0) await Promise.allSettled([...this.inflight]);
	}

	workflow() {
		return new Workflow({
			id: this.workflowId,
			name: 'trigger workflow',
			nodes: [this.node],
			connections: {},
			active: true,
			nodeTypes: nodeTypesRegistry,
			// A copy, as n8n loads it afresh from the database for each request.
			staticData: this.staticData === null ? undefined : structuredClone(this.staticData),
			settings: { executionOrder: 'v1' },
		});
	}

	async handle(req, res) {
		const call = { method: req.method, started: false, items: undefined, error: undefined };
		this.calls.push(call);
		res.on('finish', () => {
			call.status = res.statusCode;
		});
		const url = new URL(req.url, this.baseUrl);
		if (url.pathname !== new URL(this.url).pathname) return sendJson(res, 404, { message: 'Not a webhook of this harness' });

		// n8n registers this webhook for POST only and answers other methods itself; the harness
		// passes every method on, so the node's own guard is tested too.
		describeContent(req);
		addRawBodyReader(req);
		req.query = querystring.parse(url.search.slice(1));
		req.params = {};
		try {
			await parseBody(req);
		} catch (error) {
			// n8n answers these itself; the node never runs.
			call.answeredBy = 'n8n';
			return sendJson(res, error.status ?? 500, { message: error.message, hint: error.hint });
		}

		const workflow = this.workflow();
		const executionId = String(++executionCounter);
		const hooks = new ExecutionLifecycleHooks('webhook', executionId, {
			id: workflow.id,
			name: workflow.name,
			nodes: [this.node],
			connections: {},
			active: true,
			settings: {},
			isArchived: false,
			createdAt: new Date(),
			updatedAt: new Date(),
		});
		const additionalData = additionalDataFor({
			credentialsHelper: this.engine.credentials,
			baseUrl: this.baseUrl,
			req,
			res,
			executionId,
			hooks,
		});
		const node = workflow.getNode(this.node.name);
		const nodeType = workflow.nodeTypes.getByNameAndVersion(node.type, node.typeVersion);
		const webhookDescription = nodeType.description.webhooks[0];
		const webhookData = {
			httpMethod: webhookDescription.httpMethod,
			node: node.name,
			path: `${WEBHOOK_ID}/${webhookDescription.path}`,
			webhookDescription,
			workflowId: workflow.id,
			workflowExecuteAdditionalData: additionalData,
			webhookId: WEBHOOK_ID,
			isTest: false,
		};
		const context = new WebhookContext(workflow, node, additionalData, 'webhook', webhookData, [], null);

		let result;
		try {
			result = await nodeType.webhook.call(context);
			call.webhookReturnedAt = process.hrtime.bigint();
		} catch (error) {
			call.error = error;
			call.answeredBy = 'n8n';
			return sendJson(res, 500, { message: 'Workflow Webhook Error: Workflow could not be started!' });
		}
		// n8n saves static data in its response callback, which runs once webhook() has returned and
		// before n8n sends its own answer (a node that answered itself has answered already). But when
		// the call starts an execution and the workflow already had static data, n8n 2.41's workflow
		// runner first wraps the same static-data object in a new Workflow, which clears its change
		// flag, and the write is not saved (WorkflowRunner.establishContextForPersistence).
		const runnerClearsChangeFlag = result.workflowData !== undefined && this.staticData !== null;
		if (!runnerClearsChangeFlag) this.saveStaticData(workflow);
		call.answeredBy = result.noWebhookResponse === true ? 'node' : 'n8n';

		if (result.workflowData === undefined) {
			sendJson(res, 200, result.webhookResponse !== undefined ? result.webhookResponse : { message: 'Webhook call received' });
			return;
		}

		// n8n answers an onReceived webhook once the execution is registered; the run goes on after.
		call.started = true;
		this.answerStarted(res, workflow, node, webhookDescription, result);
		call.run = await this.execute(workflow, node, result.workflowData, additionalData);
		call.items = call.run.items;
		this.executions.push(call.items);
	}

	/**
	 * n8n's answer to a call that started an execution in onReceived mode (webhook-helpers'
	 * extractWebhookOnReceivedResponse): the webhook description's responseData, evaluated with
	 * "firstEntryJson" as its default, is sent as it is when truthy ("noData": no body); otherwise
	 * the node's webhookResponse, else {"message":"Workflow was started"}.
	 */
	answerStarted(res, workflow, node, webhookDescription, result) {
		if (res.headersSent) return;
		const responseData = workflow.expression.getComplexParameterValue(
			node,
			webhookDescription.responseData,
			'webhook',
			{},
			undefined,
			'firstEntryJson',
		);
		if (responseData === 'noData') {
			res.statusCode = 200;
			return res.end();
		}
		if (responseData) {
			res.statusCode = 200;
			res.setHeader('Content-Type', 'text/html; charset=utf-8');
			return res.end(typeof responseData === 'string' ? responseData : JSON.stringify(responseData));
		}
		sendJson(res, 200, result.webhookResponse !== undefined ? result.webhookResponse : { message: 'Workflow was started' });
	}

	/** What LiveWebhooks does after the response: saves static data if the node changed it. */
	saveStaticData(workflow) {
		if (workflow.staticData.__dataChanged === true) {
			this.staticData = JSON.parse(JSON.stringify(workflow.staticData));
		}
	}

	/** The execution n8n starts from the webhook's output (webhook-helpers' prepareExecutionData). */
	async execute(workflow, node, workflowData, additionalData) {
		const runExecutionData = createRunExecutionData({
			executionData: { nodeExecutionStack: [{ node, data: { main: workflowData }, source: null }] },
		});
		const execute = new WorkflowExecute(additionalData, 'webhook', runExecutionData);
		const run = await execute.processRunExecutionData(workflow);
		const task = run.data.resultData.runData[node.name]?.[0];
		return {
			items: (task?.data?.main?.[0] ?? []).map((item) => item.json),
			error: run.data.resultData.error,
			status: run.status,
		};
	}

	/**
	 * POSTs to the trigger and waits until the call is fully handled. `body` is sent as JSON
	 * unless `raw` (a string or Buffer) is given. Resolves to { status, headers, body, text,
	 * started, items, answeredBy }.
	 */
	async post(body, { raw, headers = {}, query, method = 'POST', path } = {}) {
		const target = new URL(path ? `${this.baseUrl}${path}` : this.url);
		for (const [key, value] of Object.entries(query ?? {})) {
			for (const one of [].concat(value)) target.searchParams.append(key, one);
		}
		const payload = raw !== undefined ? raw : body === undefined ? undefined : JSON.stringify(body);
		const requestHeaders = { ...headers };
		if (raw === undefined && body !== undefined && !Object.keys(headers).some((h) => h.toLowerCase() === 'content-type')) {
			requestHeaders['Content-Type'] = 'application/json';
		}
		const before = this.calls.length;
		const response = await request(target, { method, headers: requestHeaders, payload });
		response.receivedAt = process.hrtime.bigint();
		await this.idle();
		const call = this.calls[before] ?? {};
		return { ...response, started: call.started === true, items: call.items, answeredBy: call.answeredBy, call };
	}
}

/** A plain HTTP request; the body is parsed when it is JSON. */
function request(url, { method, headers, payload }) {
	return new Promise((resolve, reject) => {
		const length = payload === undefined ? {} : { 'Content-Length': Buffer.byteLength(payload) };
		const req = http.request(url, { method, headers: { ...length, ...headers } }, (res) => {
			const chunks = [];
			res.on('data', (chunk) => chunks.push(chunk));
			res.on('end', () => {
				const text = Buffer.concat(chunks).toString('utf8');
				let body = text;
				try {
					body = JSON.parse(text);
				} catch {
					// Not JSON: keep the text.
				}
				resolve({ status: res.statusCode, headers: res.headers, body, text });
			});
		});
		req.on('error', reject);
		if (payload !== undefined) req.write(payload);
		req.end();
	});
}

async function serveTrigger(engine, options) {
	return await new TriggerServer(engine, options).start();
}

module.exports = {
	DOCUMENTED_EXAMPLES,
	n8nLogger,
	pascalCase,
	serveTrigger, TriggerServer, DirectTrigger, TRIGGER_TYPE, TRIGGER_NAME, WEBHOOK_ID };
