'use strict';

// The HTTP front: admin endpoints, request log, fault injection, gateway and
// bearer checks, routing, body parsing and validation, then the handler.

const http = require('http');
const { createRouter } = require('./router');
const { normalizeKeys, validate, validateParams } = require('./validate');
const { gatewayError, validationError } = require('./envelope');

const MAX_BODY_BYTES = 20 * 1024 * 1024;
const DEFAULT_SLOW_MS = 1000;

/** Messages of injected HTTP faults, in Azure API Management's style. */
const FAULT_MESSAGES = {
	403: (fault) =>
		`Out of call volume quota. Quota will be replenished in ${fault.retryAfter ?? 'a while'} seconds.`,
	429: (fault) =>
		fault.retryAfter === undefined
			? 'Rate limit is exceeded. Try again later.'
			: `Rate limit is exceeded. Try again in ${fault.retryAfter} seconds.`,
	500: () => 'Internal server error',
	502: () => 'Bad gateway',
	503: () => 'Service unavailable',
	504: () => 'Gateway timeout',
};
/** An identity-server style error that quotes the request: form body, key and bearer token. */
function echoBody(req, entry) {
	const form = entry.body && typeof entry.body === 'object' ? new URLSearchParams(entry.body) : '';
	return {
		error: 'invalid_request',
		error_description: `Rejected ${form}; key ${req.headers['ocp-apim-subscription-key']}; ${req.headers.authorization ?? 'no authorization'}`,
	};
}

/** Fault kinds that carry Retry-After when the fault gives retryAfter. */
const RETRY_AFTER_KINDS = new Set(['403', '429', '502', '503']);

function parseQuery(searchParams) {
	const query = {};
	for (const [key, value] of searchParams) {
		if (!(key in query)) query[key] = value;
		else query[key] = [].concat(query[key], value);
	}
	return query;
}

/** What the request log keeps of a body: parsed JSON or form, else the raw text, or null. */
function bodyForLog(raw, headers) {
	if (!raw.length) return null;
	if (/^application\/x-www-form-urlencoded\b/i.test(headers['content-type'] || ''))
		return Object.fromEntries(new URLSearchParams(raw));
	try {
		return JSON.parse(raw);
	} catch {
		return raw;
	}
}

function readBody(req) {
	return new Promise((resolve, reject) => {
		const chunks = [];
		let size = 0;
		req.on('data', (chunk) => {
			size += chunk.length;
			if (size > MAX_BODY_BYTES) {
				reject(Object.assign(new Error('Request body too large'), { status: 413 }));
				req.destroy();
				return;
			}
			chunks.push(chunk);
		});
		req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
		req.on('error', reject);
	});
}

/**
 * @param {object} deps
 * @param {object[]} deps.routes spec routes (spec.js)
 * @param {Record<string, object>} deps.handlers operationId -> { public?, prepare?, validate?, handle }
 */
