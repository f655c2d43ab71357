'use strict';
/**
 * `npm start`: the package in a real n8n, ready to click through.
 *
 *   1. installs n8n 2.41.1 + Node 24 into ~/.cache/n8n-nodes-venio (first run only, minutes);
 *   2. builds and packs the package, installs the tarball as a community package;
 *   3. starts the Venio sandbox (or uses a real tenant: VENIO_BASE_URL, VENIO_CLIENT_ID,
 *      VENIO_CLIENT_SECRET, VENIO_SUBSCRIPTION_KEY);
 *   4. starts n8n on http://127.0.0.1:5678 (N8N_PORT), creates the owner, a "Venio API" credential
 *      and imports the example workflows of examples/ (the Venio Trigger ones active);
 *   5. prints the editor URL, the login, the trigger's webhook URL and a command that makes the
 *      sandbox send it a webhook; Ctrl-C stops everything it started.
 *
 * `npm start -- --queue`: the same in n8n's queue mode (test/n8n/queue/cluster.js): PostgreSQL and
 * Redis (installed with apt-get when missing, as root), a main process on N8N_PORT, two workers and
 * a webhook processor on N8N_WEBHOOK_PORT (default 5690), which the trigger's webhook URL points at.
 *
 * Options (environment): N8N_PORT, VENIO_SANDBOX_PORT, VENIO_N8N_USER_FOLDER (keep n8n's data
 * there between runs; default: a temp folder removed on exit), VENIO_N8N_SKIP_BUILD=1,
 * VENIO_N8N_VERBOSE=1 (n8n's own output on the terminal).
 */
const crypto = require('crypto');
const fs = require('fs');
const path = require('path');

const { ensureN8n } = require('./host');
const { buildAndPack, ROOT } = require('./pack');
const { startN8n } = require('./instance');
const { startQueueCluster } = require('./queue/cluster');
const { startVenio, venioCredentialData } = require('./venio');
const { credentialRef } = require('./workflows');

const EXAMPLES_DIR = path.join(ROOT, 'examples');

function say(message = '') {
	process.stdout.write(`${message}\n`);
}
function progress(message) {
	process.stderr.write(`[start] ${message}\n`);
}

/** Example workflows, with the credential types their nodes use and whether n8n knows the nodes. */
function readExamples() {
	if (!fs.existsSync(EXAMPLES_DIR)) return [];
	return fs
		.readdirSync(EXAMPLES_DIR)
		.filter((file) => file.endsWith('.json'))
		.sort()
		.map((file) => ({
			file,
			workflow: JSON.parse(fs.readFileSync(path.join(EXAMPLES_DIR, file), 'utf8')),
		}));
}

const QUEUE_MODE = process.argv.includes('--queue');

const VENIO_TRIGGER = 'n8n-nodes-venio.venioTrigger';
const WEBHOOK = 'n8n-nodes-base.webhook';

/** The production URL of each webhook (Venio Trigger or n8n Webhook node) in a stored workflow. */
function triggerWebhooks(n8n, workflow) {
	return workflow.nodes
		.filter((node) => [VENIO_TRIGGER, WEBHOOK].includes(node.type) && node.webhookId)
		.map((node) => {
			const hookPath = node.type === WEBHOOK ? node.parameters.path : `${node.webhookId}/webhook`;
			return { node, path: hookPath, url: n8n.webhookUrl(hookPath) };
		});
}

