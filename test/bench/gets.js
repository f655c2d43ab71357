'use strict';
// One process of the bounds bench (bounds.js): 1,000 gets through the Venio node of the build that
// VENIO_PACKAGE_ROOT names (this checkout's when unset), ROUNDS times; prints each round's ms as JSON.
const { startSandbox } = require('../sandbox');
const { Engine, getByCode, venioWorkflow } = require('../harness/engine');

const ITEMS = Number(process.env.BENCH_ITEMS ?? 1000);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);

async function main() {
	const sandbox = await startSandbox({ seed: { customers: ITEMS } });
	try {
		const engine = new Engine();
		const credentials = engine.addVenioCredential(sandbox.credentials);
		const codes = [...sandbox.state.customers.keys()];
		const workflow = (items) =>
			venioWorkflow({
				items: items.map((code) => ({ code })),
				credentials,
				parameters: getByCode(),
			});
		await engine.run(workflow(codes.slice(0, 10))); // warm-up, and the token
		const times = [];
		for (let round = 0; round < ROUNDS; round++) {
			const started = process.hrtime.bigint();
			const result = await engine.run(workflow(codes));
			if (result.error || result.items.Venio.length !== codes.length) throw new Error('a get failed');
			times.push(Number(process.hrtime.bigint() - started) / 1e6);
		}
		process.stdout.write(`\nBENCH_RESULT ${JSON.stringify(times)}\n`);
	} finally {
		await sandbox.stop();
	}
}

main().catch((error) => {
	console.error(error);
	process.exitCode = 1;
});
