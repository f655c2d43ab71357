'use strict';
/**
 * End to end, in a real n8n 2.41.1 (installed by host.js into ~/.cache/n8n-nodes-venio) with the
 * package installed from its `npm pack` tarball the way n8n installs community packages, against
 * the Venio sandbox (test/sandbox).
 *
 *   npx jest -c test/n8n/jest.config.js
 *
 * The first run installs n8n (about 4 minutes); later runs start in about 30 seconds.
 */
const fs = require('fs');
const path = require('path');

const { ensureN8n } = require('./host');
const { buildAndPack, ROOT } = require('./pack');
const { startN8n } = require('./instance');
const { startVenio, venioCredentialData, credentialFieldNames } = require('./venio');
const { scanPackage } = require('./scan');
const wf = require('./workflows');

const VENIO = 'n8n-nodes-venio.venio';
const VENIO_TRIGGER = 'n8n-nodes-venio.venioTrigger';

let paths;
let pack;
let venio;
let n8n;
let credential;

/** Stats of the sandbox (token calls etc.), or undefined against a real tenant. */
const stats = async () => (venio.admin ? venio.admin.stats() : undefined);
const tokenCalls = async () => (await stats()).tokenCalls;

/**
 * Whether the editor lists a credential type in the HTTP Request node's "Predefined Credential
 * Type" dropdown: the filter of n8n 2.41's editor for that parameter (credentialTypes
 * ['extends:oAuth2Api', 'extends:oAuth1Api', 'has:authenticate']), applied to what
 * /types/credentials.json serves. Returns true, or why not.
 */
function offeredByHttpRequestNode(type) {
	if (type.hidden) return `${type.name} is hidden`;
	if (type.restrictToSupportedNodes) return `${type.name} is restricted to its own nodes`;
	if ((type.extends || []).some((parent) => ['oAuth2Api', 'oAuth1Api'].includes(parent)))
		return true;
	if (type.authenticate === undefined) {
		return (
			`${type.name} has no "authenticate" in /types/credentials.json, so the HTTP Request node does not offer it. ` +
			'Declare authenticate as an instance property (an IAuthenticateGeneric object, or a function-valued ' +
			'class field `authenticate = async (credentials, requestOptions) => …`), not as a class method: ' +
			'n8n copies credential types with object spread, which drops prototype methods.'
		);
	}
	if (type.genericAuth === true) return `${type.name} is marked genericAuth`;
	return true;
}

/**
 * Token calls for the first execution with a credential that has no token stored yet: one, or
 * none when this n8n process already fetched a token for the same values (the tests above use
 * the same sandbox credentials; see nodes/shared/transport/token.ts).
 */
function expectColdStart(calls) {
	expect(calls).toBeLessThanOrEqual(1);
}

async function runOk(workflowId, options) {
	const execution = await n8n.runManual(workflowId, options);
	const error = n8n.executionError(execution);
	if (execution.status !== 'success' || error) {
		throw new Error(
			`execution ${execution.id} ended ${execution.status}: ${JSON.stringify(error)}\n` +
				`n8n log tail:\n${n8n.logTail().slice(-2000)}`,
		);
	}
	return execution;
}

beforeAll(async () => {
	paths = await ensureN8n();
	pack = buildAndPack();
	venio = await startVenio();
	n8n = await startN8n({ packageTarball: pack.tarball });
	credential = await n8n.createCredential({
		name: 'Venio sandbox',
		type: 'venioApi',
		data: venioCredentialData(venio),
	});
});

afterAll(async () => {
	if (n8n) await n8n.stop();
	if (venio) await venio.stop();
	if (pack) pack.cleanup();
});

