'use strict';
/**
 * Test instrumentation, preloaded into each n8n process of the queue-mode suite
 * (NODE_OPTIONS=--require …/process-tag.js, VENIO_TEST_PROCESS=worker-1): every outgoing HTTP
 * request carries an `X-Venio-Test-Process` header naming the process, so the Venio sandbox can
 * say which process fetched a token. It only adds a header; it changes nothing n8n or the package
 * does. It uses Node's published diagnostics channels for its two HTTP clients (node:http and
 * undici's fetch), not a patched function.
 */
const diagnosticsChannel = require('node:diagnostics_channel');

const HEADER = 'x-venio-test-process';
const name = process.env.VENIO_TEST_PROCESS;

if (name) {
	diagnosticsChannel.subscribe('http.client.request.created', ({ request }) => {
		if (!request.headersSent && !request.hasHeader(HEADER)) request.setHeader(HEADER, name);
	});
	diagnosticsChannel.subscribe('undici:request:create', ({ request }) => {
		request.addHeader(HEADER, name);
	});
}

module.exports = { HEADER };
