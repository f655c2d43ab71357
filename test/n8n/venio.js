'use strict';
/**
 * The Venio API the real n8n talks to: the sandbox (test/sandbox) started as a child process, or a
 * real tenant when VENIO_BASE_URL, VENIO_CLIENT_ID, VENIO_CLIENT_SECRET and VENIO_SUBSCRIPTION_KEY
 * are all set.
 */
const fs = require('fs');
const path = require('path');
const { spawn } = require('child_process');

const ROOT = path.resolve(__dirname, '..', '..');
// VENIO_SANDBOX_CLI: another sandbox script (development of this harness only).
const SANDBOX_CLI = process.env.VENIO_SANDBOX_CLI || path.join(ROOT, 'test', 'sandbox', 'cli.js');

const SANDBOX_DEFAULTS = {
	clientId: 'sandbox-client',
	clientSecret: 'sandbox-secret',
	subscriptionKey: 'sandbox-key',
};

function realTenantFromEnv(env = process.env) {
	const { VENIO_BASE_URL, VENIO_CLIENT_ID, VENIO_CLIENT_SECRET, VENIO_SUBSCRIPTION_KEY } = env;
	if (VENIO_BASE_URL && VENIO_CLIENT_ID && VENIO_CLIENT_SECRET && VENIO_SUBSCRIPTION_KEY) {
		return {
			baseUrl: VENIO_BASE_URL.replace(/\/+$/, ''),
			clientId: VENIO_CLIENT_ID,
			clientSecret: VENIO_CLIENT_SECRET,
			subscriptionKey: VENIO_SUBSCRIPTION_KEY,
		};
	}
	return undefined;
}

async function json(method, url, body) {
	const response = await fetch(url, {
		method,
		headers: body === undefined ? {} : { 'content-type': 'application/json' },
		body: body === undefined ? undefined : JSON.stringify(body),
	});
	const text = await response.text();
	if (response.status >= 400)
		throw new Error(`${method} ${url} → ${response.status}: ${text.slice(0, 500)}`);
	try {
		return text ? JSON.parse(text) : undefined;
	} catch {
		return text;
	}
}

/** Admin calls of the sandbox (no auth). */
function sandboxAdmin(baseUrl) {
	return {
		stats: () => json('GET', `${baseUrl}/__sandbox/stats`),
		resetStats: () => json('POST', `${baseUrl}/__sandbox/reset-stats`),
		/** The logged requests: { method, path, status, start, end } (ms since the epoch). */
		timeline: async () => (await json('GET', `${baseUrl}/__sandbox/timeline`)).timeline,
		expireTokens: () => json('POST', `${baseUrl}/__sandbox/expire-tokens`),
		records: async (collection) =>
			(await json('GET', `${baseUrl}/__sandbox/records?collection=${collection}`)).records,
		/** Real-network modes: { latencyMs, jitterMs, rateLimit }; answers the settings in force. */
		network: (settings) => json('POST', `${baseUrl}/__sandbox/network`, settings),
		/** Makes the sandbox POST a Venio-shaped webhook to `url`. */
		sendWebhook: (body) => json('POST', `${baseUrl}/__sandbox/webhooks/send`, body),
	};
}

/**
 * Starts the sandbox on 127.0.0.1 (port 0 = any free port) as a child process; resolves when it
 * prints its URL. Returns { baseUrl, clientId, clientSecret, subscriptionKey, admin, stop, pid }.
 */
