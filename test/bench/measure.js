'use strict';
// What every benchmark row is made of: time and peak memory of one job, and its ratio to a baseline
// measured in the same run.

/** Time and peak heap + external memory of `fn`, sampled every 5 ms. */
async function measure(fn) {
	global.gc?.();
	const before = process.memoryUsage();
	let peak = before.heapUsed + before.external;
	const timer = setInterval(() => {
		const now = process.memoryUsage();
		peak = Math.max(peak, now.heapUsed + now.external);
	}, 5);
	const started = process.hrtime.bigint();
	const value = await fn();
	const ms = Number(process.hrtime.bigint() - started) / 1e6;
	clearInterval(timer);
	return { ms, peakMb: (peak - before.heapUsed - before.external) / 2 ** 20, value };
}

function row(name, measured, baseline, extra = '') {
	const ratio = baseline ? (measured.ms / baseline.ms).toFixed(2) : '1.00';
	return { name, ms: measured.ms.toFixed(0), ratio, peakMb: measured.peakMb.toFixed(1), extra };
}

module.exports = { measure, row };
