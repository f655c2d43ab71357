'use strict';
// `npm run bench`, over a real-network sandbox: every answer 100 ms late, then also behind a
// gateway rate limit. One table per run: the Venio node, an HTTP Request stand-in with the Venio
// API credential and one with a token fetched separately (test/harness/types.js: all items at
// once, pages one at a time, as n8n's HTTP Request node does; the real node is in bench:n8n), for
// 1,000 gets and Return All over 10,000 customers. Nothing here asserts.
const { startSandbox } = require('../sandbox');
const { measure } = require('./measure');
const { tokenHeaders } = require('./token');
const { Engine, venioWorkflow } = require('../harness/engine');
const { DEFAULT_PARALLEL_REQUESTS } = require('../../dist/nodes/shared/transport/pacer');

const ITEMS = Number(process.env.BENCH_ITEMS ?? 1000);
const CUSTOMERS = Number(process.env.BENCH_NETWORK_CUSTOMERS ?? 10000);
const LATENCY_MS = Number(process.env.BENCH_LATENCY_MS ?? 100);
const RATE_LIMIT = Number(process.env.BENCH_RATE_LIMIT ?? 40);
const PAGE_SIZE = require('../../dist/nodes/shared/transport/paging').DEFAULT_PAGE_SIZE;

const RUNS = [
	{ title: `${LATENCY_MS} ms latency`, network: { latencyMs: LATENCY_MS } },
	{
		title: `gateway rate limit ${RATE_LIMIT}/s per key, ${LATENCY_MS} ms latency`,
		network: { latencyMs: LATENCY_MS, rateLimit: RATE_LIMIT },
	},
];

function httpWorkflow(items, parameters, credentials) {
	return {
		nodes: [
			{ id: 'input', name: 'Input', type: 'harness.testInput', typeVersion: 1, position: [0, 0], parameters: { items: JSON.stringify(items) } },
			{ id: 'http', name: 'Venio', type: 'harness.httpRequestLike', typeVersion: 1, position: [200, 0], parameters, credentials, onError: 'continueRegularOutput' },
		],
		connections: { Input: { main: [[{ node: 'Venio', type: 'main', index: 0 }]] } },
	};
}

async function benchNetwork() {
	const sandbox = await startSandbox({ seed: { customers: CUSTOMERS } });
	const tables = [];
	try {
		const engine = new Engine();
		const credentials = engine.addVenioCredential(sandbox.credentials);
		const codes = [...sandbox.state.customers.keys()].slice(0, ITEMS);
		const getItems = codes.map((code) => ({ code }));
		const venioGet = (options) => ({
			resource: 'customer',
			operation: 'get',
			customer: { __rl: true, mode: 'code', value: '={{ $json.code }}' },
			simplify: false,
			options,
		});
		const venioList = (options) => ({ resource: 'customer', operation: 'getMany', customerType: 0, returnAll: true, simplify: false, options });
		const httpGet = (headers, useCredential) => ({ url: `={{ "${sandbox.url}/v3/customers/" + $json.code }}`, headers: JSON.stringify(headers), useCredential });
		const httpList = (headers, useCredential) => ({
			method: 'POST',
			url: `${sandbox.url}/v3/customers/enquiry`,
			body: JSON.stringify({ customerType: 0 }),
			headers: JSON.stringify(headers),
			useCredential,
			pageSize: PAGE_SIZE,
		});
		const venioRun = (parameters, items) =>
			engine.run(venioWorkflow({ items, parameters, credentials, continueOnFail: true }));
		const cases = [
			{ job: `${ITEMS} gets`, variant: `Venio node (Parallel Requests ${DEFAULT_PARALLEL_REQUESTS})`, run: () => venioRun(venioGet({}), getItems) },
			{ job: `${ITEMS} gets`, variant: 'HTTP Request stand-in + credential', run: () => engine.run(httpWorkflow(getItems, httpGet({}, true), credentials)) },
			{ job: `${ITEMS} gets`, variant: 'HTTP Request stand-in + separate token', run: async () => engine.run(httpWorkflow(getItems, httpGet(await tokenHeaders(sandbox), false))) },
			{ job: `Return All ${CUSTOMERS}`, variant: `Venio node (Parallel Requests ${DEFAULT_PARALLEL_REQUESTS})`, run: () => venioRun(venioList({}), [{}]) },
			{ job: `Return All ${CUSTOMERS}`, variant: 'Venio node, Parallel Requests 1 (one page at a time)', run: () => venioRun(venioList({ parallelRequests: 1 }), [{}]) },
			{ job: `Return All ${CUSTOMERS}`, variant: 'HTTP Request stand-in + credential', run: () => engine.run(httpWorkflow([{}], httpList({}, true), credentials)) },
			{ job: `Return All ${CUSTOMERS}`, variant: 'HTTP Request stand-in + separate token', run: async () => engine.run(httpWorkflow([{}], httpList(await tokenHeaders(sandbox), false))) },
		];
		for (const { title, network } of RUNS) {
			sandbox.network({ latencyMs: 0, jitterMs: 0, rateLimit: 0, ...network });
			const rows = [];
			for (const { job, variant, run } of cases) {
				// Each case starts without a token, as the first execution after a credential is saved,
				// and in a fresh rate-limit window.
				engine.credentials.stored('venio-1').accessToken = '';
				await new Promise((resolve) => setTimeout(resolve, network.rateLimit ? 1100 : 0));
				sandbox.resetStats();
				const measured = await measure(async () => (await run()).items.Venio ?? []);
				const out = measured.value;
				rows.push({
					job,
					variant,
					ms: measured.ms,
					tokenCalls: sandbox.stats.tokenCalls,
					requests: sandbox.requestCount(),
					itemsOut: out.filter((item) => item.error === undefined).length,
					failed: out.filter((item) => item.error !== undefined).length,
					peak: sandbox.load.peakInFlight,
				});
			}
			tables.push({ title, rows });
		}
	} finally {
		await sandbox.stop();
	}
	return tables;
}

function printNetwork({ title, rows }) {
	console.log(`\nVenio node and HTTP Request stand-ins, ${title}`);
	console.table(
		rows.map((r) => {
			const venio = rows.find((other) => other.job === r.job);
			return {
				job: r.job,
				variant: r.variant,
				'wall (ms)': r.ms.toFixed(0),
				'× Venio node': (r.ms / venio.ms).toFixed(2),
				'token calls': r.tokenCalls,
				requests: r.requests,
				'items out': r.itemsOut,
				'failed items': r.failed,
				'peak in flight': r.peak,
			};
		}),
	);
	const gets = rows[0];
	if (!/rate limit/.test(title)) {
		const ideal = (ITEMS * LATENCY_MS) / DEFAULT_PARALLEL_REQUESTS;
		console.log(`${gets.job}: ideal ${ITEMS} × ${LATENCY_MS} ms / ${DEFAULT_PARALLEL_REQUESTS} = ${ideal.toFixed(0)} ms; the Venio node took ${(gets.ms / ideal).toFixed(2)}× that.`);
	} else {
		console.log(`${gets.job}: ${((ITEMS * 1000) / gets.ms).toFixed(1)} items/s against a limit of ${RATE_LIMIT}/s (${((ITEMS * 1000) / gets.ms / RATE_LIMIT * 100).toFixed(0)}% of it).`);
	}
}

module.exports = { benchNetwork, printNetwork };
