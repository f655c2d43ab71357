'use strict';
/**
 * `npm run bench:n8n`: the same jobs done three ways in one real n8n, against the sandbox.
 *
 *   venio      the Venio node
 *   httpCred   the HTTP Request node with the Venio API credential (predefined credential type)
 *   httpToken  the HTTP Request node, with a token fetched by a separate HTTP Request node and
 *              passed in a header (what people do without a credential type)
 *
 * Jobs: "get" — 1,000 input items, one customer fetched per item; "list" — list 10,000 customers
 * (pages of 100, the Venio node's page size; one output item per customer); "stock" — 5,000 stock
 * updates of as many products, by the Venio node only: `venio` in batches (its default Batch
 * Size), `venioPerItem` one call per item (Batch Size 1).
 *
 * Reported per job and variant: wall time (the client's, from the run request until n8n reports the
 * execution finished; n8n's own startedAt→stoppedAt too), token calls and API requests (sandbox
 * stats), RSS of n8n (its process group: the server and its task runner, polled from /proc every
 * 200 ms) before the run, its peak, and the growth (Δ), output items, and ratios to the Venio node.
 * With one n8n for all rows, n8n's memory grows through the run, so compare the Δ column, or use
 * --fresh for a new n8n per row.
 *
 * Each job and variant runs over each network of --networks: `loopback` (the sandbox as it is),
 * `latency` (every answer --latency ms late, one network per value of that list) and `ratelimit`
 * (the first latency and a gateway rate limit of --rate-limit calls per second per subscription
 * key), one table per network. "×floor" is the ratio to httpToken, n8n's own floor. Every variant's
 * last request node continues on fail, so refused items are counted rather than ending the run;
 * `venio1` (the Venio node with Parallel Requests 1: one page at a time) runs the list job only.
 *
 * Options: --items 1000 --customers 10000 --page-size 100 --repeat 1 --stock-items 5000
 *          --variants venio,venio1,venioPerItem,httpCred,httpToken --jobs get,list,stock
 *          --fresh --json --timeline --networks loopback,latency,ratelimit --latency 100,300 --rate-limit 40
 * Not a test: it asserts nothing beyond the runs succeeding.
 */
const fs = require('fs');

const { ensureN8n } = require('./host');
const { buildAndPack } = require('./pack');
const { startN8n } = require('./instance');
const { startSandboxProcess, venioCredentialData } = require('./venio');
const wf = require('./workflows');

function parseArgs(argv) {
	const options = {
		items: 1000,
		customers: 10000,
		pageSize: 100,
		repeat: 1,
		stockItems: 5000,
		variants: ['venio', 'venio1', 'venioPerItem', 'httpCred', 'httpToken'],
		jobs: ['get', 'list', 'stock'],
		networks: ['loopback', 'latency', 'ratelimit'],
		latency: [100, 300],
		rateLimit: 40,
		json: false,
		fresh: false,
	};
	for (let i = 0; i < argv.length; i++) {
		const arg = argv[i];
		const next = () => argv[++i];
		if (arg === '--items') options.items = Number(next());
		else if (arg === '--customers') options.customers = Number(next());
		else if (arg === '--page-size') options.pageSize = Number(next());
		else if (arg === '--repeat') options.repeat = Number(next());
		else if (arg === '--variants') options.variants = next().split(',');
		else if (arg === '--jobs') options.jobs = next().split(',');
		else if (arg === '--networks') options.networks = next().split(',');
		else if (arg === '--latency') options.latency = next().split(',').map(Number);
		else if (arg === '--stock-items') options.stockItems = Number(next());
		else if (arg === '--rate-limit') options.rateLimit = Number(next());
		else if (arg === '--json') options.json = true;
		else if (arg === '--fresh') options.fresh = true;
		else if (arg === '--timeline') options.timeline = true;
		else throw new Error(`unknown option ${arg}`);
	}
	return options;
}

function progress(message) {
	process.stderr.write(`[bench] ${message}\n`);
}