describe('the package in n8n', () => {
	test('n8n loads both nodes and the Venio API credential from the installed tarball', async () => {
		const nodeTypes = await n8n.nodeTypes();
		const names = nodeTypes.map((type) => type.name);
		expect(names).toContain(VENIO);
		expect(names).toContain(VENIO_TRIGGER);

		const credentialTypes = await n8n.credentialTypes();
		const venioApi = credentialTypes.find((type) => type.name === 'venioApi');
		expect(venioApi).toBeDefined();
		expect(venioApi.displayName).toBe('Venio API');
		expect(venioApi.supportedNodes).toContain(VENIO);
		// The HTTP Request node must offer it under "Predefined Credential Type".
		const offered = offeredByHttpRequestNode(venioApi);
		if (offered !== true) throw new Error(offered);
		const fields = credentialFieldNames();
		const propertyNames = venioApi.properties.map((property) => property.name);
		for (const name of Object.values(fields)) expect(propertyNames).toContain(name);
		expect(venioApi.properties.find((p) => p.name === 'accessToken')).toMatchObject({
			type: 'hidden',
			typeOptions: expect.objectContaining({ expirable: true }),
		});

		// Nothing of the package failed to load.
		expect(n8n.logTail()).not.toMatch(/n8n-nodes-venio[^\n]*(error|failed)/i);
	});

	test('the credential test passes with the right values', async () => {
		const result = await n8n.testCredential({
			id: credential.id,
			name: credential.name,
			type: 'venioApi',
			data: venioCredentialData(venio),
		});
		expect(result).toEqual(expect.objectContaining({ status: 'OK' }));
	});

	test('the credential test fails with a clear message for a wrong secret', async () => {
		const fields = credentialFieldNames();
		const wrong = await n8n.createCredential({
			name: 'Venio wrong secret',
			type: 'venioApi',
			data: venioCredentialData(venio, { [fields.clientSecret]: 'not-the-secret' }),
		});
		const result = await n8n.testCredential({
			id: wrong.id,
			name: wrong.name,
			type: 'venioApi',
			data: venioCredentialData(venio, { [fields.clientSecret]: 'not-the-secret' }),
		});
		expect(result.status).toBe('Error');
		expect(result.message).toMatch(/Client (ID|Secret)/i);
		expect(result.message).not.toContain('not-the-secret');
	});

	test('the credential test names the subscription key when that is wrong', async () => {
		if (!venio.admin) return; // a real tenant's gateway words this its own way
		const fields = credentialFieldNames();
		const data = venioCredentialData(venio, { [fields.subscriptionKey]: 'not-the-key' });
		const wrong = await n8n.createCredential({ name: 'Venio wrong key', type: 'venioApi', data });
		const result = await n8n.testCredential({
			id: wrong.id,
			name: wrong.name,
			type: 'venioApi',
			data,
		});
		expect(result.status).toBe('Error');
		expect(result.message).toMatch(/subscription key/i);
		expect(result.message).not.toContain('not-the-key');
	});

	test('the HTTP Request node calls Venio with the Venio API credential (token fetched once, refreshed after expiry)', async () => {
		// A credential of its own, with no token stored yet.
		const own = await n8n.createCredential({
			name: 'Venio for the HTTP Request node',
			type: 'venioApi',
			data: venioCredentialData(venio),
		});
		const workflow = await n8n.createWorkflow(
			wf.chain('HTTP Request with the Venio API credential', [
				wf.manualTrigger(),
				wf.httpWithVenioCredential('Units', own, { url: `${venio.baseUrl}/v1/products/units` }),
			]),
		);
		const before = venio.admin ? await tokenCalls() : 0;
		const first = await runOk(workflow.id);
		const items = n8n.nodeItems(first, 'Units');
		expect(items.length).toBeGreaterThan(0);
		const cold = venio.admin ? (await tokenCalls()) - before : 0;
		await runOk(workflow.id);
		if (!venio.admin) return;
		expectColdStart(cold);
		// The token is kept in the credential between executions.
		expect((await tokenCalls()) - before).toBe(cold);
		// The sandbox forgets its tokens: the call answers 401, n8n runs preAuthentication again
		// and retries once.
		await venio.admin.expireTokens();
		await runOk(workflow.id);
		expect((await tokenCalls()) - before).toBe(cold + 1);
	});
});

describe('the packed tarball', () => {
	test('passes the lint rules of n8n’s community package scanner (@n8n/scan-community-package)', async () => {
		const result = await scanPackage({
			scannerDir: paths.scannerDir,
			unpackedDir: pack.unpackedDir,
			sourceDir: ROOT,
		});
		if (!result.passed) throw new Error(result.report);
		expect(result.passed).toBe(true);
	});

	test('holds only dist/, index.js and the package files, with no runtime dependencies', () => {
		const manifest = JSON.parse(
			fs.readFileSync(path.join(pack.unpackedDir, 'package.json'), 'utf8'),
		);
		expect(Object.keys(manifest.dependencies || {})).toEqual([]);
		for (const file of pack.files) {
			expect(file).toMatch(
				/^(dist\/|index\.js$|package\.json$|README\.md$|CHANGELOG\.md$|LICENSE(\.md)?$)/,
			);
		}
	});
});

