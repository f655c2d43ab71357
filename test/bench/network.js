'use strict';
// `npm run bench`, over a real-network sandbox: every answer 100 ms late, 300 ms late, then 100 ms
// late behind a gateway rate limit. One table per run: the Venio node, an HTTP Request stand-in with
// the Venio API credential and one with a token fetched separately (test/harness/types.js: all items
// at once, pages one at a time, as n8n's HTTP Request node does; the real node is in bench:n8n), for
// 1,000 gets and Return All over 10,000 customers; and 5,000 stock updates, in batches (the
// default Batch Size) and one call per item (Batch Size 1). Nothing here asserts.
const { startSandbox } = require('../sandbox');
const { measure } = require('./measure');
const { tokenHeaders } = require('./token');
const { Engine, venioWorkflow } = require('../harness/engine');
const { DEFAULT_PARALLEL_REQUESTS } = require('../../dist/nodes/shared/transport/pacer');
const { DEFAULT_BATCH_SIZE } = require('../../dist/nodes/Venio/actions/batching');

/** n8n's floor: what n8n itself spends per item, with no credential logic in the way. */
const FLOOR = 'HTTP Request stand-in + separate token';

const ITEMS = Number(process.env.BENCH_ITEMS ?? 1000);
const CUSTOMERS = Number(process.env.BENCH_NETWORK_CUSTOMERS ?? 10000);
const LATENCY_MS = Number(process.env.BENCH_LATENCY_MS ?? 100);
const SLOW_LATENCY_MS = Number(process.env.BENCH_SLOW_LATENCY_MS ?? 300);
const RATE_LIMIT = Number(process.env.BENCH_RATE_LIMIT ?? 40);
const STOCK_ITEMS = Number(process.env.BENCH_STOCK_ITEMS ?? 5000);
const PAGE_SIZE = require('../../dist/nodes/shared/transport/paging').DEFAULT_PAGE_SIZE;

/** The networks, and the jobs run over each (gets everywhere; the longer jobs where they tell). */
const RUNS = [
	{ title: `${LATENCY_MS} ms latency`, network: { latencyMs: LATENCY_MS }, jobs: ['gets', 'list', 'stock'] },
	{ title: `${SLOW_LATENCY_MS} ms latency`, network: { latencyMs: SLOW_LATENCY_MS }, jobs: ['gets'] },
	{
		title: `gateway rate limit ${RATE_LIMIT}/s per key, ${LATENCY_MS} ms latency`,
		network: { latencyMs: LATENCY_MS, rateLimit: RATE_LIMIT },
		jobs: ['gets', 'list', 'stock'],
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
	const sandbox = await startSandbox({ seed: { customers: CUSTOMERS, products: STOCK_ITEMS } });
	const tables = [];
	try {
		const engine = new Engine();
		const credentials = engine.addVenioCredential(sandbox.credentials);
		const codes = [...sandbox.state.customers.keys()].slice(0, ITEMS);
		const getItems = codes.map((code) => ({ code }));
		const stockItems = sandbox.state.products.order.slice(0, STOCK_ITEMS).map((code) => ({ code }));
		const venioStock = (options) => ({
			resource: 'product',
			operation: 'updateStock',
			product: { __rl: true, mode: 'code', value: '={{ $json.code }}' },
			qty: 1,
			options,
		});
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
		const gets = `${ITEMS} gets`;
		const list = `Return All ${CUSTOMERS}`;
		const stock = `${STOCK_ITEMS} stock updates`;
		const cases = [
			{ kind: 'gets', job: gets, variant: `Venio node (Parallel Requests ${DEFAULT_PARALLEL_REQUESTS})`, run: () => venioRun(venioGet({}), getItems) },
			{ kind: 'gets', job: gets, variant: 'HTTP Request stand-in + credential', run: () => engine.run(httpWorkflow(getItems, httpGet({}, true), credentials)) },
			{ kind: 'gets', job: gets, variant: FLOOR, run: async () => engine.run(httpWorkflow(getItems, httpGet(await tokenHeaders(sandbox), false))) },
			{ kind: 'list', job: list, variant: `Venio node (Parallel Requests ${DEFAULT_PARALLEL_REQUESTS})`, run: () => venioRun(venioList({}), [{}]) },
			{ kind: 'list', job: list, variant: 'Venio node, Parallel Requests 1 (one page at a time)', run: () => venioRun(venioList({ parallelRequests: 1 }), [{}]) },
			{ kind: 'list', job: list, variant: 'HTTP Request stand-in + credential', run: () => engine.run(httpWorkflow([{}], httpList({}, true), credentials)) },
			{ kind: 'list', job: list, variant: FLOOR, run: async () => engine.run(httpWorkflow([{}], httpList(await tokenHeaders(sandbox), false))) },
			{ kind: 'stock', job: stock, variant: `Venio node (Batch Size ${DEFAULT_BATCH_SIZE})`, run: () => venioRun(venioStock({}), stockItems) },
			{ kind: 'stock', job: stock, variant: 'Venio node, Batch Size 1 (one call per item)', run: () => venioRun(venioStock({ batchSize: 1 }), stockItems) },
		];
		for (const { title, network, jobs } of RUNS) {
			sandbox.network({ latencyMs: 0, jitterMs: 0, rateLimit: 0, ...network });
			const rows = [];
			for (const { job, variant, run } of cases.filter((c) => jobs.includes(c.kind))) {
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
					itemsOut: out.filter((item) => !isErrorItem(item)).length,
					failed: out.filter(isErrorItem).length,
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
				'× floor': floorOf(rows, r) ? (r.ms / floorOf(rows, r).ms).toFixed(2) : '—',
				'token calls': r.tokenCalls,
				requests: r.requests,
				'items out': r.itemsOut,
				'failed items': r.failed,
				'peak in flight': r.peak,
			};
		}),
	);
	const [venio, credential, floor] = rows;
	console.log(
		`${venio.job}: Venio node ${(venio.ms / floor.ms).toFixed(2)}× the floor (target ≤ 1.25×), ${(venio.ms / credential.ms).toFixed(2)}× HTTP Request + credential (target < 1).`,
	);
	if (/rate limit/.test(title)) {
		console.log(`${venio.job}: ${((ITEMS * 1000) / venio.ms).toFixed(1)} items/s against a limit of ${RATE_LIMIT}/s (${((ITEMS * 1000) / venio.ms / RATE_LIMIT * 100).toFixed(0)}% of it; target ≥ 85%).`);
	}
	const [batched, perItem] = rows.filter((r) => r.job.endsWith('stock updates'));
	if (batched && perItem) {
		console.log(`${batched.job}: ${batched.requests} calls in batches, ${perItem.requests} one per item (1/${(perItem.requests / batched.requests).toFixed(0)}; target ≤ 1/20), ${(perItem.ms / batched.ms).toFixed(1)}× faster.`);
	}
}

/** An error item of Continue On Fail (a stock row's own `error: null` is not one). */
const isErrorItem = (item) => item.error !== undefined && item.error !== null;

/** The floor of a row's job: the HTTP Request stand-in with a separate token, when the job has one. */
function floorOf(rows, row) {
	return rows.find((other) => other.job === row.job && other.variant === FLOOR);
}

module.exports = { benchNetwork, printNetwork };