async function main() {
	const started = Date.now();
	const stack = [];
	let stopping = false;
	async function shutdown(code) {
		if (stopping) return;
		stopping = true;
		progress('stopping…');
		while (stack.length) {
			const stop = stack.pop();
			try {
				await stop();
			} catch (error) {
				progress(`while stopping: ${error.message}`);
			}
		}
		progress('stopped');
		process.exit(code);
	}
	process.on('SIGINT', () => shutdown(0));
	process.on('SIGTERM', () => shutdown(0));

	try {
		progress(
			'checking the n8n install (the first run installs n8n 2.41.1 and Node 24: several minutes)',
		);
		await ensureN8n();

		progress('building and packing the package');
		const pack = buildAndPack({ log: progress });
		stack.push(async () => pack.cleanup());

		const venio = await startVenio({
			port: Number(process.env.VENIO_SANDBOX_PORT || 0),
			log: process.env.VENIO_N8N_VERBOSE ? progress : () => {},
		});
		stack.push(() => venio.stop());
		progress(
			venio.real
				? `using the Venio tenant at ${venio.baseUrl}`
				: `Venio sandbox on ${venio.baseUrl}`,
		);

		let n8n;
		let cluster;
		if (QUEUE_MODE) {
			progress('queue mode: PostgreSQL, Redis, main, 2 workers, 1 webhook processor');
			cluster = await startQueueCluster({
				packageTarball: pack.tarball,
				mainPort: Number(process.env.N8N_PORT || 5678),
				webhookPort: Number(process.env.N8N_WEBHOOK_PORT || 5690),
				tagRequests: false,
				echo: !!process.env.VENIO_N8N_VERBOSE,
				log: progress,
			});
			stack.push(() => cluster.stop());
			// The trigger's webhooks are served by the webhook processor, not by the main process.
			n8n = Object.assign(Object.create(cluster.main), {
				webhookUrl: cluster.webhooks[0].webhookUrl,
				waitForWebhook: cluster.webhooks[0].waitForWebhook,
			});
		} else {
			const userFolder = process.env.VENIO_N8N_USER_FOLDER
				? path.resolve(process.env.VENIO_N8N_USER_FOLDER)
				: undefined;
			if (userFolder) fs.mkdirSync(userFolder, { recursive: true });
			n8n = await startN8n({
				port: Number(process.env.N8N_PORT || 5678),
				userFolder,
				packageTarball: pack.tarball,
				echo: !!process.env.VENIO_N8N_VERBOSE,
				log: progress,
			});
			stack.push(() => n8n.stop());
		}

		// Credentials: reuse ones of the same name (a kept user folder), else create them.
		const existing = await n8n.rest('GET', '/credentials');
		const findCredential = (name, type) => existing.find((c) => c.name === name && c.type === type);
		const credentialName = venio.real ? 'Venio API' : 'Venio API (sandbox)';
		let venioCredential = findCredential(credentialName, 'venioApi');
		if (venioCredential) {
			await n8n.rest('PATCH', `/credentials/${venioCredential.id}`, {
				name: credentialName,
				type: 'venioApi',
				data: venioCredentialData(venio),
			});
		} else {
			venioCredential = await n8n.createCredential({
				name: credentialName,
				type: 'venioApi',
				data: venioCredentialData(venio),
			});
		}
		const credentialTest = await n8n.testCredential({
			id: venioCredential.id,
			name: credentialName,
			type: 'venioApi',
			data: venioCredentialData(venio),
		});

		const credentialTypes = (await n8n.credentialTypes()).map((type) => type.name);
		let webhookSecret;
		let triggerCredential;
		if (credentialTypes.includes('venioTriggerAuthApi')) {
			triggerCredential = findCredential('Venio webhook secret', 'venioTriggerAuthApi');
			webhookSecret = process.env.VENIO_WEBHOOK_SECRET || crypto.randomBytes(12).toString('hex');
			const data = { secret: webhookSecret };
			if (triggerCredential) {
				await n8n.rest('PATCH', `/credentials/${triggerCredential.id}`, {
					name: 'Venio webhook secret',
					type: 'venioTriggerAuthApi',
					data,
				});
			} else {
				triggerCredential = await n8n.createCredential({
					name: 'Venio webhook secret',
					type: 'venioTriggerAuthApi',
					data,
				});
			}
		}
		const credentialsByType = { venioApi: venioCredential, venioTriggerAuthApi: triggerCredential };

		// Example workflows whose nodes this n8n has.
		const nodeTypes = new Set((await n8n.nodeTypes()).map((type) => type.name));
		const storedWorkflows = (await n8n.api('GET', '/workflows?limit=250')).data;
		const imported = [];
		const skipped = [];
		for (const { file, workflow } of readExamples()) {
			const missing = workflow.nodes
				.map((node) => node.type)
				.filter((type) => !nodeTypes.has(type));
			if (missing.length) {
				skipped.push(`${file} (n8n has no ${[...new Set(missing)].join(', ')})`);
				continue;
			}
			for (const node of workflow.nodes) {
				for (const type of Object.keys(node.credentials || {})) {
					if (credentialsByType[type])
						node.credentials[type] = credentialRef(credentialsByType[type]);
				}
			}
			let stored = storedWorkflows.find((candidate) => candidate.name === workflow.name);
			if (stored) {
				if (stored.active) await n8n.deactivate(stored.id);
				stored = await n8n.updateWorkflow(stored.id, workflow);
			} else {
				stored = await n8n.createWorkflow(workflow);
			}
			const hasTrigger = triggerWebhooks(n8n, stored).length > 0;
			if (hasTrigger) {
				await n8n.activate(stored.id);
				for (const hook of triggerWebhooks(n8n, stored)) await n8n.waitForWebhook(hook.path);
			}
			imported.push({ file, stored, active: hasTrigger });
		}

		const seconds = Math.round((Date.now() - started) / 1000);
		say('');
		say(`n8n ${n8n.paths.version} with n8n-nodes-venio is running (ready in ${seconds} s).`);
		say('');
		say(`  Editor:    ${n8n.editorUrl}`);
		say(`  Login:     ${n8n.owner.email} / ${n8n.owner.password}`);
		say(`  API key:   ${n8n.apiKey}`);
		say(`  Venio:     ${venio.real ? 'real tenant' : 'sandbox'} at ${venio.baseUrl}`);
		say(
			`  Credential "${credentialName}": ${credentialTest.status === 'OK' ? 'tested OK' : `test FAILED: ${credentialTest.message}`}`,
		);
		if (webhookSecret)
			say(`  Webhook secret (credential "Venio webhook secret"): ${webhookSecret}`);
		say(`  n8n log:   ${n8n.logFile}`);
		if (cluster) {
			say(
				`  Queue mode: PostgreSQL 127.0.0.1:${cluster.postgres.port}, Redis 127.0.0.1:${cluster.redis.port}`,
			);
			for (const worker of cluster.workers) say(`    ${worker.name} log: ${worker.logFile}`);
			for (const processor of cluster.webhooks)
				say(`    ${processor.name}: ${processor.baseUrl} (log ${processor.logFile})`);
		}
		say('');
		if (imported.length) {
			say('  Workflows:');
			for (const { stored, active } of imported) {
				say(`    ${stored.name}${active ? ' (active)' : ''}: ${n8n.baseUrl}/workflow/${stored.id}`);
			}
		} else {
			say('  No example workflows imported yet.');
		}
		for (const entry of skipped) say(`    skipped ${entry}`);

		for (const { stored } of imported) {
			for (const hook of triggerWebhooks(n8n, stored)) {
				say('');
				say(`  "${stored.name}" webhook (production): ${hook.url}`);
				if (hook.node.type === WEBHOOK) {
					say('  Post a lead to it:');
					say(
						`    curl -X POST ${hook.url} -H 'content-type: application/json' -d '{"company":"Acme Co., Ltd.","interest":"CRM licences","budget":50000}'`,
					);
				} else if (!venio.real) {
					const auth = hook.node.parameters && hook.node.parameters.authentication;
					const query =
						webhookSecret && (!auth || /query/i.test(auth))
							? ` --query token=${webhookSecret}`
							: '';
					say('  Make the sandbox send it a Customer/Create webhook:');
					say(
						`    node ${path.relative(process.cwd(), path.join(ROOT, 'test', 'sandbox', 'cli.js'))} send-webhook --sandbox ${venio.baseUrl} --to ${hook.url} --topic Customer --event Create${query}`,
					);
				}
			}
		}
		say('');
		say('Ctrl-C stops n8n and the sandbox.');
	} catch (error) {
		progress(`failed: ${error.stack || error.message}`);
		await shutdown(1);
	}
}

main();
