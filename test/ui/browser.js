'use strict';
/**
 * Headless Chromium for the editor suite: Debian's package (installed with apt-get when missing),
 * driven by puppeteer-core (which downloads no browser), and screenshots per step.
 */
const fs = require('fs');
const os = require('os');
const path = require('path');
const { spawnSync } = require('child_process');

const puppeteer = require('puppeteer-core');

const CHROMIUM = process.env.VENIO_CHROMIUM || '/usr/bin/chromium';
const SCREENSHOTS = path.resolve(__dirname, '..', '..', 'test-results', 'ui');

function run(command, args) {
	const result = spawnSync(command, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
	if (result.status !== 0) {
		throw new Error(
			`${command} ${args.join(' ')} failed (exit ${result.status}):\n${result.stderr}`,
		);
	}
	return result.stdout;
}

/** Whether an apt or dpkg process is running (another process may be installing Chromium). */
function aptBusy() {
	for (const pid of fs.readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
		let command = '';
		try {
			command = fs.readFileSync(`/proc/${pid}/comm`, 'utf8').trim();
		} catch {
			continue; // gone meanwhile
		}
		if (/^(apt|apt-get|dpkg)$/.test(command)) return true;
	}
	return false;
}

/**
 * Chromium from Debian's package. When it is missing: wait for an apt run already in progress
 * (another process may be installing it right now), then `apt-get update` and
 * `apt-get install -y chromium`. Returns the executable's path.
 */
async function ensureChromium({ log = () => {}, waitMs = 15 * 60 * 1000 } = {}) {
	const deadline = Date.now() + waitMs;
	while (!fs.existsSync(CHROMIUM) && aptBusy()) {
		if (Date.now() > deadline)
			throw new Error('apt/dpkg stayed busy; Chromium could not be installed');
		log('waiting for another apt/dpkg run to finish');
		await new Promise((resolve) => setTimeout(resolve, 5000));
	}
	if (!fs.existsSync(CHROMIUM)) {
		log('installing Chromium from Debian (apt-get install -y chromium)');
		const lockTimeout = ['-o', 'DPkg::Lock::Timeout=600'];
		run('apt-get', [...lockTimeout, 'update']);
		run('apt-get', [...lockTimeout, 'install', '-y', '--no-install-recommends', 'chromium']);
	}
	if (!fs.existsSync(CHROMIUM))
		throw new Error(`${CHROMIUM} is still missing after apt-get install`);
	return CHROMIUM;
}

/**
 * Launches Chromium headless with a fresh profile. The background-networking flags keep it from
 * calling hosts this machine cannot reach (updates, sync, field trials).
 */
async function launchBrowser({ executablePath }) {
	const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'venio-ui-chromium-'));
	const browser = await puppeteer.launch({
		executablePath,
		headless: true,
		defaultViewport: { width: 1440, height: 900 },
		args: [
			'--headless=new',
			'--no-sandbox',
			'--disable-gpu',
			'--disable-background-networking',
			'--disable-component-update',
			'--disable-sync',
			'--no-first-run',
			`--user-data-dir=${profile}`,
		],
	});
	const close = async () => {
		await browser.close().catch(() => {});
		fs.rmSync(profile, { recursive: true, force: true });
	};
	return { browser, close };
}

/**
 * Numbered steps with a screenshot each under test-results/ui/ (or its `folder`): `NN-name.png` after the step, or
 * `NN-name-FAILED.png` when it throws, in which case the error names that screenshot.
 */
function stepRecorder(page, folder = '') {
	const screenshots = path.join(SCREENSHOTS, folder);
	fs.rmSync(screenshots, { recursive: true, force: true });
	fs.mkdirSync(screenshots, { recursive: true });
	let count = 0;
	return async function step(name, action) {
		count++;
		const base = `${String(count).padStart(2, '0')}-${name.replace(/[^a-z0-9]+/gi, '-').toLowerCase()}`;
		try {
			const result = await action();
			await page.screenshot({ path: path.join(screenshots, `${base}.png`) });
			return result;
		} catch (error) {
			const shot = path.join(screenshots, `${base}-FAILED.png`);
			await page.screenshot({ path: shot }).catch(() => {});
			error.message = `step "${name}" failed: ${error.message}\nscreenshot: ${shot}`;
			throw error;
		}
	};
}

module.exports = { ensureChromium, launchBrowser, stepRecorder, SCREENSHOTS };
