'use strict';
/**
 * The package in n8n 2.41.1's queue mode: a main process, two workers and a webhook processor on
 * PostgreSQL and Redis (see cluster.js), the package installed in each process's user folder the
 * way n8n installs a community package, against the Venio sandbox (in this process, so its request
 * log can be read directly). Each n8n process names itself in an X-Venio-Test-Process header of
 * its outgoing requests (process-tag.js), so the sandbox can tell which process called it.
 *
 *   npm run test:queue     (jest -c test/n8n/queue/jest.config.js)
 *
 * Every scenario prints its figures as "[queue] …" lines.
 */
const crypto = require('crypto');

const { buildAndPack } = require('../pack');
const { venioCredentialData } = require('../venio');
const wf = require('../workflows');
const { startSandbox } = require('../../sandbox');
const { startQueueCluster } = require('./cluster');
const { HEADER } = require('./process-tag');

const ITEMS = 100;
// Jobs a worker runs at once: n8n's recommended minimum (its default is 10).
const CONCURRENCY = 5;
const SECRET = 'queue-webhook-secret-0123456789';
const TRIGGER = 'n8n-nodes-venio.venioTrigger';
const WAIT_MS = 5 * 60 * 1000;

let pack;
let sandbox;
let cluster;
let credential;
let triggerCredential;
const figures = [];
const suiteStarted = Date.now();

function report(line) {
	figures.push(line);
	process.stderr.write(`[queue] ${line}\n`);
}

