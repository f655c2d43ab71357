'use strict';
// Venio Trigger benchmark, for `npm run bench` (test/bench/run.js prints the rows). Nothing here
// asserts: the numbers are for people reading them.
//
// 1. Throughput of webhook() in n8n-core's real WebhookContext, per event, for an event the filter
//    takes and one it drops, against a bare JSON.parse of the same body in the same run. The
//    webhook path includes the JSON parse n8n does before the node runs, so the ratio is "what the
//    whole receive costs, in JSON.parses".
// 2. The latency "Include Full Record" adds: the same events with and without it, against the
//    sandbox over HTTP (token fetched once, then one GET per event).
const { startSandbox } = require('../sandbox');
const { measure, row } = require('./measure');
const { Engine } = require('../harness/engine');
const { DirectTrigger } = require('../harness/webhook');

const EVENTS = Number(process.env.BENCH_TRIGGER_EVENTS ?? 20000);
const ENRICHED_EVENTS = Number(process.env.BENCH_TRIGGER_ENRICHED ?? 300);



const perSecond = (count, ms) => `${Math.round((count * 1000) / ms).toLocaleString('en-US')} events/s`;

async function repeat(count, fn) {
	let last;
	for (let i = 0; i < count; i++) last = await fn(i);
	return last;
}

async function benchTrigger() {
	const sandbox = await startSandbox();
	const rows = [];
	try {
		const engine = new Engine();
		const venioApi = engine.addVenioCredential(sandbox.credentials);
		const example = sandbox.webhookExample('Customer', 'Create');
		const body = JSON.stringify(example);
		const ignoredBody = JSON.stringify(sandbox.webhookExample('Expense', 'Paid'));

		const filtered = new DirectTrigger(engine, { parameters: { topics: ['Customer', 'Case'], events: ['Create', 'Edit'] } });
		const enriching = new DirectTrigger(engine, {
			parameters: { topics: ['Customer'], events: ['Create'], includeFullRecord: true },
			credentials: venioApi,
		});

		// Warm-up: compile the code paths and fetch the token, so no side pays first-call costs.
		await repeat(2000, () => JSON.parse(body));
		await repeat(2000, () => filtered.call(body));
		await repeat(2000, () => filtered.call(ignoredBody));
		await repeat(20, () => enriching.call(body));

		const bare = await measure(() => repeat(EVENTS, () => JSON.parse(body)));
		const matching = await measure(() => repeat(EVENTS, () => filtered.call(body)));
		const dropped = await measure(() => repeat(EVENTS, () => filtered.call(ignoredBody)));
		const lastMatch = await filtered.call(body);
		const lastDrop = await filtered.call(ignoredBody);
		if (lastMatch.result.workflowData?.[0]?.length !== 1 || lastDrop.result.workflowData !== undefined) {
			throw new Error('Trigger bench: the filter did not behave as the bench expects');
		}

		rows.push(row(`bare JSON.parse × ${EVENTS} (${body.length} B body)`, bare, undefined, perSecond(EVENTS, bare.ms)));
		rows.push(row(`webhook(): matching event × ${EVENTS}`, matching, bare, perSecond(EVENTS, matching.ms)));
		rows.push(row(`webhook(): non-matching event × ${EVENTS}`, dropped, bare, perSecond(EVENTS, dropped.ms)));

		const plain = await measure(() => repeat(ENRICHED_EVENTS, () => filtered.call(body)));
		sandbox.resetStats();
		const enriched = await measure(() => repeat(ENRICHED_EVENTS, () => enriching.call(body)));
		const { result } = await enriching.call(body);
		const item = result.workflowData[0][0].json;
		if (!item.record) throw new Error(`Trigger bench: no record loaded (${item.recordError})`);
		const addedMs = (enriched.ms - plain.ms) / ENRICHED_EVENTS;

		rows.push(row(`webhook(): Customer Create × ${ENRICHED_EVENTS}, record not loaded`, plain, undefined, perSecond(ENRICHED_EVENTS, plain.ms)));
		rows.push(
			row(
				`webhook(): Customer Create × ${ENRICHED_EVENTS}, Include Full Record`,
				enriched,
				plain,
				`+${addedMs.toFixed(2)} ms per event; ${sandbox.stats.tokenCalls} token calls`,
			),
		);
	} finally {
		await sandbox.stop();
	}
	return rows;
}

module.exports = { benchTrigger };

if (require.main === module) {
	benchTrigger().then(
		(rows) => console.table(rows),
		(error) => {
			console.error(error);
			process.exitCode = 1;
		},
	);
}