// ---------------------------------------------------------------------------------------------
// Peak RSS of n8n's process group (server + task runner), polled from /proc.
// ---------------------------------------------------------------------------------------------
function groupRssBytes(pgid) {
	let total = 0;
	for (const entry of fs.readdirSync('/proc')) {
		if (!/^\d+$/.test(entry)) continue;
		try {
			const stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8');
			// Fields after the command (which may hold spaces) start after the last ')'.
			const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
			if (Number(fields[2]) !== pgid) continue; // field 5: pgrp
			const status = fs.readFileSync(`/proc/${entry}/status`, 'utf8');
			const match = /^VmRSS:\s+(\d+) kB/m.exec(status);
			if (match) total += Number(match[1]) * 1024;
		} catch {
			// the process ended meanwhile
		}
	}
	return total;
}

function rssSampler(pgid, intervalMs = 200) {
	let peak = groupRssBytes(pgid);
	const timer = setInterval(() => {
		peak = Math.max(peak, groupRssBytes(pgid));
	}, intervalMs);
	return {
		stop() {
			clearInterval(timer);
			return Math.max(peak, groupRssBytes(pgid));
		},
	};
}

// ---------------------------------------------------------------------------------------------
// The workflows of each variant.
// ---------------------------------------------------------------------------------------------
function codesNode(codes) {
	return wf.node('Customer codes', 'n8n-nodes-base.code', 2, {
		jsCode: `const codes = ${JSON.stringify(codes)};\nreturn codes.map((customerCode) => ({ json: { customerCode } }));`,
	});
}

/** The token call of the httpToken variant (once per execution). */
function tokenNode(venio) {
	return wf.plainHttp('Get token', {
		method: 'POST',
		url: `${venio.baseUrl}/authorization/connect/token`,
		headers: { 'Ocp-Apim-Subscription-Key': venio.subscriptionKey },
		formBody: {
			grant_type: 'client_credentials',
			client_id: venio.clientId,
			client_secret: venio.clientSecret,
		},
	});
}

const tokenHeaders = (venio) => ({
	Authorization: "=Bearer {{ $('Get token').first().json.access_token }}",
	'Ocp-Apim-Subscription-Key': venio.subscriptionKey,
});

function paginationOptions(pageSize) {
	return {
		pagination: {
			pagination: {
				paginationMode: 'updateAParameterInEachRequest',
				parameters: {
					parameters: [{ type: 'body', name: 'skip', value: `={{ $pageCount * ${pageSize} }}` }],
				},
				paginationCompleteWhen: 'other',
				completeExpression: `={{ ($response.body.data || []).length < ${pageSize} }}`,
				limitPagesFetched: false,
				requestInterval: 0,
			},
		},
	};
}

const splitData = () =>
	wf.node('Split out customers', 'n8n-nodes-base.splitOut', 1, {
		fieldToSplitOut: 'data',
		include: 'noOtherFields',
		options: {},
	});

/**
 * The Venio node's parameters for each job. Kept in one place so a renamed parameter is one edit.
 * (Simplify off: the HTTP variants return raw records too.)
 */
const VENIO_NODE_PARAMETERS = {
	get: {
		resource: 'customer',
		operation: 'get',
		customer: { __rl: true, mode: 'code', value: '={{ $json.customerCode }}' },
		simplify: false,
	},
	list: (customerType) => ({
		resource: 'customer',
		operation: 'getMany',
		customerType,
		returnAll: true,
		simplify: false,
		filters: {},
	}),
};

/** The request node of each workflow: it continues on fail, so refused items are counted. */
const REQUEST_NODES = new Set(['Get customer', 'List customers', 'Update stock']);

/** The sandbox's product codes (its seed numbers them PD001, PD002, …). */
const productCodes = (count) =>
	Array.from({ length: count }, (_, i) => `PD${String(i + 1).padStart(3, '0')}`);

/** Which variants run which job: the stock job is the Venio node's alone. */
function runsJob(variant, job) {
	if (variant === 'venio1') return job === 'list';
	if (variant === 'venioPerItem') return job === 'stock';
	return job !== 'stock' || variant === 'venio';
}

function buildWorkflow(job, variant, context) {
	const workflow = buildChain(job, variant, context);
	for (const current of workflow.nodes) {
		if (REQUEST_NODES.has(current.name)) current.onError = 'continueRegularOutput';
	}
	return workflow;
}

