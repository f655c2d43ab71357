'use strict';
// What the timeout and the cancel signal cost: 1,000 gets with this build and with the build just
// before they were added (the parent of the commit that added transport/run.ts, or
// BENCH_BASELINE_REF), in separate processes run back to back, alternating, so both meet the same
// machine. The baseline is built into a temporary git worktree, removed afterwards.
const { execFileSync } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const ROOT = path.join(__dirname, '..', '..');
const PAIRS = Number(process.env.BENCH_PAIRS ?? 3);

const git = (...args) => execFileSync('git', args, { cwd: ROOT, encoding: 'utf8' }).trim();

function baselineRef() {
	if (process.env.BENCH_BASELINE_REF) return process.env.BENCH_BASELINE_REF;
	const added = git('log', '--format=%H', '--diff-filter=A', '-1', '--', 'nodes/shared/transport/run.ts');
	return added ? `${added}^` : undefined;
}

function buildBaseline(ref) {
	const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'venio-baseline-'));
	git('worktree', 'add', '--detach', dir, ref);
	fs.symlinkSync(path.join(ROOT, 'node_modules'), path.join(dir, 'node_modules'));
	execFileSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', 'tsconfig.json'], { cwd: dir });
	return dir;
}

function gets(packageRoot) {
	const env = { ...process.env, BENCH_ROUNDS: '1' };
	if (packageRoot) env.VENIO_PACKAGE_ROOT = path.join(packageRoot, 'index.js');
	const output = execFileSync(process.execPath, [path.join(__dirname, 'gets.js')], { env, encoding: 'utf8' });
	// n8n-core writes to stdout too: the result is the line gets.js marks.
	const line = output.split('\n').find((text) => text.startsWith('BENCH_RESULT '));
	return JSON.parse(line.slice('BENCH_RESULT '.length))[0];
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

function main() {
	const ref = baselineRef();
	if (!ref) {
		console.log('\nTimeout and cancel signal: no baseline (set BENCH_BASELINE_REF)');
		return;
	}
	const dir = buildBaseline(ref);
	try {
		const without = [];
		const withBounds = [];
		for (let pair = 0; pair < PAIRS; pair++) {
			without.push(gets(dir));
			withBounds.push(gets(undefined));
		}
		console.log(`\nTimeout and cancel signal: ${process.env.BENCH_ITEMS ?? 1000} gets, ${PAIRS} processes each, alternating`);
		console.table([
			{ build: `without them (${git('rev-parse', '--short', ref)})`, 'median ms': median(without).toFixed(0), ratio: '1.00' },
			{ build: 'this one', 'median ms': median(withBounds).toFixed(0), ratio: (median(withBounds) / median(without)).toFixed(2) },
		]);
	} finally {
		git('worktree', 'remove', '--force', dir);
	}
}

main();
