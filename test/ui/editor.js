'use strict';
/**
 * What a person does in the n8n 2.41 editor, as puppeteer calls. The selectors are the editor's
 * own data-test-id attributes (the ones n8n's Playwright tests use), not a contract: a newer n8n
 * may rename them.
 */

const testId = (id) => `[data-test-id="${id}"]`;
/** An option of an open dropdown: element-plus selects, and n8n's own (the collection "Add" list). */
const OPTION = '.el-select-dropdown__item, [role="option"]';

function editor(page, baseUrl) {
	// Leaving a workflow with unsaved changes makes the browser ask "Leave site?" (beforeunload);
	// a person leaves, and so does this, or the next page.goto waits on the question forever.
	page.on('dialog', (dialog) => {
		if (dialog.type() === 'beforeunload') dialog.accept().catch(() => {});
	});

	/** Waits until an element matching `selector` shows `text` (exactly), and clicks it. */
	async function clickText(selector, text) {
		await page.waitForFunction(
			(sel, t) => [...document.querySelectorAll(sel)].some((e) => e.textContent.trim() === t),
			{},
			selector,
			text,
		);
		await page.evaluate(
			(sel, t) =>
				[...document.querySelectorAll(sel)].find((e) => e.textContent.trim() === t).click(),
			selector,
			text,
		);
	}

	const texts = (selector) =>
		page.$$eval(selector, (elements) =>
			elements.filter((e) => e.offsetParent !== null).map((e) => e.textContent.trim()),
		);

	/**
	 * The next credential test request the page sends (armed now, so a test sent earlier, e.g.
	 * as the dialog opened, is not it), resolved once its answer has arrived.
	 */
	function nextCredentialTest() {
		const isTest = (request) =>
			request.method() === 'POST' &&
			new URL(request.url()).pathname.endsWith('/rest/credentials/test');
		return new Promise((resolve) => {
			let sent;
			const onRequest = (request) => {
				if (!sent && isTest(request)) sent = request;
			};
			const onDone = (request) => {
				if (request !== sent) return;
				page.off('request', onRequest);
				page.off('requestfinished', onDone);
				page.off('requestfailed', onDone);
				resolve(request);
			};
			page.on('request', onRequest);
			page.on('requestfinished', onDone);
			page.on('requestfailed', onDone);
		});
	}

	const ui = {
		testId,
		clickText,
		texts,

		async signIn({ email, password }) {
			await page.goto(`${baseUrl}/signin`, { waitUntil: 'domcontentloaded' });
			await page.waitForSelector('input[name="emailOrLdapLoginId"]');
			await page.type('input[name="emailOrLdapLoginId"]', email);
			await page.type('input[name="password"]', password);
			await page.keyboard.press('Enter');
			await page.waitForFunction(() => !location.pathname.startsWith('/signin'));
		},

		/** An empty workflow with a Manual Trigger, which the Venio node's actions need. */
		async newWorkflowWithManualTrigger() {
			await page.goto(`${baseUrl}/workflow/new`, { waitUntil: 'domcontentloaded' });
			await page.waitForSelector(testId('canvas-plus-button'));
			await page.click(testId('canvas-plus-button'));
			await clickText(testId('node-creator-item-name'), 'Trigger manually');
			await page.waitForSelector(testId('canvas-handle-plus'));
		},

		/** Opens the node creator after the last node and searches it; returns the items' names. */
		async searchNodes(query, { after = true } = {}) {
			await page.click(testId(after ? 'canvas-handle-plus' : 'canvas-plus-button'));
			await page.waitForSelector(testId('node-creator-search-bar'));
			await page.type(testId('node-creator-search-bar'), query);
			// The list shows the categories until the search has been applied.
			await page.waitForFunction(
				(sel, q) =>
					[...document.querySelectorAll(sel)].some((e) =>
						e.textContent.toLowerCase().includes(q.toLowerCase()),
					),
				{},
				testId('node-creator-item-name'),
				query,
			);
			return texts(testId('node-creator-item-name'));
		},

		/** Clicks an item of the open node creator (an app, an action) by its name. */
		async pickNode(name) {
			await clickText(testId('node-creator-item-name'), name);
		},

		/** The names of the open dropdown's options (element-plus selects and n8n's own). */
		async dropdownOptions() {
			// Closed dropdowns stay in the page, hidden: wait for a visible option.
			await page.waitForFunction(
				(option) => [...document.querySelectorAll(option)].some((e) => e.offsetParent !== null),
				{},
				OPTION,
			);
			return texts(OPTION);
		},

		/**
		 * Opens the options parameter `name` in the open node and waits for its list.
		 *
		 * n8n 2.41 loads a new node's options once, as its panel opens. When that call leaves before
		 * the editor has put the credential on the node, the field shows "Error fetching options" and
		 * the editor does not ask again (its reload on a credential change is skipped while the first
		 * call is still out). A person then uses the field's "Refresh List", and so does this.
		 */
		async openOptions(name) {
			const field = testId(`parameter-input-${name}`);
			// Clicks the field until its list shows options (their names) or the field says it could
			// not load them ('error'). A click while a just-added field is still moving into place is lost.
			const settled = async () => {
				const deadline = Date.now() + 120000;
				for (;;) {
					await page.click(field);
					const state = await page
						.waitForFunction(
							(sel, option) => {
								const shown = [...document.querySelectorAll(`${sel} input`)].map(
									(i) => `${i.value} ${i.placeholder}`,
								);
								if (shown.some((text) => /error fetching options/i.test(text))) return 'error';
								const open = [...document.querySelectorAll(option)].filter(
									(e) => e.offsetParent !== null,
								);
								return open.length > 0 ? open.map((e) => e.textContent.trim()) : false;
							},
							{ timeout: 10000 },
							field,
							OPTION,
						)
						.then((handle) => handle.jsonValue())
						.catch(() => undefined);
					if (state) return state;
					if (Date.now() > deadline) throw new Error(`${name}: its list did not open`);
				}
			};
			const first = await settled();
			if (first === 'error') {
				await page.hover(field);
				await page.click(
					`${testId(`${name}-parameter-input-options-container`)} ${testId('action-toggle')}`,
				);
				await page.click(testId('action-refreshOptions'));
				await page.waitForFunction(
					(sel) =>
						![...document.querySelectorAll(`${sel} input`)].some((i) =>
							/error fetching options|loading/i.test(`${i.value} ${i.placeholder}`),
						),
					{},
					field,
				);
				const state = await settled();
				if (state === 'error')
					throw new Error(`${name}: the options did not load after Refresh List`);
				return state;
			}
			return first;
		},

		/** Clicks the visible option of the open dropdown that reads `text`. */
		async clickOption(text) {
			await page.evaluate(
				(option, t) =>
					[...document.querySelectorAll(option)]
						.filter((e) => e.offsetParent !== null)
						.find((e) => e.textContent.trim() === t)
						.click(),
				OPTION,
				text,
			);
		},

		async chooseOption(name, text) {
			await ui.openOptions(name);
			await ui.clickOption(text);
		},

		/** Adds an optional field of a collection (Additional Fields, Options) by its label. */
		async addCollectionField(label) {
			await page.click(testId('collection-parameter-add'));
			await ui.dropdownOptions();
			await ui.clickOption(label);
		},

		/** Opens a resource locator's "From list" and types `search`; returns the items shown. */
		async searchLocator(name, search) {
			await page.click(`${testId(`resource-locator-${name}`)} ${testId('rlc-input')}`);
			await page.waitForSelector(testId('rlc-item'), { visible: true });
			const before = await texts(testId('rlc-item'));
			await page.type(testId('rlc-search'), search);
			// The list is replaced by the search's answer.
			await page.waitForFunction(
				(sel, old) => {
					const now = [...document.querySelectorAll(sel)].map((e) => e.textContent.trim());
					return now.length > 0 && now.join('\n') !== old;
				},
				{},
				testId('rlc-item'),
				before.join('\n'),
			);
			return texts(testId('rlc-item'));
		},

		async pickLocatorItem(label) {
			await clickText(testId('rlc-item'), label);
		},

		/** Runs the open node (Execute step) and waits until n8n shows it succeeded. */
		async runStep() {
			await page.click(testId('node-execute-button'));
			await page.waitForSelector(testId('node-run-status-success'), { visible: true });
		},

		/** Runs the open node (Execute step) and returns its output items, read from the JSON view. */
		async executeStep() {
			await ui.runStep();
			await page.click(`${testId('output-panel')} ${testId('radio-button-json')}`);
			const container = `${testId('output-panel')} ${testId('ndv-data-container')}`;
			await page.waitForFunction(
				(sel) => /^\s*\[/.test(document.querySelector(sel)?.innerText ?? ''),
				{},
				container,
			);
			const shown = await page.$eval(container, (e) => e.innerText);
			// The JSON view puts keys and values on lines of their own; values never span lines.
			return JSON.parse(
				shown
					.split('\n')
					.map((line) => line.trim())
					.join(''),
			);
		},

		async closeNode() {
			await page.click(testId('ndv-close-button'));
			await page.waitForSelector(testId('ndv'), { hidden: true });
		},

		/** The text of each node on the canvas: name, subtitle and run badges. */
		async canvasNodes() {
			return page.$$eval(testId('canvas-node'), (nodes) =>
				nodes.map((node) => node.innerText.replace(/\s+/g, ' ').trim()),
			);
		},

		/** The id of the workflow open in the editor (it is saved as soon as it has a node). */
		async workflowId() {
			await page.waitForFunction(
				() => /\/workflow\/[^/]+/.test(location.pathname) && !location.pathname.includes('/new'),
			);
			return /\/workflow\/([^/]+)/.exec(new URL(page.url()).pathname)[1];
		},

		/** Opens a stored credential from the Credentials list. */
		async openCredential(name) {
			await page.goto(`${baseUrl}/home/credentials`, { waitUntil: 'domcontentloaded' });
			await page.waitForSelector(testId('resources-list-item'));
			await page.evaluate(
				(sel, t) =>
					[...document.querySelectorAll(sel)]
						.find((e) => e.querySelector('[data-test-id="card-content"]')?.textContent.includes(t))
						.querySelector('[data-test-id="card-content"]')
						.click(),
				testId('resources-list-item'),
				name,
			);
			await page.waitForSelector(testId('editCredential-modal'), { visible: true });
		},

		/**
		 * n8n tests a credential when it is saved: touch a field so Save is enabled, save, and return
		 * the banner n8n shows: { ok, text }, the text with the failure's details opened.
		 */
		async saveAndTestCredential(field) {
			const modal = testId('editCredential-modal');
			const success = testId('credentials-config-container-test-success');
			// The dialog opens before its credential type has loaded (a "?" and no fields yet).
			const input = `${testId(`parameter-input-${field}`)} input`;
			await page.waitForSelector(input, { visible: true });
			await page.click(input);
			await page.keyboard.press('End');
			await page.keyboard.type('/');
			await page.keyboard.press('Backspace');
			// n8n also tests the credential when its dialog opens, and that banner may still be on
			// screen: wait for the test this save sends, then read the banner it leaves.
			const tested = nextCredentialTest();
			await page.click(testId('credential-save-button'));
			await tested;
			await page.waitForFunction(
				(m, ok) =>
					document.querySelector(ok)?.offsetParent ||
					/Couldn’t connect/.test(document.querySelector(m)?.innerText ?? ''),
				{},
				modal,
				success,
			);
			if (await page.$eval(success, (e) => e.offsetParent !== null).catch(() => false)) {
				return { ok: true, text: await page.$eval(success, (e) => e.innerText.trim()) };
			}
			await clickText(`${modal} *`, 'More details');
			const text = await page.waitForFunction(
				(m) => {
					const known = /^(Couldn’t connect with these settings|Retry|More details)?$/;
					const banner = [...document.querySelector(m).querySelectorAll('*')]
						.filter((e) => e.innerText?.includes('Couldn’t connect'))
						.sort((a, b) => a.innerText.length - b.innerText.length)
						.find((e) => e.innerText.split('\n').some((line) => !known.test(line.trim())));
					return banner?.innerText;
				},
				{},
				modal,
			);
			return { ok: false, text: (await text.jsonValue()).replace(/\s+/g, ' ').trim() };
		},

		/** Closes the credential dialog; after a failed test n8n asks whether to drop the changes. */
		async closeModal() {
			await page.keyboard.press('Escape');
			const closed = await page
				.waitForSelector(testId('editCredential-modal'), { hidden: true, timeout: 3000 })
				.then(() => true)
				.catch(() => false);
			if (closed) return;
			await clickText('button', 'Close');
			await page.waitForSelector(testId('editCredential-modal'), { hidden: true });
		},

		/** The trigger's Production URL, as the open node's "Webhook URLs" section shows it. */
		async productionUrl() {
			await page.click('.webhooks .clickable.headline');
			await page.click(`.webhooks ${testId('radio-button-production')}`);
			await page.waitForFunction(() =>
				/\/webhook\//.test(document.querySelector('.webhooks .webhook-url')?.textContent ?? ''),
			);
			return page.$eval('.webhooks .webhook-url', (e) => e.textContent.trim());
		},
	};
	return ui;
}

module.exports = { editor };
