'use strict';

// Real-network modes, all off by default: every answer delayed by `latencyMs` (plus up to
// `jitterMs` more, uniformly at random), and a gateway rate limit per subscription key in the style
// of Azure API Management's rate-limit-by-key policy: at most `rateLimit` calls accepted in any
// sliding window of one second; a call beyond it is answered 429 with Retry-After (whole seconds
// until the oldest accepted call leaves the window) and is not counted. The delay comes before the
// gateway sees the request, as on a wire: a request in flight is checked (key, token, limit) when it
// arrives at the far end. Also counts requests in flight and their peak.

const { gatewayError } = require('./envelope');

const WINDOW_MS = 1000;

function checkSettings({ latencyMs, jitterMs, rateLimit }) {
	for (const [name, value] of Object.entries({ latencyMs, jitterMs, rateLimit })) {
		if (value !== undefined && !(Number.isFinite(value) && value >= 0)) {
			throw new TypeError(`${name} must be a non-negative number`);
		}
	}
}

function createNetwork({ latencyMs = 0, jitterMs = 0, rateLimit = 0 } = {}) {
	const settings = { latencyMs, jitterMs, rateLimit };
	checkSettings(settings);
	/** subscription key -> times (ms) of the calls accepted in the last window, oldest first. */
	const accepted = new Map();
	const load = { inFlight: 0, peakInFlight: 0 };

	function configure(changes = {}) {
		const known = Object.fromEntries(
			Object.entries(changes).filter(([key]) => key in settings && changes[key] !== undefined),
		);
		checkSettings(known);
		Object.assign(settings, known);
		if (!settings.rateLimit) accepted.clear();
		return { ...settings };
	}

	/** How long this answer waits: the latency plus its jitter. */
	function delayMs() {
		return settings.latencyMs + (settings.jitterMs ? Math.random() * settings.jitterMs : 0);
	}

	/** null when the gateway lets the call through (and counts it), else the 429 answer. */
	function admit(key, now = Date.now()) {
		if (!settings.rateLimit) return null;
		const calls = accepted.get(key) ?? [];
		while (calls.length && calls[0] <= now - WINDOW_MS) calls.shift();
		if (calls.length < settings.rateLimit) {
			calls.push(now);
			accepted.set(key, calls);
			return null;
		}
		const seconds = Math.max(1, Math.ceil((calls[0] + WINDOW_MS - now) / 1000));
		return gatewayError(
			429,
			`Rate limit is exceeded. Try again in ${seconds} seconds.`,
			{ 'Retry-After': String(seconds) },
		);
	}

	function enter() {
		load.inFlight += 1;
		load.peakInFlight = Math.max(load.peakInFlight, load.inFlight);
	}

	function leave() {
		load.inFlight -= 1;
	}

	return {
		configure,
		settings: () => ({ ...settings }),
		delayMs,
		admit,
		enter,
		leave,
		load,
		/** Peak in flight starts again from what is in flight now. */
		resetPeak: () => {
			load.peakInFlight = load.inFlight;
		},
	};
}

/** `--rate-limit 40/s` (or `40`) as a number of calls per second. */
function parseRate(text) {
	const match = /^\s*(\d+(?:\.\d+)?)\s*(?:\/\s*s)?\s*$/i.exec(String(text));
	if (!match) throw new TypeError(`a rate limit looks like 40/s, got "${text}"`);
	return Number(match[1]);
}

module.exports = { createNetwork, parseRate };
