'use strict';
// `npm run demo`: starts the Venio sandbox, runs one workflow through n8n-core's real engine with the
// Venio API credential (create a customer, get it back, list deals), prints what came back, stops.
const { startSandbox } = require('./sandbox');
const { Engine } = require('./harness/engine');
const { demoWorkflow } = require('./demo-workflow');

async function main() {
	const sandbox = await startSandbox();
	console.log(`Venio sandbox listening on ${sandbox.url}`);
	try {
		const engine = new Engine();
		const credentials = engine.addVenioCredential(sandbox.credentials);
		const result = await engine.run(demoWorkflow(credentials));
		if (result.error) throw result.error;
		for (const [node, items] of Object.entries(result.items)) {
			console.log(`\n${node}: ${items.length} item(s)`);
			for (const item of items.slice(0, 5)) console.log(`  ${JSON.stringify(item)}`);
		}
		console.log(
			`\nVenio calls: ${sandbox.stats.requests.length} (token calls: ${sandbox.stats.tokenCalls})`,
		);
	} finally {
		await sandbox.stop();
	}
}

main().catch((error) => {
	console.error(`Demo failed: ${error.message}${error.description ? `\n${error.description}` : ''}`);
	process.exitCode = 1;
});