function stockChain(name, variant, credential, stockItems) {
	const parameters = {
		resource: 'product',
		operation: 'updateStock',
		product: { __rl: true, mode: 'code', value: '={{ $json.productCode }}' },
		qty: 1,
		options: variant === 'venioPerItem' ? { batchSize: 1 } : {},
	};
	return wf.chain(name, [
		wf.manualTrigger(),
		wf.node('Product codes', 'n8n-nodes-base.code', 2, {
			jsCode: `return ${JSON.stringify(productCodes(stockItems))}.map((productCode) => ({ json: { productCode } }));`,
		}),
		wf.venioNode('Update stock', credential, parameters),
	]);
}

function buildChain(job, variant, { venio, credential, codes, pageSize, customerType, stockItems }) {
	const name = `bench ${job} ${variant}`;
	if (job === 'stock') return stockChain(name, variant, credential, stockItems);
	const base = venio.baseUrl;
	const listBody = `={{ { customerType: ${customerType}, skip: 0, pageLength: ${pageSize} } }}`;
	if (job === 'get') {
		if (variant === 'venio') {
			return wf.chain(name, [
				wf.manualTrigger(),
				codesNode(codes),
				wf.venioNode('Get customer', credential, VENIO_NODE_PARAMETERS.get),
			]);
		}
		const url = `=${base}/v3/customers/{{ $json.customerCode }}`;
		if (variant === 'httpCred') {
			return wf.chain(name, [
				wf.manualTrigger(),
				codesNode(codes),
				wf.httpWithVenioCredential('Get customer', credential, { url }),
			]);
		}
		return wf.chain(name, [
			wf.manualTrigger(),
			tokenNode(venio),
			codesNode(codes),
			wf.plainHttp('Get customer', { url, headers: tokenHeaders(venio) }),
		]);
	}
	// list
	if (variant === 'venio' || variant === 'venio1') {
		const parameters = VENIO_NODE_PARAMETERS.list(customerType);
		if (variant === 'venio1') parameters.options = { parallelRequests: 1 };
		return wf.chain(name, [
			wf.manualTrigger(),
			wf.venioNode('List customers', credential, parameters),
		]);
	}
	const request = {
		method: 'POST',
		url: `${base}/v3/customers/enquiry`,
		jsonBody: listBody,
		options: paginationOptions(pageSize),
	};
	if (variant === 'httpCred') {
		return wf.chain(name, [
			wf.manualTrigger(),
			wf.httpWithVenioCredential('List customers', credential, request),
			splitData(),
		]);
	}
	return wf.chain(name, [
		wf.manualTrigger(),
		tokenNode(venio),
		wf.plainHttp('List customers', { ...request, headers: tokenHeaders(venio) }),
		splitData(),
	]);
}

const LAST_NODE = {
	get: 'Get customer',
	stock: 'Update stock',
	list: {
		venio: 'List customers',
		venio1: 'List customers',
		httpCred: 'Split out customers',
		httpToken: 'Split out customers',
	},
};

// ---------------------------------------------------------------------------------------------
// Sandbox helpers (called directly, not through n8n).
// ---------------------------------------------------------------------------------------------
async function sandboxToken(venio) {
	const response = await fetch(`${venio.baseUrl}/authorization/connect/token`, {
		method: 'POST',
		headers: {
			'content-type': 'application/x-www-form-urlencoded',
			'Ocp-Apim-Subscription-Key': venio.subscriptionKey,
		},
		body: new URLSearchParams({
			grant_type: 'client_credentials',
			client_id: venio.clientId,
			client_secret: venio.clientSecret,
		}),
	});
	return (await response.json()).access_token;
}

async function customerCodes(venio, count, customerType) {
	const token = await sandboxToken(venio);
	const response = await fetch(`${venio.baseUrl}/v3/customers/enquiry`, {
		method: 'POST',
		headers: {
			'content-type': 'application/json',
			authorization: `Bearer ${token}`,
			'Ocp-Apim-Subscription-Key': venio.subscriptionKey,
		},
		body: JSON.stringify({ customerType, skip: 0, pageLength: Math.min(count, 1000) }),
	});
	const codes = ((await response.json()).data || []).map((row) => row.customerCode);
	// Fewer customers than items: cycle through them.
	return Array.from({ length: count }, (_, i) => codes[i % codes.length]);
}