function createSandboxServer(deps) {
	const { options, state, auth, faults, log, routes, handlers, admin, network } = deps;
	const router = createRouter(routes);
	const sockets = new Set();
	const timers = new Set();

	const server = http.createServer((req, res) => {
		handleRequest(req, res).catch((error) => {
			if (res.headersSent || res.destroyed) return;
			send(res, {
				status: error.status || 500,
				body: { statusCode: error.status || 500, message: error.message },
			});
		});
	});
	server.on('connection', (socket) => {
		sockets.add(socket);
		socket.on('close', () => sockets.delete(socket));
	});

	function delay(ms) {
		return new Promise((resolve) => {
			const timer = setTimeout(() => {
				timers.delete(timer);
				resolve();
			}, ms);
			timers.add(timer);
		});
	}

	async function handleRequest(req, res) {
		const url = new URL(req.url, 'http://sandbox.invalid');
		const path = url.pathname;
		const query = parseQuery(url.searchParams);
		const method = req.method;
		const raw = await readBody(req);

		const adminResult = await admin.handle(method, path, query, raw);
		if (adminResult) return send(res, adminResult);

		const match = router.match(method, path);
		const operationId = match ? match.route.operationId : null;
		// The timeline: when the request arrived and when its answer left (ms since the epoch).
		const entry = log.record({
			method,
			path,
			query,
			headers: { ...req.headers },
			body: bodyForLog(raw, req.headers),
			status: null,
			operationId,
			fault: null,
			start: Date.now(),
			end: null,
		});
		if (operationId === 'authorizationToken') log.stats.tokenCalls += 1;
		network.enter();
		res.once('close', () => {
			network.leave();
			entry.end = Date.now();
		});

		const latency = network.delayMs();
		if (latency > 0) await delay(latency); // never resolves if stop() clears it
		const limited = network.admit(
			req.headers['ocp-apim-subscription-key'] ?? query['subscription-key'] ?? '',
		);
		if (limited) {
			entry.fault = 'rateLimit';
			return send(res, limited, entry);
		}

		const fault = faults.take({ method, path, operationId });
		if (fault) entry.fault = fault.kind;
		if (fault && !fault.after) {
			if (fault.kind !== 'slow') return injectFault(fault, req, res, entry);
			await delay(fault.delayMs ?? DEFAULT_SLOW_MS); // never resolves if stop() clears it
		}
		const result = await dispatch(match, { method, query, headers: req.headers, raw });
		if (fault && fault.after) {
			if (fault.kind !== 'slow') return injectFault(fault, req, res, entry, result);
			await delay(fault.delayMs ?? DEFAULT_SLOW_MS);
		}
		return send(res, result, entry);
	}

	/** Answers with the fault instead of (or, given `result`, in place of) the handler's answer. */
	function injectFault(fault, req, res, entry, result) {
		switch (fault.kind) {
			case 'drop':
				req.socket.destroy();
				return undefined;
			case 'hang':
				// No answer at all: the socket stays open until the client gives up or stop() closes it.
				return undefined;
			case 'malformed':
				return send(res, result, entry, 'malformed');
			case 'cut':
				return send(res, result, entry, 'cut');
			case 'answer':
				return send(res, { status: fault.status ?? 200, body: fault.body }, entry);
			case 'echo':
				return send(res, { status: fault.status ?? 400, body: echoBody(req, entry) }, entry);
			case 'expireToken':
				auth.expireTokenOf(req.headers);
				return send(res, auth.expiredAnswer(), entry);
			default: {
				const retryAfter = fault.retryAfter !== undefined && RETRY_AFTER_KINDS.has(fault.kind);
				const headers = retryAfter ? { 'Retry-After': String(fault.retryAfter) } : undefined;
				return send(
					res,
					gatewayError(Number(fault.kind), FAULT_MESSAGES[fault.kind](fault), headers),
					entry,
				);
			}
		}
	}

	async function dispatch(match, request) {
		if (!match) return gatewayError(404, 'Resource not found');
		const { route, params } = match;
		const handler = handlers[route.operationId];
		const ctx = {
			state,
			options,
			query: request.query,
			params,
			headers: request.headers,
			rawBody: request.raw,
			now: new Date(),
			actor: state.employees.get(state.employees.order[0]), // the API client acts as the first employee
			body: undefined,
		};
		if (handler.public) return handler.handle(ctx);

		const denied =
			auth.checkSubscriptionKey(request.headers, request.query) ||
			auth.checkBearer(request.headers);
		if (denied) return denied;

		const paramErrors = validateParams(route.params, { path: params, query: request.query });
		if (paramErrors.length) return validationError(paramErrors);

		const parsed = parseBody(route, handler, request.raw, ctx);
		if (parsed.error) return parsed.error;
		ctx.body = parsed.body;

		try {
			return await handler.handle(ctx);
		} catch (error) {
			// A sandbox bug: answer loudly rather than hang or guess.
			console.error(`[venio-sandbox] ${route.operationId} failed:`, error);
			return {
				status: 500,
				body: {
					status: {
						code: '5000',
						description: `Sandbox error in ${route.operationId}: ${error.message}`,
					},
					data: null,
				},
			};
		}
	}

	/**
	 * The JSON body parsed, keys canonicalised, aliases applied (handler.prepare) and validated
	 * against the schema, then by the handler: { body } or { error } (a 400 result).
	 */
	function parseBody(route, handler, raw, ctx) {
		let body;
		if (raw.trim().length) {
			try {
				body = JSON.parse(raw);
			} catch {
				return { error: validationError('The request body is not valid JSON.') };
			}
		}
		if (body === null) body = undefined; // a JSON null body is no body
		const reference = route.bodySchema && !route.bodySchema.unresolvedRef ? route.bodySchema : null;
		// A handler may refine the reference's schema with what the vendor says elsewhere.
		const schema = reference && handler.bodySchema ? handler.bodySchema(reference) : reference;
		body = normalizeKeys(body, schema);
		if (handler.prepare) body = handler.prepare(body);
		const isArrayBody = Boolean(schema && schema.type === 'array');
		let messages = [];
		if (body === undefined && route.bodyRequired && isArrayBody)
			messages.push('The request body is required.');
		else if (schema) messages = validate(body === undefined ? {} : body, schema);
		if (body === undefined) body = isArrayBody ? [] : {};
		// Handler checks may assume a well-typed body, so they run once the schema is satisfied.
		if (!messages.length && handler.validate) messages = handler.validate(body, ctx);
		return messages.length ? { error: validationError(messages) } : { body };
	}

	/**
	 * Writes `result` as JSON. `damage` 'malformed' sends the first half of it as the whole body
	 * (HTTP 200, never valid JSON: the closing bracket is cut off); 'cut' announces the full length,
	 * sends the first half and closes the connection, as a proxy cut mid-body would.
	 */
	function send(res, result, entry, damage) {
		const text = JSON.stringify(result.body);
		// Encoded once and written as a Buffer: a large string is markedly slower to write.
		const full = Buffer.from(text);
		const payload = damage ? full.subarray(0, Math.floor(full.length / 2)) : full;
		const status = damage ? 200 : result.status;
		if (entry) entry.status = status;
		res.writeHead(status, {
			...result.headers,
			'Content-Type': 'application/json',
			'Content-Length': damage === 'cut' ? full.length : payload.length,
		});
		if (damage !== 'cut') return res.end(payload);
		res.write(payload, () => res.socket?.destroy());
		return undefined;
	}

	function listen() {
		return new Promise((resolve, reject) => {
			server.once('error', reject);
			server.listen(options.port, options.host, () => {
				server.off('error', reject);
				resolve(server.address());
			});
		});
	}

	/** Close the listener and every socket (keep-alive ones too); pending slow faults are dropped. */
	function stop() {
		for (const timer of timers) clearTimeout(timer);
		timers.clear();
		return new Promise((resolve) => {
			server.close(() => resolve());
			for (const socket of sockets) socket.destroy();
		});
	}

	return { listen, stop };
}

module.exports = { createSandboxServer };
