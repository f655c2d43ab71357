'use strict';
/**
 * Starts a real n8n (installed by host.js) with the package installed the way n8n installs a
 * community package, sets up the owner account and an API key, and returns a client for its REST
 * API (cookie) and public API (API key).
 *
 *   const n8n = await startN8n({ packageTarball });
 *   ... n8n.createCredential(...), n8n.createWorkflow(...), n8n.runManual(id) ...
 *   await n8n.stop();
 *
 * The /rest endpoints used here are n8n's internal editor API as of 2.41.1, not a contract.
 */
const fs = require('fs');
const os = require('os');
const net = require('net');
const path = require('path');
const { spawn, spawnSync } = require('child_process');

const { ensureN8n, childEnv, log: hostLog } = require('./host');

const PACKAGE_NAME = 'n8n-nodes-venio';
const BROWSER_ID = 'venio-n8n-tests';

const DEFAULT_OWNER = {
	email: 'owner@venio.test',
	firstName: 'Venio',
	lastName: 'Tester',
	password: 'Venio-n8n-1',
};

function sleep(ms) {
	return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Asks the OS for a free port on 127.0.0.1. */
function freePort() {
	return new Promise((resolve, reject) => {
		const server = net.createServer();
		server.unref();
		server.on('error', reject);
		server.listen(0, '127.0.0.1', () => {
			const { port } = server.address();
			server.close(() => resolve(port));
		});
	});
}

function portIsFree(port) {
	return new Promise((resolve) => {
		const server = net.createServer();
		server.unref();
		server.on('error', () => resolve(false));
		server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
	});
}

/**
 * Installs a packed tarball into <userFolder>/.n8n/nodes the way n8n's community package service
 * does: unpack into node_modules/<name>, drop dev/peer/optional dependencies from its package.json,
 * install its runtime dependencies (none for this package), and record it in nodes/package.json.
 */
function installPackageTarball(userFolder, tarball) {
	const nodesDir = path.join(userFolder, '.n8n', 'nodes');
	const packageDir = path.join(nodesDir, 'node_modules', PACKAGE_NAME);
	fs.rmSync(packageDir, { recursive: true, force: true });
	fs.mkdirSync(packageDir, { recursive: true });
	const untar = spawnSync('tar', ['-xzf', tarball, '-C', packageDir, '--strip-components=1'], {
		encoding: 'utf8',
	});
	if (untar.status !== 0) throw new Error(`tar -xzf ${tarball} failed: ${untar.stderr}`);

	const manifestPath = path.join(packageDir, 'package.json');
	const manifest = JSON.parse(fs.readFileSync(manifestPath, 'utf8'));
	const { devDependencies, peerDependencies, optionalDependencies, ...kept } = manifest;
	fs.writeFileSync(manifestPath, JSON.stringify(kept, null, 2));
	if (kept.dependencies && Object.keys(kept.dependencies).length > 0) {
		const npm = spawnSync(
			'npm',
			[
				'install',
				'--audit=false',
				'--fund=false',
				'--bin-links=false',
				'--install-strategy=shallow',
				'--ignore-scripts=true',
				'--package-lock=false',
			],
			{ cwd: packageDir, encoding: 'utf8', env: childEnv({ nodeBinDir: '' }) },
		);
		if (npm.status !== 0) throw new Error(`npm install in ${packageDir} failed: ${npm.stderr}`);
	}

	const nodesManifestPath = path.join(nodesDir, 'package.json');
	let nodesManifest = { name: 'installed-nodes', private: true, dependencies: {} };
	if (fs.existsSync(nodesManifestPath)) {
		nodesManifest = JSON.parse(fs.readFileSync(nodesManifestPath, 'utf8'));
		nodesManifest.dependencies = nodesManifest.dependencies || {};
	}
	nodesManifest.dependencies[PACKAGE_NAME] = kept.version;
	fs.writeFileSync(nodesManifestPath, JSON.stringify(nodesManifest, null, 2));
	return { packageDir, version: kept.version };
}

/** The environment n8n runs with here (see shared notes on running n8n on this machine). */
function n8nEnv(paths, { port, userFolder, brokerPort, env }) {
	const base = `http://127.0.0.1:${port}`;
	const inherited = childEnv(paths, {});
	// Under jest NODE_ENV is "test", with which n8n 2.41 exits at start-up without a word.
	for (const key of Object.keys(inherited)) {
		if (key === 'NODE_ENV' || key.startsWith('JEST_') || key === 'NODE_OPTIONS')
			delete inherited[key];
	}
	return Object.assign(inherited, {
		N8N_USER_FOLDER: userFolder,
		N8N_PORT: String(port),
		N8N_LISTEN_ADDRESS: '127.0.0.1',
		N8N_HOST: '127.0.0.1',
		N8N_PROTOCOL: 'http',
		N8N_EDITOR_BASE_URL: `${base}/`,
		WEBHOOK_URL: `${base}/`,
		DB_TYPE: 'sqlite',
		N8N_DIAGNOSTICS_ENABLED: 'false',
		N8N_PERSONALIZATION_ENABLED: 'false',
		N8N_VERSION_NOTIFICATIONS_ENABLED: 'false',
		N8N_TEMPLATES_ENABLED: 'false',
		N8N_HIRING_BANNER_ENABLED: 'false',
		N8N_SECURE_COOKIE: 'false',
		// Nodes must reach the Venio sandbox on 127.0.0.1.
		N8N_SSRF_PROTECTION_ENABLED: 'false',
		// The MCP registry module reaches out to the internet at start-up.
		N8N_DISABLED_MODULES: 'mcp-registry',
		N8N_ENFORCE_SETTINGS_FILE_PERMISSIONS: 'false',
		N8N_RUNNERS_BROKER_PORT: String(brokerPort),
		N8N_PUBLIC_API_DISABLED: 'false',
		N8N_COMMUNITY_PACKAGES_ENABLED: 'true',
		EXECUTIONS_DATA_SAVE_MANUAL_EXECUTIONS: 'true',
		EXECUTIONS_DATA_SAVE_ON_SUCCESS: 'all',
		EXECUTIONS_DATA_SAVE_ON_ERROR: 'all',
		N8N_LOG_OUTPUT: 'console',
		...env,
	});
}

/** A small HTTP client with a cookie jar of one cookie (n8n-auth). */
function makeHttp(baseUrl) {
	let cookie = '';
	async function request(method, url, { body, headers = {}, raw = false } = {}) {
		const target = url.startsWith('http') ? url : `${baseUrl}${url}`;
		const init = { method, headers: { 'browser-id': BROWSER_ID, ...headers } };
		if (cookie) init.headers.cookie = cookie;
		if (body !== undefined) {
			init.headers['content-type'] = 'application/json';
			init.body = typeof body === 'string' ? body : JSON.stringify(body);
		}
		const response = await fetch(target, init);
		const setCookies =
			typeof response.headers.getSetCookie === 'function' ? response.headers.getSetCookie() : [];
		for (const entry of setCookies) {
			const match = /^(n8n-auth=[^;]*)/.exec(entry);
			if (match) cookie = match[1];
		}
		const text = await response.text();
		let json;
		try {
			json = text ? JSON.parse(text) : undefined;
		} catch {
			json = undefined;
		}
		const result = { status: response.status, headers: response.headers, text, json };
		if (raw) return result;
		if (response.status >= 400) {
			const error = new Error(`${method} ${target} → ${response.status}: ${text.slice(0, 1000)}`);
			error.status = response.status;
			error.body = json ?? text;
			throw error;
		}
		return json;
	}
	return { request, hasCookie: () => !!cookie };
}

/** Items (json only) a node produced in an execution fetched with includeData=true. */
function nodeItems(execution, nodeName, { output = 0, run = 0 } = {}) {
	const runData = execution?.data?.resultData?.runData || {};
	const runs = runData[nodeName];
	if (!runs || !runs[run]) return undefined;
	const main = runs[run].data?.main || [];
	return (main[output] || []).map((item) => item.json);
}

/** The error an execution stopped on, as { node, message, description }, or undefined. */
function executionError(execution) {
	const resultData = execution?.data?.resultData || {};
	const error = resultData.error;
	if (error) {
		return {
			node: error.node?.name || resultData.lastNodeExecuted,
			message: error.message,
			description: error.description,
		};
	}
	for (const [node, runs] of Object.entries(resultData.runData || {})) {
		for (const runInfo of runs) {
			if (runInfo.error)
				return { node, message: runInfo.error.message, description: runInfo.error.description };
		}
	}
	return undefined;
}

/** Sets up the owner on a fresh n8n (if needed), logs in and creates an API key. */
async function login(baseUrl, ownerOverrides) {
	const http = makeHttp(baseUrl);
	const owner = { ...DEFAULT_OWNER, ...(ownerOverrides || {}) };
	const settings = await http.request('GET', '/rest/settings');
	const showSetup = settings?.data?.userManagement?.showSetupOnFirstLoad;
	if (showSetup !== false) {
		await http.request('POST', '/rest/owner/setup', {
			body: {
				email: owner.email,
				firstName: owner.firstName,
				lastName: owner.lastName,
				password: owner.password,
			},
		});
	}
	await http.request('POST', '/rest/login', {
		body: { emailOrLdapLoginId: owner.email, password: owner.password },
	});
	const scopes = (await http.request('GET', '/rest/api-keys/scopes')).data;
	const apiKeyResponse = await http.request('POST', '/rest/api-keys', {
		body: { label: `venio-tests-${Date.now()}`, scopes, expiresAt: null },
	});
	const apiKey = apiKeyResponse.data.rawApiKey;

	return { http, owner, apiKey };
}

/**
 * A client for an n8n that is already running (e.g. one `npm start` started):
 *   const n8n = await connectN8n({ baseUrl: 'http://127.0.0.1:5678' });
 * stop() does nothing; the CLI-based execute() is not available.
 */
async function connectN8n({ baseUrl, owner } = {}) {
	const { http, apiKey, owner: account } = await login(baseUrl.replace(/\/+$/, ''), owner);
	return makeClient({
		http,
		baseUrl: baseUrl.replace(/\/+$/, ''),
		apiKey,
		owner: account,
		child: { pid: undefined },
		stop: async () => {},
		getLogTail: () => '',
	});
}

/**
 * Spawns one n8n command (`start`, `worker`, `webhook`) under Node 24 in its own process group, its
 * output appended to `logFile`. stop() ends the group (n8n and the task runner it spawned) and
 * nothing else: SIGTERM, then SIGKILL after 20 s.
 */
function spawnN8n(paths, args, { cwd, env, logFile, echo = false }) {
	const logStream = fs.createWriteStream(logFile, { flags: 'a' });
	let logTail = '';
	const child = spawn(paths.node, [paths.n8nBin, ...args], {
		cwd,
		env,
		detached: true,
		stdio: ['ignore', 'pipe', 'pipe'],
	});
	const onOutput = (chunk) => {
		logStream.write(chunk);
		logTail = (logTail + chunk.toString()).slice(-6000);
		if (echo) process.stderr.write(chunk);
	};
	child.stdout.on('data', onOutput);
	child.stderr.on('data', onOutput);
	let exited = null;
	const exitPromise = new Promise((resolve) => {
		child.on('exit', (code, signal) => {
			exited = { code, signal };
			resolve(exited);
		});
	});
	const killGroup = (signal) => {
		try {
			process.kill(-child.pid, signal);
		} catch {
			// already gone
		}
	};
	const killGroupNow = () => {
		if (!exited) killGroup('SIGKILL');
	};
	process.on('exit', killGroupNow);

	let stopping = null;
	function stop() {
		stopping =
			stopping ||
			(async () => {
				if (!exited) {
					killGroup('SIGTERM');
					const forceKill = setTimeout(killGroupNow, 20000);
					await exitPromise;
					clearTimeout(forceKill);
				}
				// The task runner is in the same group; make sure nothing of the group is left.
				for (let i = 0; i < 50; i++) {
					try {
						process.kill(-child.pid, 0);
					} catch {
						break;
					}
					if (i === 10) killGroup('SIGKILL');
					await sleep(100);
				}
				process.removeListener('exit', killGroupNow);
				await new Promise((resolve) => logStream.end(resolve));
			})();
		return stopping;
	}

	return {
		child,
		pid: child.pid,
		logFile,
		logTail: () => logTail,
		exited: () => exited,
		exitPromise,
		/** Kills the whole group at once with `signal` (a crash, not a shutdown). */
		kill: (signal = 'SIGKILL') => killGroup(signal),
		stop,
	};
}

/** Polls `url` until it answers 200; throws when the process exits first or the time is up. */
async function waitForReady(url, processHandle, timeoutMs, what = 'n8n') {
	const deadline = Date.now() + timeoutMs;
	for (;;) {
		const exited = processHandle.exited();
		if (exited) {
			throw new Error(
				`${what} exited (${exited.signal || `code ${exited.code}`}) before it was ready. Last output:\n${processHandle.logTail()}`,
			);
		}
		try {
			const response = await fetch(url);
			if (response.status === 200) return;
		} catch {
			// not listening yet
		}
		if (Date.now() > deadline)
			throw new Error(
				`${what} was not ready within ${Math.round(timeoutMs / 1000)} s. Last output:\n${processHandle.logTail()}`,
			);
		await sleep(250);
	}
}

async function startN8n(options = {}) {
	const log = options.log || hostLog;
	const paths = await ensureN8n();
	const port = options.port || (await freePort());
	if (!(await portIsFree(port))) {
		throw new Error(`port ${port} on 127.0.0.1 is taken; set another one (N8N_PORT)`);
	}
	let brokerPort = options.brokerPort;
	if (!brokerPort) {
		do brokerPort = await freePort();
		while (brokerPort === port);
	}
	const createdUserFolder = !options.userFolder;
	const userFolder =
		options.userFolder || fs.mkdtempSync(path.join(os.tmpdir(), 'venio-real-n8n-'));
	fs.mkdirSync(path.join(userFolder, '.n8n'), { recursive: true });

	let installed;
	if (options.packageTarball) installed = installPackageTarball(userFolder, options.packageTarball);

	const env = n8nEnv(paths, { port, userFolder, brokerPort, env: options.env || {} });
	const baseUrl = `http://127.0.0.1:${port}`;
	const logFile = path.join(userFolder, 'n8n.log');

	log(`starting n8n ${paths.version} on ${baseUrl} (user folder ${userFolder}, log ${logFile})`);
	const started = Date.now();
	const n8nProcess = spawnN8n(paths, ['start'], {
		cwd: userFolder,
		env,
		logFile,
		echo: options.echo,
	});
	const stop = async () => {
		await n8nProcess.stop();
		if (createdUserFolder && !options.keepUserFolder) {
			fs.rmSync(userFolder, { recursive: true, force: true });
		}
	};

	try {
		// Readiness (database migrated), not /healthz, which answers earlier.
		await waitForReady(
			`${baseUrl}/healthz/readiness`,
			n8nProcess,
			options.startTimeoutMs || 180000,
		);
		log(`n8n ready in ${((Date.now() - started) / 1000).toFixed(1)} s`);

		const { http, owner, apiKey } = await login(baseUrl, options.owner);
		const client = makeClient({
			http,
			baseUrl,
			apiKey,
			owner,
			paths,
			env,
			port,
			brokerPort,
			userFolder,
			logFile,
			child: n8nProcess.child,
			installed,
			stop,
			getLogTail: n8nProcess.logTail,
		});
		return client;
	} catch (error) {
		await stop();
		throw error;
	}
}

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
					if (error.status !== 404) throw error; // not stored yet
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

module.exports = {
	startN8n,
	spawnN8n,
	waitForReady,
	n8nEnv,
	portIsFree,
	connectN8n,
	installPackageTarball,
	freePort,
	nodeItems,
	executionError,
	PACKAGE_NAME,
};