function startSandboxProcess({ port = 0, log = () => {}, args = [] } = {}) {
	if (!fs.existsSync(SANDBOX_CLI)) {
		return Promise.reject(new Error(`the Venio sandbox is missing (${SANDBOX_CLI})`));
	}
	return new Promise((resolve, reject) => {
		const cliArgs = ['--port', String(port), ...args];
		const child = spawn(process.execPath, [SANDBOX_CLI, ...cliArgs], {
			cwd: ROOT,
			stdio: ['ignore', 'pipe', 'pipe'],
		});
		let output = '';
		let settled = false;
		const values = { ...SANDBOX_DEFAULTS };
		const timer = setTimeout(() => {
			if (settled) return;
			settled = true;
			child.kill('SIGKILL');
			reject(new Error(`the sandbox did not start within 30 s:\n${output}`));
		}, 30000);
		const onData = (chunk) => {
			const text = chunk.toString();
			output = (output + text).slice(-20000);
			for (const line of text.split(/\r?\n/)) if (line.trim()) log(`sandbox: ${line}`);
			// Credential values it prints, when they are not the defaults.
			const pick = (re) => (re.exec(output) || [])[1];
			values.clientId = pick(/client[ _-]?id\W+(\S+)/i) || values.clientId;
			values.clientSecret = pick(/client[ _-]?secret\W+(\S+)/i) || values.clientSecret;
			values.subscriptionKey = pick(/subscription[ _-]?key\W+(\S+)/i) || values.subscriptionKey;
			const match = /Venio sandbox listening on (\S+)/.exec(output);
			if (match && !settled) {
				settled = true;
				clearTimeout(timer);
				const baseUrl = match[1].replace(/\/+$/, '');
				let exitPromise = new Promise((done) => child.once('exit', done));
				resolve({
					real: false,
					baseUrl,
					...values,
					pid: child.pid,
					admin: sandboxAdmin(baseUrl),
					async stop() {
						if (child.exitCode === null && child.signalCode === null) {
							child.kill('SIGTERM');
							const timeout = setTimeout(() => child.kill('SIGKILL'), 5000);
							await exitPromise;
							clearTimeout(timeout);
						}
						exitPromise = Promise.resolve();
					},
				});
			}
		};
		child.stdout.on('data', onData);
		child.stderr.on('data', onData);
		child.on('exit', (code, signal) => {
			if (settled) return;
			settled = true;
			clearTimeout(timer);
			reject(new Error(`the sandbox exited (${signal || code}) before listening:\n${output}`));
		});
	});
}

/** The sandbox, or the real tenant named by the environment (then admin is undefined). */
async function startVenio(options = {}) {
	const real = realTenantFromEnv(options.env);
	if (real) return { real: true, ...real, admin: undefined, stop: async () => {} };
	return startSandboxProcess(options);
}

/**
 * The Venio API credential's data for n8n, with the field names taken from the built credential
 * class, so a renamed field (say subscriptionKey → subscriptionApiKey) follows automatically.
 */
function venioCredentialData(venio, overrides = {}) {
	const names = credentialFieldNames();
	return {
		[names.baseUrl]: venio.baseUrl,
		[names.clientId]: venio.clientId,
		[names.clientSecret]: venio.clientSecret,
		[names.subscriptionKey]: venio.subscriptionKey,
		...overrides,
	};
}

function credentialFieldNames() {
	const names = {
		baseUrl: 'baseUrl',
		clientId: 'clientId',
		clientSecret: 'clientSecret',
		subscriptionKey: 'subscriptionKey',
	};
	try {
		const file = path.join(ROOT, 'dist', 'credentials', 'VenioApi.credentials.js');
		delete require.cache[require.resolve(file)];
		const { VenioApi } = require(file);
		const properties = new VenioApi().properties.map((property) => property.name);
		const find = (re) => properties.find((name) => re.test(name));
		names.baseUrl = find(/base.?url/i) || names.baseUrl;
		names.clientId = find(/client.?id/i) || names.clientId;
		names.clientSecret = find(/client.?secret/i) || names.clientSecret;
		names.subscriptionKey = find(/subscription/i) || names.subscriptionKey;
	} catch {
		// not built yet: the names of the brief
	}
	return names;
}

module.exports = {
	startVenio,
	startSandboxProcess,
	sandboxAdmin,
	realTenantFromEnv,
	venioCredentialData,
	credentialFieldNames,
	SANDBOX_DEFAULTS,
};
