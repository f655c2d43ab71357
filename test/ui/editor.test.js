'use strict';
/**
 * What a new user meets in the n8n editor, in a real browser: headless Chromium (Debian's package)
 * driven by puppeteer-core, against the real n8n 2.41.1 of the e2e suite with the package
 * installed from its tarball, and the Venio sandbox.
 *
 *   npm run test:ui
 *
 * Every step saves a screenshot under test-results/ui/; a failing step names its screenshot.
 */
const crypto = require('crypto');
const path = require('path');

const { ensureN8n } = require('../n8n/host');
const { buildAndPack } = require('../n8n/pack');
const { startN8n } = require('../n8n/instance');
const { startVenio, venioCredentialData, credentialFieldNames } = require('../n8n/venio');
const { DEAL_BOARDS, DEAL_STAGES } = require('../sandbox/catalog');
const { ensureChromium, launchBrowser, stepRecorder } = require('./browser');
const { editor } = require('./editor');

const README_SCREENSHOT = path.join(__dirname, '..', '..', 'docs', 'images', 'venio-node.png');

const log = (message) => process.stderr.write(`[ui] ${message}\n`);

/** The node creator lists an operation by its action text, read from the built node. */
const actionOf = (resource, operation) =>
	require('../../dist/nodes/Venio/actions')
		.RESOURCES.find((r) => r.value === resource)
		.actions.find((a) => a.value === operation).action;

let pack;
let venio;
let n8n;
let chromium;
let page;
let ui;
let step;

beforeAll(async () => {
	const executablePath = await ensureChromium({ log });
	await ensureN8n();
	pack = buildAndPack();
	venio = await startVenio();
	n8n = await startN8n({ packageTarball: pack.tarball });
	await n8n.createCredential({
		name: 'Venio API',
		type: 'venioApi',
		data: venioCredentialData(venio),
	});
	chromium = await launchBrowser({ executablePath });
	page = await chromium.browser.newPage();
	// The editor's first load compiles a large bundle; on 2 busy cores it can take a minute.
	page.setDefaultTimeout(120000);
	page.setDefaultNavigationTimeout(180000);
	ui = editor(page, n8n.baseUrl);
	step = stepRecorder(page);
	await step('sign in', () => ui.signIn(n8n.owner));
});

afterAll(async () => {
	if (chromium) await chromium.close();
	if (n8n) await n8n.stop();
	if (venio) await venio.stop();
	if (pack) pack.cleanup();
});

test('Customer › Get: the picker finds a Prospect by name, the step runs and shows it', async () => {
	await step('new workflow with a manual trigger', () => ui.newWorkflowWithManualTrigger());
	const apps = await step('node creator: search Venio', () => ui.searchNodes('Venio'));
	expect(apps).toContain('Venio');
	await step('node creator: open Venio', () => ui.pickNode('Venio'));
	const actions = await ui.texts(ui.testId('node-creator-item-name'));
	expect(actions).toEqual(
		expect.arrayContaining([
			actionOf('customer', 'get'),
			actionOf('customer', 'upsert'),
			actionOf('deal', 'create'),
		]),
	);
	await step('add Customer › Get', () => ui.pickNode(actionOf('customer', 'get')));

	// Thanakorn Wongsawat (C000004) is a Prospect (11200) in the sandbox's seed: the picker used to
	// ask for customers (11300) only and could not find them.
	const found = await step('From list: search "Thanakorn"', () =>
		ui.searchLocator('customer', 'Thanakorn'),
	);
	expect(found).toContain('Thanakorn Wongsawat (C000004) · Prospect');
	expect(found.some((label) => label.endsWith('· Customer'))).toBe(true);
	await step('pick the Prospect', () =>
		ui.pickLocatorItem('Thanakorn Wongsawat (C000004) · Prospect'),
	);

	const output = await step('execute the step', () => ui.executeStep());
	// The README's picture of the node: its form and output, as a user sees them.
	await page.screenshot({ path: README_SCREENSHOT });
	expect(output).toEqual([
		expect.objectContaining({
			customerCode: 'C000004',
			customerName: 'Thanakorn Wongsawat',
			customerType: 11200,
			customerTypeName: 'Prospect',
		}),
	]);

	await step('back to the canvas', () => ui.closeNode());
	const nodes = await ui.canvasNodes();
	expect(
		// n8n names a new node after its action text: the whole text, as the canvas shows it.
		nodes.some(
			(text) => text.includes(actionOf('customer', 'get')) && text.includes('Get: Customer'),
		),
	).toBe(true);
});

