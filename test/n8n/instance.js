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
const path = require('path');
const { spawn } = require('child_process');

const { ensureN8n, log: hostLog } = require('./host');
const { freePort, portIsFree } = require('./ports');
const { installPackageTarball, PACKAGE_NAME } = require('./communityPackage');
const { n8nEnv } = require('./environment');
const { login } = require('./session');
const { makeClient } = require('./client');
const { nodeItems, executionError } = require('./executionData');

function sleep(ms) {
	return new Promise((resolve) => setTimeout(resolve, ms));
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
	const logStream = fs.createWriteStream(logFile, { flags: 'a' });
	let logTail = '';

	log(`starting n8n ${paths.version} on ${baseUrl} (user folder ${userFolder}, log ${logFile})`);
	const started = Date.now();
	// Its own process group, so stop() ends n8n and the task runner it spawned, and nothing else.
	const child = spawn(paths.node, [paths.n8nBin, 'start'], {
		cwd: userFolder,
		env,
		detached: true,
		stdio: ['ignore', 'pipe', 'pipe'],
	});
	const onOutput = (chunk) => {
		logStream.write(chunk);
		logTail = (logTail + chunk.toString()).slice(-6000);
		if (options.echo) process.stderr.write(chunk);
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
	const killGroupNow = () => {
		if (exited) return;
		try {
			process.kill(-child.pid, 'SIGKILL');
		} catch {
			// already gone
		}
	};
	process.on('exit', killGroupNow);

	let stopping = null;
	async function stop() {
		if (stopping) return stopping;
		stopping = (async () => {
			if (!exited) {
				try {
					process.kill(-child.pid, 'SIGTERM');
				} catch {
					// already gone
				}
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
				if (i === 10) {
					try {
						process.kill(-child.pid, 'SIGKILL');
					} catch {
						break;
					}
				}
				await sleep(100);
			}
			process.removeListener('exit', killGroupNow);
			await new Promise((resolve) => logStream.end(resolve));
			if (createdUserFolder && !options.keepUserFolder) {
				fs.rmSync(userFolder, { recursive: true, force: true });
			}
		})();
		return stopping;
	}

	try {
		// Readiness (database migrated), not /healthz, which answers earlier.
		const deadline = Date.now() + (options.startTimeoutMs || 180000);
		for (;;) {
			if (exited) {
				throw new Error(
					`n8n exited (${exited.signal || `code ${exited.code}`}) before it was ready. Last output:\n${logTail}`,
				);
			}
			try {
				const response = await fetch(`${baseUrl}/healthz/readiness`);
				if (response.status === 200) break;
			} catch {
				// not listening yet
			}
			if (Date.now() > deadline)
				throw new Error(`n8n was not ready within the time limit. Last output:\n${logTail}`);
			await sleep(250);
		}
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
			child,
			installed,
			stop,
			getLogTail: () => logTail,
		});
		return client;
	} catch (error) {
		await stop();
		throw error;
	}
}

module.exports = {
	startN8n,
	connectN8n,
	installPackageTarball,
	freePort,
	nodeItems,
	executionError,
	PACKAGE_NAME,
};
