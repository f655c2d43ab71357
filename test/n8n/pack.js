'use strict';
/** Builds the package and packs it the way it is published (`npm pack`), into a temp folder. */
const fs = require('fs');
const os = require('os');
const path = require('path');
const { spawnSync } = require('child_process');

const ROOT = path.resolve(__dirname, '..', '..');

function runNpm(args, label, log) {
	const started = Date.now();
	// Node 20 runs the build (the package supports Node >= 20.15); no n8n-host env here.
	const result = spawnSync('npm', args, {
		cwd: ROOT,
		encoding: 'utf8',
		maxBuffer: 64 * 1024 * 1024,
	});
	if (result.status !== 0) {
		throw new Error(`${label} failed (exit ${result.status}):\n${result.stdout}\n${result.stderr}`);
	}
	log(`${label} done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
	return result.stdout;
}

/**
 * `npm run build` (unless build=false or VENIO_N8N_SKIP_BUILD=1: pack dist/ as it is) and
 * `npm pack` into a new temp folder.
 * Returns { tarball, dir, unpackedDir } with the tarball also unpacked into unpackedDir/package.
 */
function buildAndPack({
	build = process.env.VENIO_N8N_SKIP_BUILD !== '1',
	log = (m) => process.stderr.write(`[n8n] ${m}\n`),
} = {}) {
	if (build) runNpm(['run', 'build'], 'npm run build', log);
	const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'venio-real-pack-'));
	const out = runNpm(['pack', '--json', '--pack-destination', dir], 'npm pack', log);
	const info = JSON.parse(out.slice(out.indexOf('[')));
	const tarball = path.join(dir, info[0].filename);
	const unpackedDir = path.join(dir, 'unpacked');
	fs.mkdirSync(unpackedDir);
	const untar = spawnSync('tar', ['-xzf', tarball, '-C', unpackedDir], { encoding: 'utf8' });
	if (untar.status !== 0) throw new Error(`tar -xzf ${tarball}: ${untar.stderr}`);
	return {
		tarball,
		dir,
		unpackedDir: path.join(unpackedDir, 'package'),
		files: info[0].files.map((file) => file.path),
		cleanup: () => fs.rmSync(dir, { recursive: true, force: true }),
	};
}

module.exports = { buildAndPack, ROOT };