// ---------------------------------------------------------------------------------------------
function fmt(value, digits = 1) {
	return value === undefined || Number.isNaN(value) ? '—' : value.toFixed(digits);
}

function table(rows) {
	const header = [
		'job',
		'variant',
		'wall s',
		'×venio',
		'×floor',
		'n8n s',
		'token calls',
		'API requests',
		'RSS before MB',
		'peak RSS MB',
		'Δ RSS MB',
		'Δ ×venio',
		'items out',
		'failed items',
		'peak in flight',
	];
	const lines = rows.map((row) => [
		row.job,
		row.variant,
		fmt(row.wallS, 2),
		row.wallRatio === undefined ? '—' : `${fmt(row.wallRatio, 2)}×`,
		row.floorRatio === undefined ? '—' : `${fmt(row.floorRatio, 2)}×`,
		fmt(row.n8nS, 2),
		String(row.tokenCalls),
		String(row.apiRequests),
		fmt(row.rssBeforeMb, 0),
		fmt(row.peakRssMb, 0),
		fmt(row.rssDeltaMb, 0),
		row.rssRatio === undefined ? '—' : `${fmt(row.rssRatio, 2)}×`,
		String(row.items),
		String(row.failed),
		String(row.peakInFlight),
	]);
	const widths = header.map((h, i) => Math.max(h.length, ...lines.map((line) => line[i].length)));
	const render = (cells) => `| ${cells.map((cell, i) => cell.padEnd(widths[i])).join(' | ')} |`;
	return [
		render(header),
		`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`,
		...lines.map(render),
	].join('\n');
}

/**
 * When the execution's requests reached Venio: the first after the execution started, how many
 * were in flight at each quarter second, the last answer before it stopped. Shows where a run
 * waits (a slow start, n8n's own work between answers) rather than only how long it took.
 */
function timelineSummary(timeline, execution) {
	const t0 = new Date(execution.startedAt).getTime();
	const api = timeline.filter((entry) => !/token/i.test(entry.path));
	if (api.length === 0) return 'timeline: no API requests logged';
	const first = Math.min(...api.map((entry) => entry.start)) - t0;
	const last = Math.max(...api.map((entry) => entry.end)) - t0;
	const stop = new Date(execution.stoppedAt).getTime() - t0;
	const samples = [];
	for (let at = 0; at <= last; at += 250) {
		const inFlight = api.filter((e) => e.start - t0 <= at && e.end - t0 > at).length;
		const done = api.filter((e) => e.end - t0 <= at).length;
		samples.push(`${(at / 1000).toFixed(2)}s:${inFlight}/${done}`);
	}
	return (
		`timeline (ms from the execution's start): first request ${first}, last answer ${last}, ` +
		`execution stopped ${stop}; in flight/answered every 250 ms: ${samples.join(' ')}`
	);
}

