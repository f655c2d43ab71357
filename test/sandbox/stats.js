'use strict';

// Request log for assertions. `stats` is one long-lived object whose array
// is emptied in place, so callers may keep references to it.

function createStats(logLimit) {
	const stats = { tokenCalls: 0, requests: [] };
	/** Total requests seen since the last reset (the log keeps only the last `logLimit`). */
	let count = 0;

	function record(entry) {
		count += 1;
		stats.requests.push(entry);
		if (stats.requests.length > logLimit)
			stats.requests.splice(0, stats.requests.length - logLimit);
		return entry;
	}

	function reset() {
		stats.tokenCalls = 0;
		stats.requests.length = 0;
		count = 0;
	}

	return { stats, record, reset, count: () => count };
}

module.exports = { createStats };