test('Deal › Create: the Stage list follows the chosen board', async () => {
	await step('new workflow for a deal', () => ui.newWorkflowWithManualTrigger());
	await step('node creator: Venio', async () => {
		await ui.searchNodes('Venio');
		await ui.pickNode('Venio');
	});
	await step('add Deal › Create', () => ui.pickNode(actionOf('deal', 'create')));

	// The Stage field waits for a board (issue 10 point 4).
	expect(await page.$(ui.testId('parameter-input-dealStageId'))).toBeNull();
	const boardNames = await step('open Board', () => ui.openOptions('boardId'));
	expect([...boardNames].sort()).toEqual(DEAL_BOARDS.map((board) => board.boardName).sort());
	// The board's stages, after the choice that leaves the stage to Venio.
	const stagesOf = (board) => [
		"Venio's Default",
		...DEAL_STAGES.filter((stage) => stage.boardId === board.boardId).map((s) => s.dealStageName),
	];
	await page.keyboard.press('Escape');

	for (const board of [...DEAL_BOARDS].reverse()) {
		await step(`choose board ${board.boardName}`, () =>
			ui.chooseOption('boardId', board.boardName),
		);
		// The Stage field appears once a board is chosen, as the field right after the board.
		const fields = await step(`Stage next to the board (${board.boardName})`, async () => {
			await page.waitForSelector(ui.testId('parameter-input-dealStageId'), { timeout: 10000 });
			return await page.$$eval('[data-test-id^="parameter-input-"]', (inputs) =>
				inputs.map((input) => input.getAttribute('data-test-id').replace('parameter-input-', '')),
			);
		});
		expect(fields.indexOf('dealStageId')).toBe(fields.indexOf('boardId') + 1);
		// The list reloads when the board changes: it may still be loading the first time it opens.
		const stages = await step(`open Stage (${board.boardName})`, async () => {
			const expected = stagesOf(board).join(', ');
			for (let tries = 1; ; tries++) {
				const shown = await ui.openOptions('dealStageId');
				if (shown.join(', ') === expected || tries === 5) return shown; // left open for the screenshot
				await page.keyboard.press('Escape');
				await new Promise((resolve) => setTimeout(resolve, 1000));
			}
		});
		await page.keyboard.press('Escape');
		expect(stages).toEqual(stagesOf(board));
	}
	await step('close Deal › Create', () => ui.closeNode());
});

/** A call to the sandbox's Venio API, outside n8n: to see what a step changed. */
async function venioApi(method, path, body) {
	const headers = { 'Ocp-Apim-Subscription-Key': venio.subscriptionKey };
	const token = await fetch(`${venio.baseUrl}/authorization/connect/token`, {
		method: 'POST',
		headers: { ...headers, 'content-type': 'application/x-www-form-urlencoded' },
		body: new URLSearchParams({
			grant_type: 'client_credentials',
			client_id: venio.clientId,
			client_secret: venio.clientSecret,
		}),
	}).then((response) => response.json());
	const response = await fetch(`${venio.baseUrl}${path}`, {
		method,
		headers: {
			...headers,
			authorization: `Bearer ${token.access_token}`,
			'content-type': 'application/json',
		},
		body: body === undefined ? undefined : JSON.stringify(body),
	});
	return (await response.json()).data;
}

test('Deal › Update: setting only the stage changes the stage and nothing else', async () => {
	const deals = await venioApi('POST', '/v1/deals/enquiry', { skip: 0, pageLength: 20 });
	const deal = deals.find((d) => d.dealsName && d.assignTo);
	const before = await venioApi('GET', `/v1/deals/${deal.dealsId}`);
	const stage = DEAL_STAGES.find(
		(s) => s.boardId === before.boardId && s.dealStageId !== before.dealStageId,
	);

	await step('new workflow to update a deal', () => ui.newWorkflowWithManualTrigger());
	await step('node creator: Venio, Deal › Update', async () => {
		await ui.searchNodes('Venio');
		await ui.pickNode('Venio');
		await ui.pickNode(actionOf('deal', 'update'));
	});
	const label = `${deal.dealsName} (${deal.dealNo})`;
	const found = await step('From list: search the deal', () =>
		ui.searchLocator('deal', deal.dealNo),
	);
	expect(found).toContain(label);
	await step('pick the deal', () => ui.pickLocatorItem(label));
	await step(`choose stage ${stage.dealStageName}`, () =>
		ui.chooseOption('dealStageId', stage.dealStageName),
	);
	// The output is the whole deal, too long for the JSON view to show at once: the sandbox says
	// what the step did.
	await step('execute the step', () => ui.runStep());
	await step('close Deal › Update', () => ui.closeNode());

	const after = await venioApi('GET', `/v1/deals/${deal.dealsId}`);
	expect(after.dealStageId).toBe(stage.dealStageId);
	for (const field of ['dealsName', 'dealsValue', 'probability', 'expectedCloseDate', 'assignTo']) {
		expect([field, after[field]]).toEqual([field, before[field]]);
	}
});