async function main() {
	const options = parseArgs(process.argv.slice(2));
	const customerType = 0; // all customers (the sandbox reads a non-legacy type as "all")
	const stack = [];
	const cleanup = async () => {
		while (stack.length)
			await stack
				.pop()()
				.catch(() => {});
	};
	process.on('SIGINT', () => cleanup().then(() => process.exit(130)));
	process.on('SIGTERM', () => cleanup().then(() => process.exit(143)));

	try {
		await ensureN8n();
		const pack = buildAndPack({ log: progress });
		stack.push(async () => pack.cleanup());
		const venio = await startSandboxProcess({
			args: ['--customers', String(options.customers), '--products', String(options.stockItems)],
		});
		stack.push(() => venio.stop());
		progress(`sandbox on ${venio.baseUrl} with ${options.customers} customers`);
		// One n8n for all runs (the default), or a fresh one per job and variant (--fresh), which
		// makes the memory figures independent of what ran before.
		let n8n;
		let n8nVersion;
		const startOne = async () => {
			n8n = await startN8n({ packageTarball: pack.tarball, log: progress });
			n8nVersion = n8n.paths.version;
			const stop = n8n.stop;
			stack.push(stop);
			return async () => {
				await stop();
				stack.splice(stack.indexOf(stop), 1);
			};
		};
		let stopShared = await startOne();

		const nodeTypes = new Set((await n8n.nodeTypes()).map((type) => type.name));
		const variants = options.variants.filter((variant) => {
			if (variant.startsWith('venio') && !nodeTypes.has('n8n-nodes-venio.venio')) {
				progress('the Venio node is not in the package yet: skipping its variant');
				return false;
			}
			return true;
		});
		const codes = options.jobs.includes('get')
			? await customerCodes(venio, options.items, customerType)
			: [];

		const latencyNetwork = (ms) => ({
			name: `latency${ms}`,
			title: `${ms} ms latency`,
			settings: { latencyMs: ms, rateLimit: 0 },
		});
		const networks = {
			loopback: [{ name: 'loopback', title: 'loopback', settings: { latencyMs: 0, rateLimit: 0 } }],
			latency: options.latency.map(latencyNetwork),
			ratelimit: [
				{
					name: 'ratelimit',
					title: `gateway rate limit ${options.rateLimit}/s per key, ${options.latency[0]} ms latency`,
					settings: { latencyMs: options.latency[0], rateLimit: options.rateLimit },
				},
			],
		};
		const tables = [];
		for (const network of options.networks.flatMap((name) => {
			if (!networks[name]) throw new Error(`unknown network ${name}`);
			return networks[name];
		})) {
			const networkName = network.name;
			await venio.admin.network(network.settings);
			const rows = [];
			tables.push({ network, rows });
			for (const job of options.jobs) {
				for (const variant of variants) {
					if (!runsJob(variant, job)) continue;
					let stopFresh;
					if (options.fresh) {
						if (stopShared) {
							await stopShared();
							stopShared = undefined;
						}
						stopFresh = await startOne();
					}
					// A credential per variant, so each starts without a stored token.
					const credential = await n8n.createCredential({
						name: `bench ${networkName} ${job} ${variant}`,
						type: 'venioApi',
						data: venioCredentialData(venio),
					});
					const workflow = await n8n.createWorkflow(
						buildWorkflow(job, variant, {
							venio,
							credential,
							codes,
							pageSize: options.pageSize,
							customerType,
							stockItems: options.stockItems,
						}),
					);
					for (let run = 1; run <= options.repeat; run++) {
						// A fresh rate-limit window for every run.
						if (network.settings.rateLimit)
							await new Promise((resolve) => setTimeout(resolve, 1100));
						await venio.admin.resetStats();
						const rssBefore = groupRssBytes(n8n.pid);
						const sampler = rssSampler(n8n.pid);
						const started = process.hrtime.bigint();
						let wallS;
						let peak;
						// The clock stops when n8n reports the execution finished, before its data
						// (10,000 items for "list") is fetched for checking.
						const execution = await n8n.runManual(workflow.id, {
							timeoutMs: 30 * 60 * 1000,
							onFinished: () => {
								wallS = Number(process.hrtime.bigint() - started) / 1e9;
								peak = sampler.stop();
							},
						});
						const stats = await venio.admin.stats();
						if (options.timeline) {
							progress(timelineSummary(await venio.admin.timeline(), execution));
						}
						const error = n8n.executionError(execution);
						if (execution.status !== 'success' || error) {
							throw new Error(`${job}/${variant} failed: ${JSON.stringify(error)}`);
						}
						const lastNode =
							typeof LAST_NODE[job] === 'string' ? LAST_NODE[job] : LAST_NODE[job][variant];
						const requestNode = { get: 'Get customer', list: 'List customers', stock: 'Update stock' }[job];
						// An error item of Continue On Fail; a stock row's own `error: null` is not one.
						const isError = (json) => json.error !== undefined && json.error !== null;
						const failed = (n8n.nodeItems(execution, requestNode) || []).filter(isError).length;
						const items = (n8n.nodeItems(execution, lastNode) || []).filter(
							(json) => !isError(json),
						).length;
						const row = {
							job,
							variant,
							run,
							wallS,
							n8nS: (new Date(execution.stoppedAt) - new Date(execution.startedAt)) / 1000,
							tokenCalls: stats.tokenCalls,
							apiRequests: stats.requestCount,
							peakInFlight: stats.peakInFlight,
							failed,
							rssBeforeMb: rssBefore / 1e6,
							peakRssMb: peak / 1e6,
							rssDeltaMb: (peak - rssBefore) / 1e6,
							items,
						};
						rows.push(row);
						progress(
							`${networkName} ${job} ${variant} run ${run}: ${fmt(wallS, 2)} s, ${items} items, ${failed} failed, peak in flight ${stats.peakInFlight}, ${stats.tokenCalls} token calls, RSS ${fmt(row.rssBeforeMb, 0)} → peak ${fmt(row.peakRssMb, 0)} MB`,
						);
					}
					if (stopFresh) await stopFresh();
				}
			}
		}
		for (const { network, rows } of tables) {
			for (const row of rows) {
				const reference = rows.find(
					(other) => other.job === row.job && other.variant === 'venio' && other.run === row.run,
				);
				if (reference) {
					row.wallRatio = row.wallS / reference.wallS;
					row.rssRatio = row.rssDeltaMb / reference.rssDeltaMb;
				}
				const floor = rows.find(
					(other) => other.job === row.job && other.variant === 'httpToken' && other.run === row.run,
				);
				if (floor) row.floorRatio = row.wallS / floor.wallS;
			}
			process.stdout.write(
				`\n${network.title}: n8n ${n8nVersion}${options.fresh ? ' (a fresh n8n per row)' : ' (one n8n for all rows, in this order)'}, ${options.items} items for "get", ${options.customers} customers for "list" (pages of ${options.pageSize})\n\n`,
			);
			process.stdout.write(`${table(rows)}\n`);
			process.stdout.write(`${targets(network, rows, options)}\n`);
			if (options.json) process.stdout.write(`${JSON.stringify(rows, null, 2)}\n`);
		}
	} finally {
		await cleanup();
	}
}