function sleep(ms) {
	return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Polls `check` (async, returns a value or undefined) until it returns something, or throws. */
async function waitFor(what, check, timeoutMs = WAIT_MS, intervalMs = 500) {
	const deadline = Date.now() + timeoutMs;
	for (;;) {
		const value = await check();
		if (value !== undefined) return value;
		if (Date.now() > deadline)
			throw new Error(`timed out after ${timeoutMs / 1000} s waiting for ${what}`);
		await sleep(intervalMs);
	}
}

/** Counts of the sandbox's logged requests by the process that sent them (optionally one operation). */
function requestsByProcess(operationId) {
	const counts = {};
	for (const request of sandbox.stats.requests) {
		if (operationId && request.operationId !== operationId) continue;
		const name = request.headers[HEADER] || 'untagged';
		counts[name] = (counts[name] || 0) + 1;
	}
	return counts;
}
const tokenCallsByProcess = () => requestsByProcess('authorizationToken');
const total = (counts) => Object.values(counts).reduce((sum, n) => sum + n, 0);

/** Manual Trigger → Venio "Get many" customers (100) → Venio "Get" each one by code. */
function customersWorkflow(name) {
	return wf.chain(name, [
		wf.manualTrigger(),
		wf.venioNode('Customers', credential, {
			resource: 'customer',
			operation: 'getMany',
			customerType: 11300,
			returnAll: false,
			limit: ITEMS,
		}),
		wf.venioNode('Get customer', credential, {
			resource: 'customer',
			operation: 'get',
			customer: { __rl: true, mode: 'code', value: '={{ $json.customerCode }}' },
		}),
	]);
}

/** Starts `count` manual runs at once (offloaded to the workers); resolves to their execution ids. */
async function startRuns(workflowId, count) {
	const started = await Promise.all(
		Array.from({ length: count }, () =>
			cluster.main.rest('POST', `/workflows/${workflowId}/run`, {
				triggerToStartFrom: { name: 'Manual Trigger' },
			}),
		),
	);
	return started.map((result) => String(result.executionId));
}

/** Waits for each execution to finish and checks it produced one customer per item. */
async function expectAllSucceeded(ids) {
	const executions = await Promise.all(
		ids.map((id) => cluster.main.waitForExecution(id, { timeoutMs: WAIT_MS })),
	);
	for (const execution of executions) {
		const error = cluster.main.executionError(execution);
		if (execution.status !== 'success' || error)
			throw new Error(
				`execution ${execution.id} ended ${execution.status}: ${JSON.stringify(error)}`,
			);
		const listed = cluster.main.nodeItems(execution, 'Customers');
		const fetched = cluster.main.nodeItems(execution, 'Get customer');
		expect(fetched).toHaveLength(ITEMS);
		expect(fetched.map((item) => item.customerCode)).toEqual(
			listed.map((item) => item.customerCode),
		);
	}
	return executions;
}

/** Which worker ran each execution, from the workers' own "Worker started execution N" log lines. */
function workersOf(ids) {
	const byWorker = {};
	for (const worker of cluster.workers) {
		const { started } = worker.executions();
		byWorker[worker.name] = ids.filter((id) => started.has(id));
	}
	return byWorker;
}

beforeAll(
	async () => {
		pack = buildAndPack();
		// Enough customers of type 11300 for 100 per page; a log long enough for a whole scenario.
		sandbox = await startSandbox({ seed: { customers: 400 }, logLimit: 50000 });
		cluster = await startQueueCluster({
			packageTarball: pack.tarball,
			workers: 2,
			webhookProcessors: 1,
			concurrency: CONCURRENCY,
			// n8n's default is 2 database connections per process; a webhook processor taking a burst
			// needs more (see docs/queue-mode.md).
			env: { DB_POSTGRESDB_POOL_SIZE: '10' },
		});
		cluster.watch({ dir: pack.dir });
		report(
			`cluster: main + ${cluster.workers.length} workers (concurrency ${CONCURRENCY}) + ${cluster.webhooks.length} webhook processor, ` +
				`PostgreSQL and Redis${cluster.packages.installed.length ? ` (installed in ${cluster.packages.seconds.toFixed(0)} s)` : ''}, ` +
				`ready in ${cluster.startSeconds.toFixed(0)} s`,
		);
		credential = await cluster.main.createCredential({
			name: 'Venio (queue)',
			type: 'venioApi',
			data: venioCredentialData({ ...sandbox.credentials, baseUrl: sandbox.url }),
		});
		triggerCredential = await cluster.main.createCredential({
			name: 'Venio webhook secret (queue)',
			type: 'venioTriggerAuthApi',
			data: { secret: SECRET },
		});
	},
	15 * 60 * 1000,
);

afterAll(
	async () => {
		if (cluster) await cluster.stop();
		if (sandbox) await sandbox.stop();
		if (pack) pack.cleanup();
		report(`suite took ${Math.round((Date.now() - suiteStarted) / 1000)} s`);
		process.stderr.write(`\n[queue] figures:\n${figures.map((line) => `  ${line}`).join('\n')}\n`);
	},
	5 * 60 * 1000,
);

describe('actions over both workers', () => {
	const RUNS = 20;
	let cold;

	test(`${RUNS} executions of ${ITEMS} items started together all succeed, on both workers`, async () => {
		const workflow = await cluster.main.createWorkflow(customersWorkflow('Queue: customers'));
		sandbox.resetStats();
		const started = Date.now();
		const ids = await startRuns(workflow.id, RUNS);
		await expectAllSucceeded(ids);
		const seconds = (Date.now() - started) / 1000;

		const byWorker = workersOf(ids);
		const requests = requestsByProcess();
		cold = tokenCallsByProcess();
		report(
			`actions: ${RUNS} executions × ${ITEMS} items in ${seconds.toFixed(1)} s; executions per worker ` +
				`${JSON.stringify(Object.fromEntries(Object.entries(byWorker).map(([name, list]) => [name, list.length])))}; ` +
				`Venio requests per process ${JSON.stringify(requests)}; token calls at cold start ${JSON.stringify(cold)}`,
		);
		// Each execution ran on exactly one worker, and both workers ran some.
		const ran = Object.values(byWorker).flat();
		expect(ran.sort()).toEqual([...ids].sort());
		for (const list of Object.values(byWorker)) expect(list.length).toBeGreaterThan(0);
		// Only workers call Venio (manual runs are offloaded), and every request is attributed.
		expect(Object.keys(requests).sort()).toEqual(
			cluster.workers.map((worker) => worker.name).sort(),
		);
		// 20 × (1 list + 100 gets) plus the token calls.
		expect(total(requests) - total(cold)).toBe(RUNS * (ITEMS + 1));
		expect(total(cold)).toBeGreaterThan(0);
	});

	test('none after: warm executions read the stored token and fetch none', async () => {
		const workflow = await cluster.main.createWorkflow(customersWorkflow('Queue: customers, warm'));
		sandbox.resetStats();
		const ids = await startRuns(workflow.id, 6);
		await expectAllSucceeded(ids);
		const warm = tokenCallsByProcess();
		report(`actions, warm: 6 executions; token calls ${JSON.stringify(warm)} (want none)`);
		expect(total(warm)).toBe(0);
	});

	// n8n runs preAuthentication for every execution that reads the credential before a token is
	// stored, and a worker starts up to CONCURRENCY of them at once; the credential makes them
	// share one call per process (docs/queue-mode.md).
	test('at most one token call per worker at cold start', () => {
		expect(cold).toBeDefined();
		for (const worker of cluster.workers) expect(cold[worker.name] || 0).toBeLessThanOrEqual(1);
	});
});

describe('token expiry across processes', () => {
	const RUNS = 10;
	let refreshes;

	test('the sandbox expires every token mid-run: every item still comes out', async () => {
		const workflow = await cluster.main.createWorkflow(
			customersWorkflow('Queue: customers, expiry'),
		);
		sandbox.resetStats();
		const ids = await startRuns(workflow.id, RUNS);
		const expected = RUNS * (ITEMS + 1);
		// Mid-run: once 40 % of the API calls have been made.
		const at = await waitFor(
			'40 % of the calls',
			() =>
				sandbox.stats.requests.length >= expected * 0.4 ? sandbox.stats.requests.length : undefined,
			WAIT_MS,
			20,
		);
		sandbox.expireTokens();
		await expectAllSucceeded(ids);
		refreshes = tokenCallsByProcess();
		const rejected = sandbox.stats.requests.filter((request) => request.status === 401).length;
		report(
			`token expiry: ${RUNS} executions, tokens expired after ${at} of ${expected} calls; ` +
				`401 answers ${rejected}; refreshes per process ${JSON.stringify(refreshes)}; every item out`,
		);
		expect(total(refreshes)).toBeGreaterThan(0);
		expect(Object.keys(refreshes).every((name) => name.startsWith('worker-'))).toBe(true);
	});

	// n8n runs preAuthentication again for every execution that meets a 401; the executions of one
	// worker share one refresh (docs/queue-mode.md).
	test('at most one refresh per process', () => {
		expect(refreshes).toBeDefined();
		for (const worker of cluster.workers)
			expect(refreshes[worker.name] || 0).toBeLessThanOrEqual(1);
	});
});

/** A Venio Trigger workflow (Customer / Create, ?token= secret, duplicates ignored), active. */
async function activeTriggerWorkflow(name) {
	const webhookId = crypto.randomUUID();
	const trigger = wf.node(
		'Venio Trigger',
		TRIGGER,
		1,
		{
			authentication: 'querySecret',
			topics: ['Customer'],
			events: ['Create'],
			includeFullRecord: false,
			options: { ignoreDuplicates: true },
		},
		{ webhookId, credentials: { venioTriggerAuthApi: wf.credentialRef(triggerCredential) } },
	);
	const workflow = await cluster.main.createWorkflow(wf.chain(name, [trigger]));
	await cluster.main.activate(workflow.id);
	const hookPath = `${webhookId}/webhook`;
	for (const processor of cluster.webhooks) await processor.waitForWebhook(hookPath);
	return { workflow, hookPath };
}

/** The webhook URL on one processor, with the secret (or another token). */
const hookUrl = (processor, hookPath, token = SECRET) =>
	`${processor.webhookUrl(hookPath)}?token=${encodeURIComponent(token)}`;

/** Makes the sandbox deliver a Customer event with its own code (distinct deliveries differ). */
const deliver = (url, code, { topic = 'Customer', event = 'Create' } = {}) =>
	sandbox.sendWebhook(url, {
		topic,
		event,
		data: { CustomerCode: code, customerName: `Queue ${code}` },
		timeoutMs: 180000,
	});

/** The finished executions of a trigger workflow, with the customer code each one received. */
async function triggerRuns(workflowId) {
	const executions = await cluster.main.executions(workflowId, { includeData: true, limit: 250 });
	return executions
		.filter((execution) => execution.stoppedAt)
		.map((execution) => ({
			id: String(execution.id),
			status: execution.status,
			code: (cluster.main.nodeItems(execution, 'Venio Trigger') || [])[0]?.data?.CustomerCode,
		}));
}

/** Waits until `count` executions finished, then a moment longer for any straggler. */
async function settledRuns(workflowId, count) {
	await waitFor(`${count} executions`, async () => {
		const list = await cluster.main.executions(workflowId, { includeData: false, limit: 250 });
		return list.filter((execution) => execution.stoppedAt).length >= count ? true : undefined;
	});
	await sleep(3000);
	return triggerRuns(workflowId);
}

const countBy = (list) =>
	list.reduce((counts, value) => ({ ...counts, [value]: (counts[value] || 0) + 1 }), {});

/** Runs `send` over `list` with at most `parallel` in flight; answers in list order. */
async function sendAll(list, parallel, send) {
	const answers = new Array(list.length);
	let next = 0;
	const sender = async () => {
		while (next < list.length) {
			const index = next++;
			answers[index] = await send(list[index]).catch((error) => ({ status: error.message }));
		}
	};
	await Promise.all(Array.from({ length: parallel }, sender));
	return answers;
}

describe('webhook burst through the webhook processor', () => {
	const BURST = 200;
	// Deliveries in flight at once: a sender with 10 connections, each sending its next webhook as
	// soon as the last is answered. (All 200 at the same instant exceed one webhook processor on 2
	// busy cores: see docs/queue-mode.md.)
	const SENDERS = 10;

	test(`${BURST} distinct webhooks in a burst: exactly ${BURST} executions, none lost, none twice; others start nothing`, async () => {
		const { workflow, hookPath } = await activeTriggerWorkflow('Queue: webhook burst');
		const processor = cluster.webhooks[0];
		const codes = Array.from({ length: BURST }, (_, i) => `QB${String(i).padStart(4, '0')}`);
		// Interleaved: three events the trigger does not listen to.
		const others = ['Edit', 'Merge', 'Convert'].map((event, i) => ({ code: `QX${i}`, event }));
		const deliveries = codes.map((code) => ({ code, event: 'Create' }));
		others.forEach((other, i) => deliveries.splice((i + 1) * 50, 0, other));
		const started = Date.now();
		const sent = await sendAll(deliveries, SENDERS, ({ code, event }) =>
			deliver(hookUrl(processor, hookPath), code, { event }),
		);
		const answers = sent.filter((_, i) => deliveries[i].event === 'Create');
		const ignored = sent.filter((_, i) => deliveries[i].event !== 'Create');
		const answerSeconds = (Date.now() - started) / 1000;
		const wrongSecret = await deliver(hookUrl(processor, hookPath, 'not-the-secret'), 'QW0');
		// As many executions as deliveries were answered 200 (all of them, when the test passes).
		const accepted = answers.filter((answer) => answer.status === 200).length;
		const runs = await settledRuns(workflow.id, accepted);
		const seconds = (Date.now() - started) / 1000;
		const perCode = countBy(runs.map((run) => run.code));
		const twice = Object.values(perCode).filter((n) => n > 1).length;
		const lost = codes.filter((code) => !perCode[code]);
		report(
			`webhook burst: ${BURST} (+${others.length} non-matching) sent ${SENDERS} at a time, answers ${JSON.stringify(countBy(answers.map((a) => a.status)))} ` +
				`in ${answerSeconds.toFixed(1)} s; executions ${runs.length} (statuses ${JSON.stringify(countBy(runs.map((r) => r.status)))}) ` +
				`after ${seconds.toFixed(1)} s; lost ${lost.length}, twice ${twice}; executions per worker ` +
				`${JSON.stringify(Object.fromEntries(Object.entries(workersOf(runs.map((r) => r.id))).map(([n, l]) => [n, l.length])))}; ` +
				`non-matching answers ${JSON.stringify(countBy(ignored.map((a) => a.status)))}; wrong secret ${wrongSecret.status}`,
		);
		expect(answers.every((answer) => answer.status === 200)).toBe(true);
		expect(lost).toEqual([]);
		expect(twice).toBe(0);
		expect(runs).toHaveLength(BURST);
		expect(runs.every((run) => run.status === 'success')).toBe(true);
		expect(ignored.map((answer) => answer.status)).toEqual([200, 200, 200]);
		expect(runs.some((run) => /^Q[XW]/.test(run.code))).toBe(false);
		expect(wrongSecret.status).toBe(401);
	});
});

describe('duplicate deliveries', () => {
	const EVENTS = 10;

	/** Delivers each event twice via `route(i)` → [firstUrl, secondUrl]; returns executions per event. */
	async function deliverTwice(prefix, route, { together = false } = {}) {
		const { workflow, hookPath } = await activeTriggerWorkflow(`Queue: duplicates ${prefix}`);
		const codes = Array.from({ length: EVENTS }, (_, i) => `${prefix}${i}`);
		const answers = [];
		for (const [i, code] of codes.entries()) {
			const [first, second] = route(i).map((processor) => hookUrl(processor, hookPath));
			if (together)
				answers.push(...(await Promise.all([deliver(first, code), deliver(second, code)])));
			else answers.push(await deliver(first, code), await deliver(second, code));
		}
		const runs = await settledRuns(workflow.id, EVENTS);
		const perCode = countBy(runs.map((run) => run.code));
		return {
			answers: countBy(
				answers.map((a) => `${a.status} ${JSON.parse(a.body || '{}').message || ''}`.trim()),
			),
			perCode,
			lost: codes.filter((code) => !perCode[code]).length,
			twice: codes.filter((code) => perCode[code] > 1).length,
			executions: runs.length,
		};
	}

	test('one webhook processor: a repeated delivery is ignored, one after the other or at the same moment', async () => {
		const one = cluster.webhooks[0];
		const inTurn = await deliverTwice('QDA', () => [one, one]);
		const together = await deliverTwice('QDB', () => [one, one], { together: true });
		report(
			`duplicates, one processor: ${EVENTS} events × 2 in turn → ${inTurn.executions} executions (twice ${inTurn.twice}); ` +
				`× 2 at once → ${together.executions} executions (twice ${together.twice}); answers ${JSON.stringify(inTurn.answers)}`,
		);
		for (const result of [inTurn, together]) {
			expect(result.lost).toBe(0);
			expect(result.twice).toBe(0);
		}
	});

	test('two webhook processors: the copy that reaches the other process is not known there (a documented limit)', async () => {
		const second = await cluster.addWebhookProcessor();
		try {
			const [a, b] = cluster.webhooks;
			const split = await deliverTwice('QDC', () => [a, b]);
			report(
				`duplicates, two processors (first copy to ${a.name}, second to ${b.name}): ${EVENTS} events × 2 → ` +
					`${split.executions} executions, ${split.twice} events ran twice, lost ${split.lost}; answers ${JSON.stringify(split.answers)}`,
			);
			// Nothing lost; each event at most twice. How many ran twice is the figure docs/queue-mode.md states.
			expect(split.lost).toBe(0);
			expect(Object.values(split.perCode).every((n) => n <= 2)).toBe(true);
		} finally {
			await second.stop();
			cluster.webhooks.pop();
		}
	});
});

describe('a worker killed mid-batch', () => {
	const RUNS = 20;

	test('SIGKILL one worker: the other finishes the queue; every execution the killed one held is stored as failed, none lost, none re-run', async () => {
		const workflow = await cluster.main.createWorkflow(customersWorkflow('Queue: customers, kill'));
		// Slow gets (40 ms each, about 4 s per execution), so the batch is still running at the kill.
		sandbox.faults.add({
			kind: 'slow',
			delayMs: 40,
			method: 'GET',
			path: /^\/v3\/customers\/[^/]+$/i,
			times: 1000000,
		});
		const [survivor, victim] = cluster.workers;
		let ids;
		try {
			ids = await startRuns(workflow.id, RUNS);
			const mine = (worker) => ids.filter((id) => worker.executions().started.has(id));
			// Killed once its log shows a full worker's load, so it holds executions in flight.
			await waitFor(
				`${victim.name} to run ${CONCURRENCY} executions`,
				() => (mine(victim).length >= CONCURRENCY ? true : undefined),
				WAIT_MS,
				50,
			);
			const onVictim = mine(victim);
			const finishedOnVictim = onVictim.filter((id) => victim.executions().finished.has(id));
			victim.kill('SIGKILL');
			const killedAt = Date.now();
			report(
				`worker killed: ${victim.name} SIGKILLed with ${onVictim.length - finishedOnVictim.length} executions in flight ` +
					`(${finishedOnVictim.length} finished before); queue then ${JSON.stringify(cluster.queueCounts())}`,
			);
			// The survivor drains the queue; Bull fails the dead worker's jobs once their locks expire.
			await waitFor('the queue to drain', () => {
				const counts = cluster.queueCounts();
				return counts.active === 0 && counts.waiting === 0 ? counts : undefined;
			});
			const drainedSeconds = (Date.now() - killedAt) / 1000;
			// The process that enqueued a job (here the main process: manual runs) waits for it;
			// when Bull gives up on a dead worker's job, it stores the execution as failed. (Were
			// that process gone too, n8n's queue recovery would mark it crashed: at the main
			// process's start and every N8N_EXECUTIONS_QUEUE_RECOVERY_INTERVAL minutes.)
			const executions = await waitFor(
				'every execution to be stored as finished',
				async () => {
					const list = await cluster.main.executions(workflow.id, {
						includeData: false,
						limit: 250,
					});
					const ours = list.filter((execution) => ids.includes(String(execution.id)));
					return ours.length === RUNS && ours.every((e) => !['new', 'running'].includes(e.status))
						? ours
						: undefined;
				},
				120000,
			);
			const status = Object.fromEntries(executions.map((e) => [String(e.id), e.status]));
			const onSurvivor = mine(survivor);
			const victimInFlight = mine(victim).filter((id) => !victim.executions().finished.has(id));
			const succeeded = ids.filter((id) => status[id] === 'success');
			const failed = ids.filter((id) => status[id] !== 'success');
			const messages = await Promise.all(
				failed.map(
					async (id) => cluster.main.executionError(await cluster.main.execution(id))?.message,
				),
			);
			report(
				`worker killed: ${RUNS} executions → ${succeeded.length} success (${onSurvivor.length} ran on ${survivor.name}, ` +
					`${mine(victim).length - victimInFlight.length} finished on ${victim.name} before the kill), ` +
					`${failed.length} not (${failed.filter((id) => !mine(victim).includes(id)).length} taken by ${victim.name} before it logged them): statuses ${JSON.stringify(countBy(failed.map((id) => status[id])))}, ` +
					`messages ${JSON.stringify(countBy(messages))}; none re-run; queue drained ${drainedSeconds.toFixed(0)} s after the kill`,
			);
			// Every execution ends on record: the survivor's all succeed, the ones the killed worker
			// had started and not finished all fail with a reason, and none of those runs again on
			// the survivor. A job the killed worker had taken from the queue but not yet logged
			// (it took it in the moment before the kill) fails too, unseen in any log: such a
			// failure is allowed only if the survivor never ran it.
			const victimFinished = mine(victim).filter((id) => victim.executions().finished.has(id));
			for (const id of onSurvivor) expect(status[id]).toBe('success');
			for (const id of victimInFlight) expect(failed).toContain(id);
			for (const id of failed) expect(['error', 'crashed']).toContain(status[id]);
			for (const message of messages) expect(message).toEqual(expect.any(String));
			expect(failed.filter((id) => onSurvivor.includes(id))).toEqual([]);
			expect(succeeded.filter((id) => ![...onSurvivor, ...victimFinished].includes(id))).toEqual(
				[],
			);
			expect(onSurvivor.length).toBeGreaterThan(0);
			expect(onSurvivor.filter((id) => mine(victim).includes(id))).toEqual([]);
		} finally {
			sandbox.faults.clear();
		}
	});
});