// ---------------------------------------------------------------------------------------------
// NODE CASES: the Venio node and the Venio Trigger in n8n.
// ---------------------------------------------------------------------------------------------
describe('the Venio node in n8n', () => {
	test('fetches the token once across two executions, and again after the sandbox expires it', async () => {
		const own = await n8n.createCredential({
			name: 'Venio for the token test',
			type: 'venioApi',
			data: venioCredentialData(venio),
		});
		const workflow = await n8n.createWorkflow(
			wf.chain('Venio node token reuse', [
				wf.manualTrigger(),
				wf.venioNode('Customers', own, {
					resource: 'customer',
					operation: 'getMany',
					customerType: 11300,
					returnAll: false,
					limit: 5,
				}),
			]),
		);
		const before = venio.admin ? await tokenCalls() : 0;
		const first = await runOk(workflow.id);
		expect(n8n.nodeItems(first, 'Customers').length).toBeGreaterThan(0);
		const cold = venio.admin ? (await tokenCalls()) - before : 0;
		await runOk(workflow.id);
		if (!venio.admin) return;
		expectColdStart(cold);
		expect((await tokenCalls()) - before).toBe(cold);
		await venio.admin.expireTokens();
		const third = await runOk(workflow.id);
		expect(n8n.nodeItems(third, 'Customers').length).toBeGreaterThan(0);
		expect((await tokenCalls()) - before).toBe(cold + 1);
	});

	test('the example workflow creates a customer, gets it back and lists deals', async () => {
		const workflow = await n8n.createWorkflow(
			wf.loadExample('customer-and-deals.json', { venioApi: credential }),
		);
		const execution = await runOk(workflow.id);
		const [created] = n8n.nodeItems(execution, 'Create customer');
		expect(created.customerCode).toEqual(expect.any(String));
		expect(created.customerName).toMatch(/^n8n example /);
		const fetched = n8n.nodeItems(execution, 'Get customer');
		expect(fetched).toHaveLength(1);
		expect(fetched[0]).toMatchObject({
			customerCode: created.customerCode,
			customerName: created.customerName,
		});
		if (venio.admin) {
			const customers = await venio.admin.records('customers');
			expect(customers.find((c) => c.customerCode === created.customerCode)).toMatchObject({
				customerName: created.customerName,
			});
		}
		const deals = n8n.nodeItems(execution, 'List deals');
		expect(deals.length).toBeGreaterThan(0);
		expect(deals.length).toBeLessThanOrEqual(10);
		for (const deal of deals) expect(deal).toHaveProperty('dealNo');
	});
});

describe('the Venio Trigger in n8n (examples/new-customer-follow-up.json)', () => {
	const TRIGGER_NODE = 'New customer in Venio';
	const SECRET = 'e2e-webhook-secret';
	let workflow;
	let hookUrl;

	/** Makes the sandbox POST a Venio-shaped webhook to the trigger; resolves to n8n's answer. */
	const send = (topic, event, token = SECRET, extra = {}) =>
		venio.admin.sendWebhook({
			url: `${hookUrl}?token=${encodeURIComponent(token)}`,
			topic,
			event,
			...extra,
		});

	/** Finished executions of the trigger workflow (newest first). */
	const executions = async () => (await n8n.executions(workflow.id)).filter((e) => e.stoppedAt);

	beforeAll(async () => {
		if (!venio.admin) return;
		const triggerCredential = await n8n.createCredential({
			name: 'Venio webhook secret (e2e)',
			type: 'venioTriggerAuthApi',
			data: { secret: SECRET },
		});
		const example = wf.loadExample('new-customer-follow-up.json', {
			venioApi: credential,
			venioTriggerAuthApi: triggerCredential,
		});
		example.name = 'Venio Trigger (e2e)';
		const trigger = example.nodes.find((node) => node.type === VENIO_TRIGGER);
		trigger.webhookId = require('crypto').randomUUID();
		workflow = await n8n.createWorkflow(example);
		await n8n.activate(workflow.id);
		const hookPath = `${trigger.webhookId}/webhook`;
		await n8n.waitForWebhook(hookPath);
		hookUrl = n8n.webhookUrl(hookPath);
	});

	test('runs the workflow once per matching webhook, and not for another topic or event', async () => {
		if (!venio.admin) return; // needs the sandbox to send webhooks
		expect((await send('Quotation', 'Create')).status).toBe(200);
		expect((await send('Customer', 'Edit')).status).toBe(200);
		expect((await send('Customer', 'Create')).status).toBe(200);
		expect((await send('Customer', 'Create')).status).toBe(200);
		const list = await n8n.waitForExecutions(workflow.id, 2);
		// Webhooks are handled in the order sent: the ignored ones were answered before the
		// matching ones ran. Give a straggler a moment to show up anyway.
		await new Promise((resolve) => setTimeout(resolve, 1500));
		expect(await executions()).toHaveLength(2);
		for (const execution of list) {
			const [item] = n8n.nodeItems(execution, TRIGGER_NODE);
			expect(item).toMatchObject({ topic: 'Customer', event: 'Create' });
		}
	});

	test('answers 401 to a wrong secret, and runs nothing', async () => {
		if (!venio.admin) return;
		const before = (await executions()).length;
		const answer = await send('Customer', 'Create', 'not-the-secret');
		expect(answer.status).toBe(401);
		await new Promise((resolve) => setTimeout(resolve, 1500));
		expect(await executions()).toHaveLength(before);
	});

	test('the example loads the new customer and leaves a follow-up task for it in Venio', async () => {
		if (!venio.admin) return;
		const [latest] = await n8n.waitForExecutions(workflow.id, 1);
		const execution = await n8n.execution(latest.id);
		const [item] = n8n.nodeItems(execution, TRIGGER_NODE);
		const code = item.data.CustomerCode || item.data.customerCode;
		expect(code).toEqual(expect.any(String));
		expect(item.record).toMatchObject({ customerCode: code });
		const [task] = n8n.nodeItems(execution, 'Create follow-up task');
		const stored = (await venio.admin.records('tasks')).find((t) => t.taskId === task.taskId);
		expect(stored).toMatchObject({
			subject: `Welcome call: ${item.record.customerName}`,
			customerCode: code,
		});
	});
});