/** Issue 18's targets, measured in this table: the ratios and counts they are about. */
function targets(network, rows, options) {
	const lines = [];
	const find = (job, variant) => rows.find((row) => row.job === job && row.variant === variant);
	const venio = find('get', 'venio');
	const cred = find('get', 'httpCred');
	const floor = find('get', 'httpToken');
	if (venio && floor && cred && !network.settings.rateLimit) {
		lines.push(
			`get: Venio node ${fmt(venio.wallS / floor.wallS, 2)}× the floor (HTTP Request + separate token; target ≤ 1.25×, on loopback: no slower than before), ${fmt(venio.wallS / cred.wallS, 2)}× HTTP Request + credential (target < 1×)`,
		);
	}
	if (venio && network.settings.rateLimit) {
		const perSecond = venio.items / venio.wallS;
		lines.push(
			`get: ${venio.items}/${options.items} items, ${venio.failed} failed, ${fmt(perSecond, 1)} items/s = ${fmt((perSecond / network.settings.rateLimit) * 100, 0)}% of the ${network.settings.rateLimit}/s limit (target: all items, 0 failed, ≥ 85%)`,
		);
	}
	const batched = find('stock', 'venio');
	const perItem = find('stock', 'venioPerItem');
	if (batched && perItem) {
		lines.push(
			`stock: ${batched.apiRequests} calls in batches vs ${perItem.apiRequests} one per item (1/${fmt(perItem.apiRequests / batched.apiRequests, 0)}; target ≤ 1/20), ${fmt(perItem.wallS / batched.wallS, 1)}× faster; ${batched.items} items out, ${batched.failed} failed`,
		);
	}
	return lines.join('\n');
}

module.exports = { buildWorkflow, VENIO_NODE_PARAMETERS };

if (require.main === module) {
	main().catch((error) => {
		process.stderr.write(`${error.stack || error}\n`);
		process.exit(1);
	});
}
