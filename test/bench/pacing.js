'use strict';
// How quiet a run keeps while the gateway says "not now": requests that reach the sandbox during a
// Retry-After. Only requests already in flight when the 429 came back should; the run's pacer holds
// the rest. These are timing observations (a loaded machine moves them), so they are printed here
// rather than asserted in the unit suite, where pacer.test.js proves every request waits a pause.
const { startSandbox } = require('../sandbox');
const { Engine, getByCode, venioWorkflow } = require('../harness/engine');

const PARALLEL = 8;

function getMany(sandbox, credentials, codes) {
	return venioWorkflow({
		items: codes.map((code) => ({ code })),
		credentials,
		parameters: getByCode({ options: { parallelRequests: PARALLEL } }),
	});
}

/** Requests that started within `from`..`to` ms after each refusal's answer left. */
function startedAfter(calls, refusals, from, to) {
	return refusals.map(
		(refusal) => calls.filter((c) => c.start > refusal.end + from && c.start < refusal.end + to).length,
	);
}

async function benchPacing() {
	const sandbox = await startSandbox({ seed: { customers: 120 } });
	const rows = [];
	try {
		const engine = new Engine();
		const credentials = engine.addVenioCredential(sandbox.credentials);
		const codes = sandbox.state.customers.order;
		const calls = () => sandbox.stats.requests.filter((r) => r.operationId !== 'authorizationToken');

		sandbox.network({ latencyMs: 10 });
		sandbox.faults.add({ path: `/v3/customers/${codes[20]}`, kind: '429', retryAfter: 2 });
		sandbox.resetStats();
		await engine.run(getMany(sandbox, credentials, codes.slice(0, 60)));
		const one = calls().filter((c) => c.status === 429);
		rows.push({
			case: 'one 429 (Retry-After 2 s), 60 items',
			'arrived in the first 1 s': startedAfter(calls(), one, 0, 1000).join(', '),
			'arrived in 1–2 s': startedAfter(calls(), one, 1000, 2000).join(', '),
			expected: `at most ${PARALLEL - 1}, then 0`,
		});

		sandbox.network({ latencyMs: 5, rateLimit: 15 });
		sandbox.resetStats();
		await engine.run(getMany(sandbox, credentials, codes.slice(0, 50)));
		const storm = calls().filter((c) => c.status === 429);
		const late = startedAfter(calls(), storm, 500, 1000);
		rows.push({
			case: `429 storm under 15/s (${storm.length} refusals, Retry-After 1 s)`,
			'arrived in the first 1 s': startedAfter(calls(), storm, 0, 500).reduce((a, b) => a + b, 0),
			'arrived in 1–2 s': `${late.reduce((a, b) => a + b, 0)} in the second half-second`,
			expected: '0 in the second half-second',
		});
	} finally {
		await sandbox.stop();
	}
	return rows;
}

function printPacing(rows) {
	console.log('\nPacing under rate limits (requests reaching Venio during a Retry-After)');
	console.table(rows);
}

module.exports = { benchPacing, printPacing };
