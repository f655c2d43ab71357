'use strict';
/**
 * n8n 2.41.1 in queue mode on one machine: PostgreSQL, Redis, a main process (editor, REST API,
 * activation), workers (`n8n worker`, run the executions) and webhook processors (`n8n webhook`,
 * take production webhook calls), all on 127.0.0.1. Each n8n process has its own user folder with
 * the package installed the way n8n installs a community package, and all share one encryption key.
 *
 *   const cluster = await startQueueCluster({ packageTarball, workers: 2, webhookProcessors: 1 });
 *   cluster.main            // the client of instance.js (REST, public API, executions)
 *   cluster.workers[i]      // { name, pid, logFile, kill(), stop(), executions() }
 *   cluster.webhooks[i]     // { name, baseUrl, webhookUrl(path), waitForWebhook(path), stop() }
 *   await cluster.stop();   // everything it started, also on a failure half-way
 */
const crypto = require('crypto');
const fs = require('fs');
const os = require('os');
const path = require('path');

const { ensureN8n, log: hostLog } = require('../host');
const {
	startN8n,
	spawnN8n,
	waitForReady,
	n8nEnv,
	freePort,
	installPackageTarball,
} = require('../instance');
const { ensureServicePackages, startPostgres, startRedis } = require('./services');
const { startReaper } = require('./reaper');

const PROCESS_TAG = path.join(__dirname, 'process-tag.js');
const START_TIMEOUT_MS = 240000;

function sleep(ms) {
	return new Promise((resolve) => setTimeout(resolve, ms));
}

/** The environment every n8n process of the cluster shares: n8n's queue-mode settings. */
function queueEnv({ postgres, redis, encryptionKey, webhookBaseUrl }) {
	return {
		EXECUTIONS_MODE: 'queue',
		DB_TYPE: 'postgresdb',
		DB_POSTGRESDB_HOST: '127.0.0.1',
		DB_POSTGRESDB_PORT: String(postgres.port),
		DB_POSTGRESDB_DATABASE: postgres.database,
		DB_POSTGRESDB_USER: postgres.user,
		DB_POSTGRESDB_PASSWORD: '',
		QUEUE_BULL_REDIS_HOST: '127.0.0.1',
		QUEUE_BULL_REDIS_PORT: String(redis.port),
		N8N_ENCRYPTION_KEY: encryptionKey,
		// Manual runs ("Execute workflow", POST /rest/workflows/:id/run) go to the workers too.
		OFFLOAD_MANUAL_EXECUTIONS_TO_WORKERS: 'true',
		// Production webhooks are served by the webhook processors, not by the main process.
		N8N_DISABLE_PRODUCTION_MAIN_PROCESS: 'true',
		WEBHOOK_URL: `${webhookBaseUrl}/`,
		// A worker that dies holds its jobs' locks until they expire; shorter than n8n's defaults
		// (60 s lock, 30 s stalled check) so that the killed-worker scenario ends in seconds.
		QUEUE_WORKER_LOCK_DURATION: '15000',
		QUEUE_WORKER_LOCK_RENEW_TIME: '3000',
		QUEUE_WORKER_STALLED_INTERVAL: '5000',
		QUEUE_HEALTH_CHECK_ACTIVE: 'true',
		N8N_WORKER_SERVER_ADDRESS: '127.0.0.1',
		N8N_GRACEFUL_SHUTDOWN_TIMEOUT: '10',
	};
}

/** "Worker started/finished execution 12 (job 5)" lines of a worker's log, as execution ids. */
function workerExecutions(logFile) {
	const text = fs.existsSync(logFile) ? fs.readFileSync(logFile, 'utf8') : '';
	const ids = (verb) =>
		new Set(
			[...text.matchAll(new RegExp(`Worker ${verb} execution (\\d+) \\(job`, 'g'))].map(
				(m) => m[1],
			),
		);
	return { started: ids('started'), finished: ids('finished') };
}

/**
 * Starts the cluster. Options: packageTarball (required), workers (2), webhookProcessors (1),
 * concurrency per worker (5, the least n8n recommends), mainPort / webhookPort (free ports when
 * not given), tagRequests (true: each process names itself in an X-Venio-Test-Process header of
 * its outgoing requests, see process-tag.js), echo (n8n output on stderr), log.
 */