describe('the example workflows of examples/, imported and run, leave their records in Venio', () => {
	const load = (file) => wf.loadExample(file, { venioApi: credential });
	const records = (collection) => venio.admin.records(collection);

	test('stale-deals.json creates a task for each open deal of the board unchanged for staleDays', async () => {
		if (!venio.admin) return;
		const example = load('stale-deals.json');
		const settings = example.nodes.find((node) => node.name === 'Settings').parameters;
		const [boardId, staleDays] = settings.assignments.assignments.map((a) => a.value);
		const cutoff = Date.now() - staleDays * 24 * 3600 * 1000;
		const stale = (await records('deals')).filter(
			(deal) =>
				deal.boardId === boardId &&
				deal.statusName === 'Open' &&
				Date.parse(deal.dateModified.replace(/(\d\d)(\d\d)$/, '$1:$2')) < cutoff,
		);
		expect(stale.length).toBeGreaterThan(0);
		const before = new Set((await records('tasks')).map((task) => task.taskId));
		const workflow = await n8n.createWorkflow(example);
		await runOk(workflow.id, { triggerName: 'Every morning' });
		const created = (await records('tasks')).filter((task) => !before.has(task.taskId));
		expect(created.map((task) => [task.subject, task.customerCode]).sort()).toEqual(
			stale
				.map((deal) => [`Stale deal ${deal.dealNo}: ${deal.dealsName}`, deal.customerCode])
				.sort(),
		);
	});

	test('webhook-customer-and-deal.json: a posted lead becomes a customer with a deal', async () => {
		if (!venio.admin) return;
		const workflow = await n8n.createWorkflow(load('webhook-customer-and-deal.json'));
		await n8n.activate(workflow.id);
		try {
			await n8n.waitForWebhook('venio-new-lead');
			const lead = {
				company: `Lead ${Date.now()} Co., Ltd.`,
				interest: 'CRM licences',
				budget: 50000,
			};
			const answer = await fetch(n8n.webhookUrl('venio-new-lead'), {
				method: 'POST',
				headers: { 'content-type': 'application/json' },
				body: JSON.stringify(lead),
			});
			expect(answer.status).toBe(200);
			const deal = await answer.json();
			const customer = (await records('customers')).find((c) => c.customerName === lead.company);
			expect(customer).toBeDefined();
			const stored = (await records('deals')).find((d) => d.dealNo === deal.dealNo);
			expect(stored).toMatchObject({
				dealsName: lead.interest,
				dealsValue: lead.budget,
				customerCode: customer.customerCode,
			});
		} finally {
			await n8n.deactivate(workflow.id);
		}
	});

	test("nightly-stock-update.json adds each listed quantity to the product's stock", async () => {
		if (!venio.admin) return;
		const stock = async () =>
			Object.fromEntries((await records('products')).map((p) => [p.productCode, p.qty]));
		const before = await stock();
		const workflow = await n8n.createWorkflow(load('nightly-stock-update.json'));
		await runOk(workflow.id, { triggerName: 'Every night' });
		const after = await stock();
		expect(after.PD001 - before.PD001).toBe(5);
		expect(after.PD002 - before.PD002).toBe(12);
	});
});
