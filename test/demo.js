'use strict';
// `npm run demo`: starts the Venio sandbox and runs the example workflow that `npm start` imports
// into a real n8n (examples/customer-and-deals.json: create a customer, get it
// back, list deals) through n8n-core's real engine with the Venio API credential; prints what came
// back, then stops.
const fs = require('node:fs');
const path = require('node:path');

const { startSandbox } = require('./sandbox');
const { Engine } = require('./harness/engine');

const EXAMPLE = path.join(__dirname, '..', 'examples', 'customer-and-deals.json');

async function main() {
	const sandbox = await startSandbox();
	console.log(`Venio sandbox listening on ${sandbox.url}`);
	try {
		const engine = new Engine();
		const credentials = engine.addVenioCredential(sandbox.credentials);
		const workflow = JSON.parse(fs.readFileSync(EXAMPLE, 'utf8'));
		for (const node of workflow.nodes) if (node.credentials?.venioApi) node.credentials = credentials;
		console.log(`Running "${workflow.name}" through n8n-core's WorkflowExecute`);
		const result = await engine.run(workflow);
		if (result.error) throw result.error;
		for (const node of workflow.nodes.slice(1)) {
			const items = result.items[node.name] ?? [];
			console.log(`\n${node.name}: ${items.length} item(s)`);
			for (const item of items.slice(0, 5)) console.log(`  ${JSON.stringify(item)}`);
		}
		const calls = sandbox.stats.requests.map((r) => `${r.method} ${r.path} → ${r.status}`);
		console.log(`\nVenio calls (token calls: ${sandbox.stats.tokenCalls}):\n  ${calls.join('\n  ')}`);
	} finally {
		await sandbox.stop();
	}
}

main().catch((error) => {
	console.error(`Demo failed: ${error.message}${error.description ? `\n${error.description}` : ''}`);
	process.exitCode = 1;
});
