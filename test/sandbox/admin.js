'use strict';

// Control endpoints under /__sandbox/ for a sandbox running in another
// process (e.g. next to a real n8n). No auth, not counted in stats.

const ADMIN_PREFIX = '/__sandbox/';
const DEFAULT_LAST = 20;

function createAdmin(sandbox) {
	const routes = {
		'GET stats': ({ query }) => {
			const last =
				query.last === undefined ? DEFAULT_LAST : Math.max(0, Number.parseInt(query.last, 10) || 0);
			const { requests, tokenCalls } = sandbox.stats;
			return ok({
				tokenCalls,
				requestCount: sandbox.requestCount(),
				inFlight: sandbox.load.inFlight,
				peakInFlight: sandbox.load.peakInFlight,
				logged: requests.length,
				requests: last ? requests.slice(-last) : [],
			});
		},
		'POST reset-stats': () => {
			sandbox.resetStats();
			return ok({ ok: true });
		},
		// The logged requests as a timeline: arrival and answer times (ms since the epoch), status.
		'GET timeline': () =>
			ok({
				timeline: sandbox.stats.requests.map(({ method, path, status, fault, start, end }) => ({
					method,
					path,
					status,
					fault,
					start,
					end,
				})),
			}),
		// Real-network modes: { latencyMs, jitterMs, rateLimit } (calls per second per key; 0 = off).
		'GET network': () => ok(sandbox.network()),
		'POST network': ({ body }) => ok(sandbox.network(body || {})),
		'GET faults': () => ok({ faults: sandbox.faults.list().map(serialisableFault) }),
		'POST faults': ({ body }) => {
			// Over HTTP a path is a string (exact match); pathRegex (a RegExp source, case-insensitive) is the pattern form.
			const { pathRegex, ...fault } = body || {};
			if (pathRegex) fault.path = new RegExp(pathRegex, 'i');
			return ok({ ok: true, fault: serialisableFault(sandbox.faults.add(fault)) });
		},
		'DELETE faults': () => {
			sandbox.faults.clear();
			return ok({ ok: true });
		},
		// A collection's records as stored (?collection=tasks): what a workflow left in Venio.
		'GET records': ({ query }) => {
			const collection = sandbox.state[query.collection];
			if (!(collection instanceof Map)) {
				return { status: 404, body: { error: `No collection ${query.collection}` } };
			}
			return ok({ records: [...collection.values()] });
		},
		'POST expire-tokens': () => {
			sandbox.expireTokens();
			return ok({ ok: true });
		},
		'POST webhooks/send': async ({ body }) => {
			const { url, ...options } = body || {};
			if (!url) return { status: 400, body: { error: 'url is required' } };
			try {
				return ok(await sandbox.sendWebhook(url, options));
			} catch (error) {
				return { status: 502, body: { error: error.message } };
			}
		},
	};

	/** The result for an admin request, or null when the path is not an admin path. */
	async function handle(method, path, query, rawBody) {
		if (!path.toLowerCase().startsWith(ADMIN_PREFIX)) return null;
		const route =
			routes[`${method} ${path.slice(ADMIN_PREFIX.length).replace(/\/+$/, '').toLowerCase()}`];
		if (!route)
			return { status: 404, body: { error: `No sandbox admin endpoint ${method} ${path}` } };
		let body;
		try {
			body = rawBody.length ? JSON.parse(rawBody) : undefined;
		} catch {
			return { status: 400, body: { error: 'The request body is not valid JSON.' } };
		}
		try {
			return await route({ query, body });
		} catch (error) {
			return { status: 400, body: { error: error.message } };
		}
	}

	return { handle };
}

const ok = (body) => ({ status: 200, body });

function serialisableFault(fault) {
	return fault.path instanceof RegExp
		? { ...fault, path: undefined, pathRegex: fault.path.source }
		: fault;
}

module.exports = { createAdmin, ADMIN_PREFIX };
