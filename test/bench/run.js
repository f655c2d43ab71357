'use strict';
// `npm run bench`: speed and memory of the nodes, each printed as a ratio to a baseline measured in
// the same run against the same sandbox (so the machine's speed cancels out). Nothing here asserts:
// the numbers are for people reading them.
const axios = require('axios');

const { startSandbox } = require('../sandbox');
const { measure, row } = require('./measure');
const { benchTrigger } = require('./trigger');
const { benchNetwork, printNetwork } = require('./network');
const { tokenHeaders } = require('./token');
const { benchPacing, printPacing } = require('./pacing');
const { Engine, venioWorkflow } = require('../harness/engine');

const ITEMS = Number(process.env.BENCH_ITEMS ?? 1000);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const CUSTOMERS = Number(process.env.BENCH_CUSTOMERS ?? 100000);
const PAGE_SIZE = require('../../dist/nodes/shared/transport/paging').DEFAULT_PAGE_SIZE;


async function benchNode() {
	const sandbox = await startSandbox({ seed: { customers: CUSTOMERS } });
	const rows = [];
	try {
		const engine = new Engine();
		const credentials = engine.addVenioCredential(sandbox.credentials);
		// The bare client connects the way n8n's HTTP client does (a new connection per request), so
		// the ratio is the node's own work, not a connection-reuse choice the node cannot make.
		const client = axios.create({ baseURL: sandbox.url });
		const codes = [...sandbox.state.customers.keys()].slice(0, ITEMS);
		const getWorkflow = () =>
			venioWorkflow({ items: codes.map((code) => ({ code })), credentials, parameters: getParameters() });
		const floorWorkflow = (headers) => ({
			nodes: [
				{ id: 'input', name: 'Input', type: 'harness.testInput', typeVersion: 1, position: [0, 0], parameters: { items: JSON.stringify(codes.map((code) => ({ code }))) } },
				{ id: 'get', name: 'Get', type: 'harness.httpGet', typeVersion: 1, position: [200, 0], parameters: { url: `={{ "${sandbox.url}/v3/customers/" + $json.code }}`, headers: JSON.stringify(headers) } },
			],
			connections: { Input: { main: [[{ node: 'Get', type: 'main', index: 0 }]] } },
		});
		const enquiries = () =>
			sandbox.stats.requests.filter((r) => r.operationId === 'customersEnquiry').length;
		const pagingWorkflow = () =>
			venioWorkflow({
				credentials,
				parameters: { resource: 'customer', operation: 'getMany', customerType: 11300, returnAll: true, simplify: false },
			});

		const jobs = {
			bareGets: async () => {
				const headers = await tokenHeaders(sandbox);
				for (const code of codes) await client.get(`/v3/customers/${encodeURIComponent(code)}`, { headers });
			},
			n8nGets: async () => {
				const headers = await tokenHeaders(sandbox);
				await engine.run(floorWorkflow(headers));
			},
			nodeGets: async () => {
				// No token stored, as for the first execution after a credential is saved. This process
				// already holds one for these values (the warm-up fetched it; transport/token.ts), so
				// the round makes no token call, where each bare baseline makes one.
				engine.credentials.stored('venio-1').accessToken = '';
				sandbox.resetStats();
				await engine.run(getWorkflow());
				return sandbox.stats.tokenCalls;
			},
			// Stops on the first short page, as a loop that trusts the server never to cap pages would.
			barePaging: async () => {
				const headers = await tokenHeaders(sandbox);
				let count = 0;
				let requests = 0;
				for (let skip = 0; ; skip += PAGE_SIZE) {
					const { data } = await client.post(
						'/v3/customers/enquiry',
						{ customerType: 11300, skip, pageLength: PAGE_SIZE },
						{ headers },
					);
					requests += 1;
					count += data.data.length;
					if (data.data.length < PAGE_SIZE) break;
				}
				return { count, requests };
			},
			nodePaging: async () => {
				sandbox.resetStats();
				const codesOut = (await engine.run(pagingWorkflow())).items.Venio.map((c) => c.customerCode);
				// Every record exactly once, in order: what the unit suite cannot afford to check at this size.
				const expected = [...sandbox.state.customers.values()]
					.filter((c) => c.customerType === 11300)
					.map((c) => c.customerCode);
				const exact = codesOut.length === expected.length && codesOut.every((code, i) => code === expected[i]);
				return { count: codesOut.length, requests: enquiries(), exact };
			},
		};

		// Warm-up, then ROUNDS rounds with the jobs alternating; each job's median round is reported,
		// so a pause of the machine in one round does not decide the ratio.
		await engine.run(venioWorkflow({ items: [{ code: codes[0] }], credentials, parameters: getParameters() }));
		const runs = Object.fromEntries(Object.keys(jobs).map((name) => [name, []]));
		for (let round = 0; round < ROUNDS; round++) {
			for (const [name, job] of Object.entries(jobs)) runs[name].push(await measure(job));
		}
		const median = (name) => [...runs[name]].sort((a, b) => a.ms - b.ms)[Math.floor(ROUNDS / 2)];
		const [bareGets, n8nGets, nodeGets, barePaging, nodePaging] = [
			'bareGets',
			'n8nGets',
			'nodeGets',
			'barePaging',
			'nodePaging',
		].map(median);

		rows.push(row(`bare HTTP: ${ITEMS} gets`, bareGets));
		rows.push(
			row(`n8n floor: ${ITEMS} gets (expression + n8n request helper, no node logic)`, n8nGets, bareGets),
		);
		rows.push(
			row(
				`Venio node: ${ITEMS} gets`,
				nodeGets,
				bareGets,
				`${(nodeGets.ms / n8nGets.ms).toFixed(2)}× the n8n floor; token calls per 1,000 items: ${(nodeGets.value * 1000) / ITEMS}`,
			),
		);
		rows.push(
			row(`bare HTTP: page ${barePaging.value.count} customers`, barePaging, undefined, `${barePaging.value.requests} requests`),
		);
		// The node asks past a short page until an empty one (a short page may be a server cap).
		const extra = nodePaging.value.requests - barePaging.value.requests;
		rows.push(
			row(
				`Venio node: Return All ${nodePaging.value.count} customers`,
				nodePaging,
				barePaging,
				`${nodePaging.value.requests} requests: ${extra} more than stopping at the first short page; every record once, in order: ${nodePaging.value.exact ? 'yes' : 'NO'}`,
			),
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
	print('Venio Trigger', await benchTrigger());
	for (const table of await benchNetwork()) printNetwork(table);
	printPacing(await benchPacing());
}

main().catch((error) => {
	console.error(error);
	process.exitCode = 1;
});
