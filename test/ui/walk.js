'use strict';
/**
 * A walk through the editor for a person's eyes, not a test: `node test/ui/walk.js [resource...]`
 * starts the real n8n with the package and the sandbox (as test:ui does), adds each write and Get
 * Many action of each resource (or of the resources named) to one workflow, and saves a screenshot
 * of its open node under test-results/ui/walk/, in a window tall enough to show the whole form.
 */
const path = require('path');

const { ensureN8n } = require('../n8n/host');
const { buildAndPack } = require('../n8n/pack');
const { startN8n } = require('../n8n/instance');
const { startVenio, venioCredentialData } = require('../n8n/venio');
const { ensureChromium, launchBrowser, stepRecorder, SCREENSHOTS } = require('./browser');
const { editor } = require('./editor');

const log = (message) => process.stderr.write(`[walk] ${message}\n`);

/** The actions worth looking at: every write, and each resource's Get Many. */
function actionsToWalk(only) {
	const { RESOURCES } = require('../../dist/nodes/Venio/actions');
	const { ENDPOINTS } = require('../../dist/nodes/shared/api/endpoints');
	return RESOURCES.filter((resource) => only.length === 0 || only.includes(resource.value)).flatMap(
		(resource) =>
			resource.actions
				.filter((a) => ENDPOINTS[a.endpoint].repeat !== 'read' || a.value === 'getMany')
				.map((a) => ({ resource: resource.value, label: a.action })),
	);
}

async function main() {
	const executablePath = await ensureChromium({ log });
	await ensureN8n();
	const pack = buildAndPack();
	const venio = await startVenio();
	const n8n = await startN8n({ packageTarball: pack.tarball });
	const chromium = await launchBrowser({ executablePath });
	try {
		await n8n.createCredential({ name: 'Venio API', type: 'venioApi', data: venioCredentialData(venio) });
		const page = await chromium.browser.newPage();
		page.setDefaultTimeout(120000);
		await page.setViewport({ width: 1440, height: 2400 });
		const ui = editor(page, n8n.baseUrl);
		const step = stepRecorder(page, path.join('walk'));
		await step('sign in', () => ui.signIn(n8n.owner));
		await step('new workflow', () => ui.newWorkflowWithManualTrigger());
		for (const { resource, label } of actionsToWalk(process.argv.slice(2))) {
			try {
				await step(`${resource} ${label}`, async () => {
					// The chain grows to the right: fit it in view so the last node's + is clickable.
					await page.click(ui.testId('zoom-to-fit')).catch(() => {});
					await ui.searchNodes('Venio');
					await ui.pickNode('Venio');
					await ui.pickNode(label);
					await page.waitForSelector(ui.testId('ndv'), { visible: true });
					await new Promise((resolve) => setTimeout(resolve, 1500)); // dropdowns settle
				});
				// The form alone, at full size: the column of the Resource field, top to bottom.
				const column = await page.$eval(ui.testId('parameter-input-resource'), (e) => {
					const box = e.getBoundingClientRect();
					return { x: box.x - 16, width: box.width + 32 };
				});
				const name = `${resource}-${label}`.replace(/[^a-z0-9]+/gi, '-').toLowerCase();
				await page.screenshot({
					path: path.join(SCREENSHOTS, 'walk', `form-${name}.png`),
					clip: { ...column, y: 0, height: 2400 },
				});
				await ui.closeNode();
			} catch (error) {
				log(error.message);
				await page.keyboard.press('Escape');
				await ui.closeNode().catch(() => {});
			}
		}
	} finally {
		await chromium.close();
		await n8n.stop();
		await venio.stop();
		pack.cleanup();
	}
}

main().catch((error) => {
	log(error.stack);
	process.exitCode = 1;
});
