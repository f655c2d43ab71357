'use strict';
// The client startN8n and connectN8n return: n8n's REST API (login cookie) and public API (API key),
// with the calls the tests and tools make.
const { spawn } = require('child_process');
const { setTimeout: sleep } = require('timers/promises');

const { freePort } = require('./ports');
const { nodeItems, executionError } = require('./executionData');

function makeClient(ctx) {
	const { http, baseUrl, apiKey } = ctx;

	const rest = async (method, urlPath, body) => {
		const json = await http.request(method, `/rest${urlPath}`, { body });
		return json && Object.prototype.hasOwnProperty.call(json, 'data') ? json.data : json;
	};
	const api = (method, urlPath, body) =>
		http.request(method, `/api/v1${urlPath}`, { body, headers: { 'X-N8N-API-KEY': apiKey } });

	const client = {
		baseUrl,
		editorUrl: `${baseUrl}/`,
		owner: ctx.owner,
		apiKey,
		port: ctx.port,
		pid: ctx.child.pid,
		userFolder: ctx.userFolder,
		logFile: ctx.logFile,
		paths: ctx.paths,
		installedPackage: ctx.installed,
		logTail: ctx.getLogTail,
		stop: ctx.stop,
		http,
		rest,
		api,

		/** Node types n8n serves to the editor (needs the login cookie). */
		async nodeTypes() {
			return http.request('GET', '/types/nodes.json');
		},
		async credentialTypes() {
			return http.request('GET', '/types/credentials.json');
		},

		/** Creates a credential through the public API; returns { id, name, type, ... }. */
		async createCredential({ name, type, data }) {
			return api('POST', '/credentials', { name, type, data });
		},

		/**
		 * The editor's "Test" button: POST /rest/credentials/test. n8n 2.41 tests a stored credential
		 * (id required), optionally with changed data. Returns { status: 'OK' | 'Error', message }.
		 */
		async testCredential({ id, name = '', type, data }) {
			return rest('POST', '/credentials/test', { credentials: { id, name, type, data } });
		},

		/** Creates a workflow through the public API (inactive); returns the stored workflow. */
		async createWorkflow(workflow) {
			const body = {
				name: workflow.name,
				nodes: workflow.nodes,
				connections: workflow.connections || {},
				settings: workflow.settings || { executionOrder: 'v1' },
			};
			if (workflow.staticData) body.staticData = workflow.staticData;
			return api('POST', '/workflows', body);
		},
		async importWorkflow(workflow) {
			return client.createWorkflow(workflow);
		},
		async getWorkflow(id) {
			return api('GET', `/workflows/${id}`);
		},
		async updateWorkflow(id, workflow) {
			return api('PUT', `/workflows/${id}`, {
				name: workflow.name,
				nodes: workflow.nodes,
				connections: workflow.connections || {},
				settings: workflow.settings || { executionOrder: 'v1' },
			});
		},

		/** Publishes (activates) a workflow; its production webhooks answer shortly after. */
		async activate(id) {
			return api('POST', `/workflows/${id}/activate`);
		},
		async deactivate(id) {
			return api('POST', `/workflows/${id}/deactivate`);
		},

		/** Production webhook URL of a webhook path. */
		webhookUrl(webhookPath) {
			return `${baseUrl}/webhook/${webhookPath}`;
		},

		/**
		 * Runs a workflow the way the editor's "Execute workflow" button does
		 * (POST /rest/workflows/:id/run with the trigger to start from), waits for it to finish and
		 * returns the execution with its data. The trigger defaults to the workflow's manual trigger.
		 */
		async runManual(id, { triggerName, timeoutMs = 300000, onFinished } = {}) {
			const workflow = await client.getWorkflow(id);
			const trigger =
				triggerName ||
				(workflow.nodes.find((node) => node.type === 'n8n-nodes-base.manualTrigger') || {}).name;
			if (!trigger) throw new Error(`workflow ${id} has no manual trigger; pass triggerName`);
			const result = await rest('POST', `/workflows/${id}/run`, {
				triggerToStartFrom: { name: trigger },
			});
			if (!result || !result.executionId) {
				throw new Error(`n8n did not start an execution: ${JSON.stringify(result)}`);
			}
			return client.waitForExecution(result.executionId, { timeoutMs, onFinished });
		},

		/**
		 * Runs a workflow with the CLI (`n8n execute --id`), as a separate process next to the
		 * running server (own task broker port). Slower than runManual (boots n8n again); returns the
		 * CLI's raw JSON output (the run data).
		 */
		async execute(id, { timeoutMs = 300000 } = {}) {
			const brokerPort = await freePort();
			return new Promise((resolve, reject) => {
				const cli = spawn(
					ctx.paths.node,
					[ctx.paths.n8nBin, 'execute', `--id=${id}`, '--rawOutput'],
					{
						cwd: ctx.userFolder,
						env: { ...ctx.env, N8N_RUNNERS_BROKER_PORT: String(brokerPort) },
						stdio: ['ignore', 'pipe', 'pipe'],
					},
				);
				let out = '';
				let err = '';
				cli.stdout.on('data', (chunk) => (out += chunk));
				cli.stderr.on('data', (chunk) => (err += chunk));
				const timer = setTimeout(() => cli.kill('SIGKILL'), timeoutMs);
				cli.on('close', (code) => {
					clearTimeout(timer);
					const lines = out.split('\n');
					const start = lines.findIndex((line) => line.startsWith('{'));
					if (start === -1) {
						reject(
							new Error(
								`n8n execute --id=${id} exited ${code} without JSON:\n${out.slice(-3000)}\n${err.slice(-3000)}`,
							),
						);
						return;
					}
					try {
						resolve(JSON.parse(lines.slice(start).join('\n')));
					} catch (error) {
						reject(
							new Error(`n8n execute output was not JSON: ${error.message}\n${out.slice(-3000)}`),
						);
					}
				});
			});
		},

		async execution(executionId) {
			return api('GET', `/executions/${executionId}?includeData=true`);
		},

		/**
		 * Polls (without data) until the execution has finished, then fetches it with its data.
		 * `onFinished` is called the moment it is seen finished (before the data is fetched, which
		 * for large executions takes seconds).
		 */
		async waitForExecution(executionId, { timeoutMs = 300000, onFinished } = {}) {
			const deadline = Date.now() + timeoutMs;
			let delay = 50;
			for (;;) {
				let execution;
				try {
					execution = await api('GET', `/executions/${executionId}?includeData=false`);
				} catch (error) {
					// 404: not stored yet; 503 or no answer at all: n8n is busy (a loaded machine, a
					// run with a thousand requests at once). Ask again until the deadline.
					if (error.status !== undefined && error.status !== 404 && error.status !== 503) {
						throw error;
					}
				}
				if (execution && isDone(execution)) {
					if (onFinished) onFinished(execution);
					return client.execution(executionId);
				}
				if (Date.now() > deadline) {
					throw new Error(`execution ${executionId} did not finish within ${timeoutMs} ms`);
				}
				await sleep(delay);
				delay = Math.min(delay * 1.5, 500);
			}
		},

		/** Executions of a workflow, newest first, with their data. */
		async executions(workflowId, { includeData = true, limit = 100 } = {}) {
			const query = new URLSearchParams({
				workflowId: String(workflowId),
				includeData: String(includeData),
				limit: String(limit),
			});
			const result = await api('GET', `/executions?${query}`);
			return result.data;
		},

		/** Waits until a workflow has at least `count` finished executions; returns them (newest first). */
		async waitForExecutions(workflowId, count, { timeoutMs = 60000 } = {}) {
			const deadline = Date.now() + timeoutMs;
			for (;;) {
				const list = (await client.executions(workflowId)).filter(isDone);
				if (list.length >= count) return list;
				if (Date.now() > deadline) {
					throw new Error(
						`workflow ${workflowId} has ${list.length} finished executions, expected ${count}`,
					);
				}
				await sleep(250);
			}
		},

		/**
		 * Waits until a production webhook is registered (n8n answers 404 for a moment after
		 * activation). Probes with GET, which a POST-only webhook never runs on: n8n then answers
		 * 404 "not registered for GET requests. Did you mean to make a POST request?" once the
		 * path is live, and 404 "…is not registered" before. (OPTIONS is no probe: always 204.)
		 */
		async waitForWebhook(webhookPath, { timeoutMs = 30000 } = {}) {
			const deadline = Date.now() + timeoutMs;
			for (;;) {
				const response = await fetch(client.webhookUrl(webhookPath)).catch(() => null);
				if (response) {
					const text = await response.text();
					if (response.status !== 404 || /not registered for GET requests/i.test(text)) return;
				}
				if (Date.now() > deadline)
					throw new Error(`webhook ${webhookPath} was not registered in time`);
				await sleep(200);
			}
		},

		nodeItems,
		executionError,
	};
	return client;
}

function isDone(execution) {
	return (
		execution.finished === true ||
		['success', 'error', 'crashed', 'canceled'].includes(execution.status) ||
		(execution.stoppedAt && execution.status !== 'running' && execution.status !== 'new')
	);
}

module.exports = { makeClient };