async function startQueueCluster(options = {}) {
	const log = options.log || hostLog;
	const started = Date.now();
	const stack = [];
	// Should this process die without stopping the cluster, the reaper stops it.
	const reaper = startReaper();
	let stopping;
	const stopAll = () =>
		(stopping =
			stopping ||
			(async () => {
				while (stack.length) {
					const stop = stack.pop();
					try {
						await stop();
					} catch (error) {
						log(`while stopping: ${error.message}`);
					}
				}
				await reaper.stop();
			})());

	try {
		const paths = await ensureN8n();
		const packages = ensureServicePackages();
		const root = fs.mkdtempSync(path.join(os.tmpdir(), 'venio-queue-'));
		reaper.watch({ dir: root });
		stack.push(async () => fs.rmSync(root, { recursive: true, force: true }));

		// One after the other, so that each is stopped should the other fail to start.
		const postgres = await startPostgres();
		stack.push(() => postgres.stop());
		reaper.watch({ group: postgres.pid, dir: postgres.dir });
		const redis = await startRedis();
		stack.push(() => redis.stop());
		reaper.watch({ group: redis.pid, dir: redis.dir });
		log(`PostgreSQL on 127.0.0.1:${postgres.port}, Redis on 127.0.0.1:${redis.port}`);

		const webhookPort = options.webhookPort || (await freePort());
		const shared = queueEnv({
			postgres,
			redis,
			encryptionKey: crypto.randomBytes(24).toString('base64url'),
			webhookBaseUrl: `http://127.0.0.1:${webhookPort}`,
		});
		const envFor = (name) => ({
			...shared,
			...(options.tagRequests === false
				? {}
				: { VENIO_TEST_PROCESS: name, NODE_OPTIONS: `--require ${PROCESS_TAG}` }),
			...(options.env || {}),
		});

		const userFolder = (name) => {
			const folder = path.join(root, name);
			fs.mkdirSync(path.join(folder, '.n8n'), { recursive: true });
			return folder;
		};

		// The main process first: it creates the database schema the others read.
		const mainPort = options.mainPort || (await freePort());
		const mainOptions = {
			port: mainPort,
			userFolder: userFolder('main'),
			packageTarball: options.packageTarball,
			env: envFor('main'),
			echo: options.echo,
			log,
			startTimeoutMs: START_TIMEOUT_MS,
		};
		const cluster = {
			paths,
			root,
			postgres,
			redis,
			packages,
			env: shared,
			main: await startN8n(mainOptions),
			workers: [],
			webhooks: [],
			/** Also end this process group / remove this folder should the caller die. */
			watch: reaper.watch,
		};
		stack.push(() => cluster.main.stop());
		reaper.watch({ group: cluster.main.pid });

		// Names are taken before the process starts, so processes started together differ.
		const counts = { worker: 0, webhook: 0 };

		/** Spawns `n8n worker` or `n8n webhook` with its own user folder and the package installed. */
		async function startProcess(name, args, readinessPort, env) {
			const folder = userFolder(name);
			installPackageTarball(folder, options.packageTarball);
			const brokerPort = await freePort();
			const port = name.startsWith('webhook') ? readinessPort : await freePort();
			const processEnv = n8nEnv(paths, { port, userFolder: folder, brokerPort, env });
			const handle = spawnN8n(paths, args, {
				cwd: folder,
				env: processEnv,
				logFile: path.join(folder, 'n8n.log'),
				echo: options.echo,
			});
			stack.push(() => handle.stop());
			reaper.watch({ group: handle.pid });
			await waitForReady(
				`http://127.0.0.1:${readinessPort}/healthz/readiness`,
				handle,
				START_TIMEOUT_MS,
				`n8n ${args[0]} (${name})`,
			);
			return { name, ...handle, userFolder: folder };
		}

		async function addWorker() {
			const name = `worker-${(counts.worker += 1)}`;
			const healthPort = await freePort();
			const worker = await startProcess(
				name,
				['worker', `--concurrency=${options.concurrency || 5}`],
				healthPort,
				{ ...envFor(name), QUEUE_HEALTH_CHECK_PORT: String(healthPort) },
			);
			worker.executions = () => workerExecutions(worker.logFile);
			cluster.workers.push(worker);
			return worker;
		}

		async function addWebhookProcessor(port) {
			const name = `webhook-${(counts.webhook += 1)}`;
			const listenPort = port || (await freePort());
			const processor = await startProcess(name, ['webhook'], listenPort, envFor(name));
			processor.baseUrl = `http://127.0.0.1:${listenPort}`;
			processor.webhookUrl = (webhookPath) => `${processor.baseUrl}/webhook/${webhookPath}`;
			/** Until the processor answers for a POST-only production webhook (see instance.js). */
			processor.waitForWebhook = async (webhookPath, { timeoutMs = 30000 } = {}) => {
				const deadline = Date.now() + timeoutMs;
				for (;;) {
					const response = await fetch(processor.webhookUrl(webhookPath)).catch(() => null);
					const text = response ? await response.text() : '';
					if (response && (response.status !== 404 || /not registered for GET/i.test(text))) return;
					if (Date.now() > deadline)
						throw new Error(`${name}: webhook ${webhookPath} was not registered in time`);
					await sleep(200);
				}
			};
			cluster.webhooks.push(processor);
			return processor;
		}

		// Together: on a shared machine more runnable processes get a larger share of the CPU.
		const starting = [];
		for (let i = 0; i < (options.workers ?? 2); i++) starting.push(addWorker());
		for (let i = 0; i < (options.webhookProcessors ?? 1); i++)
			starting.push(addWebhookProcessor(i === 0 ? webhookPort : undefined));
		const outcomes = await Promise.allSettled(starting);
		const failed = outcomes.find((outcome) => outcome.status === 'rejected');
		if (failed) throw failed.reason;

		cluster.addWorker = addWorker;
		cluster.addWebhookProcessor = addWebhookProcessor;
		/** The Bull queue's job counts, read from Redis: { waiting, active, failed, completed }. */
		cluster.queueCounts = () => {
			const count = (command, key) => Number(redis.cli(command, `bull:jobs:${key}`)) || 0;
			return {
				waiting: count('llen', 'wait'),
				active: count('llen', 'active'),
				failed: count('zcard', 'failed'),
				completed: count('zcard', 'completed'),
			};
		};
		cluster.startSeconds = (Date.now() - started) / 1000;
		cluster.stop = stopAll;
		log(
			`queue cluster ready in ${cluster.startSeconds.toFixed(0)} s: main ${cluster.main.baseUrl}, ` +
				`${cluster.workers.length} workers, webhook processors ${cluster.webhooks.map((w) => w.baseUrl).join(', ')}`,
		);
		return cluster;
	} catch (error) {
		await stopAll();
		throw error;
	}
}

module.exports = { startQueueCluster, queueEnv, workerExecutions };
