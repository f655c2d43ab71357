'use strict';
/**
 * The lint part of n8n's community package scan (@n8n/scan-community-package, the gate n8n runs
 * before it lists a package as verified), run offline with the scanner's own code and rules:
 *   - the "source" leg: package.json + {nodes,credentials}/**\/*.{js,ts,json} of the repository
 *     (the scanner lints the source its npm provenance points at);
 *   - the "tarball" leg: every .js file and package.json of the packed tarball.
 * What the real scan adds on top, and this cannot do offline: the npm provenance check and the
 * download of the published tarball and of the attested source.
 */
const path = require('path');
const { pathToFileURL } = require('url');
const { execFile } = require('child_process');

async function loadScanner(scannerDir) {
	return import(pathToFileURL(path.join(scannerDir, 'scanner', 'scanner.mjs')).href);
}

/**
 * Runs the scan in a child Node process (the scanner is an ES module, which jest's CommonJS
 * runtime cannot import without --experimental-vm-modules).
 * @returns {Promise<{ passed: boolean, source: object, tarball: object, report: string }>}
 */
function scanPackage({ scannerDir, unpackedDir, sourceDir }) {
	return new Promise((resolve, reject) => {
		const args = [__filename, '--worker', scannerDir, unpackedDir, sourceDir || ''];
		// Not under jest's NODE_ENV=test: eslint-plugin-n8n-nodes-base then takes every file for a
		// trigger node file (false "-Trigger" and file-name errors).
		const env = { ...process.env };
		delete env.NODE_ENV;
		const options = { maxBuffer: 32 * 1024 * 1024, env };
		execFile(process.execPath, args, options, (error, stdout, stderr) => {
			const start = stdout.indexOf('{');
			if (start === -1) {
				reject(
					new Error(`the scan did not run: ${error ? error.message : ''}\n${stdout}\n${stderr}`),
				);
				return;
			}
			resolve(JSON.parse(stdout.slice(start)));
		});
	});
}

async function scanInProcess({ scannerDir, unpackedDir, sourceDir }) {
	const scanner = await loadScanner(scannerDir);
	const tarball = await scanner.analyzePackage(unpackedDir, ['**/*.js', 'package.json']);
	const source = sourceDir
		? await scanner.analyzePackage(sourceDir, scanner.SOURCE_FILE_PATTERNS)
		: { passed: true, message: 'not scanned' };
	const report = [
		`source leg (${sourceDir || 'skipped'}): ${source.passed ? 'passed' : `FAILED (${source.message})`}`,
		source.details || '',
		`tarball leg: ${tarball.passed ? 'passed' : `FAILED (${tarball.message})`}`,
		tarball.details || '',
	]
		.filter(Boolean)
		.join('\n');
	return {
		passed: source.passed && tarball.passed,
		source: { passed: source.passed, message: source.message, details: source.details },
		tarball: { passed: tarball.passed, message: tarball.message, details: tarball.details },
		report,
	};
}

module.exports = { scanPackage };

if (require.main === module && process.argv[2] === '--worker') {
	const [scannerDir, unpackedDir, sourceDir] = process.argv.slice(3);
	scanInProcess({ scannerDir, unpackedDir, sourceDir: sourceDir || undefined }).then(
		(result) => process.stdout.write(JSON.stringify(result)),
		(error) => {
			process.stderr.write(`${error.stack || error}\n`);
			process.exit(1);
		},
	);
} else if (require.main === module) {
	// `node test/n8n/scan.js [--no-build]`: build, pack, scan, print the report.
	(async () => {
		const { ensureN8n } = require('./host');
		const { buildAndPack, ROOT } = require('./pack');
		const paths = await ensureN8n();
		const pack = buildAndPack({ build: !process.argv.includes('--no-build') });
		try {
			const result = await scanPackage({
				scannerDir: paths.scannerDir,
				unpackedDir: pack.unpackedDir,
				sourceDir: ROOT,
			});
			process.stdout.write(`${result.report}\n`);
			process.exitCode = result.passed ? 0 : 1;
		} finally {
			pack.cleanup();
		}
	})().catch((error) => {
		process.stderr.write(`${error.stack || error}\n`);
		process.exit(1);
	});
}
