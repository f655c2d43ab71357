'use strict';
// `npm run bench`: speed and memory of the nodes, each printed as a ratio to a baseline measured in
// the same run against the same sandbox (so the machine's speed cancels out). Nothing here asserts:
// the numbers are for people reading them.
const axios = require('axios');
const http = require('node:http');

const { startSandbox } = require('../sandbox');
const { Engine, venioWorkflow } = require('../harness/engine');

const ITEMS = Number(process.env.BENCH_ITEMS ?? 1000);
const CUSTOMERS = Number(process.env.BENCH_CUSTOMERS ?? 100000);
const PAGE_SIZE = require('../../dist/nodes/Venio/transport/paging').DEFAULT_PAGE_SIZE;

/** Peak of heap + external memory while `fn` runs, sampled every 5 ms. */
async function measure(fn) {
	global.gc?.();
	const before = process.memoryUsage();
	let peak = before.heapUsed + before.external;
	const timer = setInterval(() => {
		const now = process.memoryUsage();
		peak = Math.max(peak, now.heapUsed + now.external);
	}, 5);
	const started = process.hrtime.bigint();
	const value = await fn();
	const ms = Number(process.hrtime.bigint() - started) / 1e6;
	clearInterval(timer);
	return { ms, peakMb: (peak - before.heapUsed - before.external) / 2 ** 20, value };
}

async function bareToken(sandbox, client) {
	const { clientId, clientSecret, subscriptionKey } = sandbox.credentials;
	const form = new URLSearchParams({
		grant_type: 'client_credentials',
		client_id: clientId,
		client_secret: clientSecret,
	});
	const { data } = await client.post('/authorization/connect/token', form.toString(), {
		headers: {
			'Content-Type': 'application/x-www-form-urlencoded',
			'Ocp-Apim-Subscription-Key': subscriptionKey,
		},
	});
	return {
		Authorization: `Bearer ${data.access_token}`,
		'Ocp-Apim-Subscription-Key': subscriptionKey,
	};
}

function row(name, measured, baseline, extra = '') {
	const ratio = baseline ? (measured.ms / baseline.ms).toFixed(2) : '1.00';
	return { name, ms: measured.ms.toFixed(0), ratio, peakMb: measured.peakMb.toFixed(1), extra };
}

async function benchNode() {
	const sandbox = await startSandbox({ seed: { customers: CUSTOMERS } });
	const rows = [];
	try {
		const engine = new Engine();
		const credentials = engine.addVenioCredential(sandbox.credentials);
		const client = axios.create({ baseURL: sandbox.url, httpAgent: new http.Agent({ keepAlive: true }) });
		const codes = [...sandbox.state.customers.keys()].slice(0, ITEMS);

		// Warm-up: load code paths and the token, so neither side pays first-call costs.
		await engine.run(
			venioWorkflow({
				items: [{ code: codes[0] }],
				credentials,
				parameters: getParameters(),
			}),
		);

		// 1. N gets, one per input item: the node against a bare HTTP loop.
		sandbox.resetStats();
		const bareGets = await measure(async () => {
			const headers = await bareToken(sandbox, client);
			for (const code of codes) await client.get(`/v3/customers/${encodeURIComponent(code)}`, { headers });
		});
		sandbox.resetStats();
		engine.credentials.stored('venio-1').accessToken = '';
		const nodeGets = await measure(() =>
			engine.run(
				venioWorkflow({
					items: codes.map((code) => ({ code })),
					credentials,
					parameters: getParameters(),
				}),
			),
		);
		const tokenCalls = sandbox.stats.tokenCalls;
		rows.push(row(`bare HTTP: ${ITEMS} gets`, bareGets));
		rows.push(
			row(`Venio node: ${ITEMS} gets`, nodeGets, bareGets, `token calls per 1,000 items: ${(tokenCalls * 1000) / ITEMS}`),
		);

		// 2. Return All over every seeded customer: the node against a bare paging loop.
		const barePaging = await measure(async () => {
			const headers = await bareToken(sandbox, client);
			let count = 0;
			for (let skip = 0; ; skip += PAGE_SIZE) {
				const { data } = await client.post(
					'/v3/customers/enquiry',
					{ customerType: 11300, skip, pageLength: PAGE_SIZE },
					{ headers },
				);
				count += data.data.length;
				if (data.data.length < PAGE_SIZE) break;
			}
			return count;
		});
		const nodePaging = await measure(async () => {
			const result = await engine.run(
				venioWorkflow({
					credentials,
					parameters: {
						resource: 'customer',
						operation: 'getMany',
						customerType: 11300,
						returnAll: true,
						simplify: false,
					},
				}),
			);
			return result.items.Venio.length;
		});
		rows.push(row(`bare HTTP: page ${barePaging.value} customers`, barePaging));
		rows.push(
			row(`Venio node: Return All ${nodePaging.value} customers`, nodePaging, barePaging, `${Math.ceil(nodePaging.value / PAGE_SIZE)} pages`),
		);
	} finally {
		await sandbox.stop();
	}
	return rows;
}

function getParameters() {
	return {
		resource: 'customer',
		operation: 'get',
		customer: { __rl: true, mode: 'code', value: '={{ $json.code }}' },
		simplify: false,
	};
}

function print(title, rows) {
	console.log(`\n${title}`);
	console.table(
		rows.map((r) => ({
			case: r.name,
			'time (ms)': r.ms,
			'ratio to baseline': r.ratio,
			'peak memory (MB)': r.peakMb,
			notes: r.extra,
		})),
	);
}

async function main() {
	print('Venio node against bare HTTP (same process, same sandbox)', await benchNode());
	let trigger;
	try {
		trigger = require('./trigger');
	} catch {
		trigger = undefined;
	}
	if (trigger) print('Venio Trigger', await trigger.benchTrigger());
}

main().catch((error) => {
	console.error(error);
	process.exitCode = 1;
});