test('the credential test runs from the credential dialog, and names the wrong value', async () => {
	await step('open the Venio API credential', () => ui.openCredential('Venio API'));
	await venio.admin.resetStats();
	const passed = await step('save: n8n tests the credential', () =>
		ui.saveAndTestCredential(credentialFieldNames().baseUrl),
	);
	expect(passed).toEqual({
		ok: true,
		text: expect.stringMatching(/Connection tested successfully/),
	});
	// The banner comes from a real call: the credential's test request reached Venio.
	const { requests } = await venio.admin.stats();
	expect(requests.map((request) => request.operationId)).toContain('customerEventTypesGet');
	await step('close the credential', () => ui.closeModal());

	const fields = credentialFieldNames();
	const wrongSecret = `wrong-${crypto.randomUUID()}`;
	await n8n.createCredential({
		name: 'Venio API with a wrong secret',
		type: 'venioApi',
		data: venioCredentialData(venio, { [fields.clientSecret]: wrongSecret }),
	});
	await step('open the credential with a wrong secret', () =>
		ui.openCredential('Venio API with a wrong secret'),
	);
	const failed = await step('save: the test fails and says why', () =>
		ui.saveAndTestCredential(fields.baseUrl),
	);
	expect(failed.ok).toBe(false);
	expect(failed.text).toMatch(/Client ID or Client Secret/);
	expect(failed.text).not.toContain(wrongSecret);
	await step('close the failed credential', () => ui.closeModal());
});

test('Venio Trigger: the Production URL it shows is the one that starts the workflow', async () => {
	await step('new workflow for the trigger', async () => {
		await page.goto(`${n8n.baseUrl}/workflow/new`, { waitUntil: 'domcontentloaded' });
		await page.waitForSelector(ui.testId('canvas-plus-button'));
	});
	await step('trigger creator: Venio', async () => {
		await ui.searchNodes('Venio', { after: false });
		await ui.pickNode('Venio');
	});
	await step('add the trigger "On record created"', () => ui.pickNode('On record created'));
	const url = await step('read the Production URL', () => ui.productionUrl());
	expect(url).toMatch(
		new RegExp(`^${n8n.baseUrl.replace(/\./g, '\\.')}/webhook/[0-9a-f-]{36}/webhook$`),
	);

	// What the user does next: activate the workflow and paste the URL into Venio. The sandbox
	// plays Venio and posts a Customer/Create notification to exactly that URL.
	await step('close the trigger', () => ui.closeNode());
	const workflowId = await ui.workflowId();
	await waitForSavedTrigger(workflowId);
	await n8n.activate(workflowId);
	await n8n.waitForWebhook(new URL(url).pathname.replace(/^\/webhook\//, ''));
	const sent = await venio.admin.sendWebhook({ url, topic: 'Customer', event: 'Create' });
	expect(sent.status).toBe(200);
	const [execution] = await n8n.waitForExecutions(workflowId, 1);
	const [item] = n8n.nodeItems(await n8n.execution(execution.id), 'Venio Trigger');
	expect(item).toMatchObject({ topic: 'Customer', event: 'Create' });
});

/** The editor saves a new workflow by itself; waits until the stored one has the trigger. */
async function waitForSavedTrigger(workflowId) {
	for (let tries = 0; tries < 120; tries++) {
		const stored = await n8n.getWorkflow(workflowId).catch(() => undefined);
		if (stored?.nodes?.some((node) => node.type === 'n8n-nodes-venio.venioTrigger')) return;
		await new Promise((resolve) => setTimeout(resolve, 500));
	}
	throw new Error(`workflow ${workflowId} was not saved with its Venio Trigger`);
}
