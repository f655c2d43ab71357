#!/usr/bin/env node
'use strict';

// Command line:
//   node test/sandbox/cli.js [--port N] [--host H] [--customers N] [--products N] [--token-ttl S]
//       [--latency MS] [--jitter MS] [--rate-limit N/s]
//       starts a sandbox and runs until SIGINT / SIGTERM.
//   node test/sandbox/cli.js send-webhook --sandbox <url> --to <webhook url> --topic Customer --event Create
//       [--header 'X-Name: value']... [--query token=...]... [--casing pascal] [--data '<json>']
//       asks a running sandbox (POST /__sandbox/webhooks/send) to send one event; prints the answer.

const { startSandbox } = require('./index');
const { parseRate } = require('./network');

const USAGE = `Usage:
  node test/sandbox/cli.js [--port N] [--host H] [--customers N] [--products N] [--token-ttl S]
      [--latency MS] [--jitter MS] [--rate-limit N/s]
      (every answer delayed by MS plus up to the jitter; at most N calls per second per subscription
      key, 429 with Retry-After beyond it; also settable later: POST /__sandbox/network)
  node test/sandbox/cli.js send-webhook --sandbox <url> --to <webhook url> --topic <Topic> --event <Event>
      [--header 'X-Name: value']... [--query name=value]... [--casing camel|pascal] [--data '<json>']`;

const REPEATABLE = new Set(['header', 'query']);
const FLAGS = new Set(['help']);

/** A mistake in the command line: reported with the usage text. */
class UsageError extends Error {}

/** --name value pairs; repeatable flags collect into arrays. */
function parseArgs(argv) {
	const args = { _: [] };
	for (let i = 0; i < argv.length; i++) {
		const arg = argv[i];
		if (!arg.startsWith('--')) {
			args._.push(arg);
			continue;
		}
		const eq = arg.indexOf('=');
		const name = arg.slice(2, eq === -1 ? undefined : eq);
		if (FLAGS.has(name)) {
			args[name] = true;
			continue;
		}
		const value = eq === -1 ? argv[++i] : arg.slice(eq + 1);
		if (value === undefined) throw new UsageError(`--${name} needs a value`);
		if (REPEATABLE.has(name)) (args[name] = args[name] || []).push(value);
		else args[name] = value;
	}
	return args;
}

function integer(value, name) {
	if (value === undefined) return undefined;
	const n = Number(value);
	if (!Number.isFinite(n) || n < 0) throw new UsageError(`--${name} must be a non-negative number`);
	return n;
}

function rate(text) {
	try {
		return parseRate(text);
	} catch (error) {
		throw new UsageError(`--rate-limit: ${error.message}`);
	}
}

async function serve(args) {
	const customers = integer(args.customers, 'customers');
	const products = integer(args.products, 'products');
	const sandbox = await startSandbox({
		host: args.host,
		port: integer(args.port, 'port'),
		tokenTtlSeconds: integer(args['token-ttl'], 'token-ttl'),
		latencyMs: integer(args.latency, 'latency'),
		jitterMs: integer(args.jitter, 'jitter'),
		rateLimit: args['rate-limit'] === undefined ? undefined : rate(args['rate-limit']),
		seed: {
			...(customers === undefined ? {} : { customers }),
			...(products === undefined ? {} : { products }),
		},
	});
	const { credentials } = sandbox;
	// One write, so a parent process reading stdout gets the URL and the credentials together.
	process.stdout.write(
		[
			`Venio sandbox listening on ${sandbox.url}`,
			`  Base URL:         ${credentials.baseUrl}`,
			`  Client ID:        ${credentials.clientId}`,
			`  Client secret:    ${credentials.clientSecret}`,
			`  Subscription key: ${credentials.subscriptionKey}`,
			`  Admin:            ${sandbox.url}/__sandbox/stats`,
			`  Network:          ${JSON.stringify(sandbox.network())}`,
			'',
		].join('\n'),
	);
	const shutdown = async () => {
		await sandbox.stop();
		process.exitCode = 0;
	};
	process.once('SIGINT', shutdown);
	process.once('SIGTERM', shutdown);
}

async function sendWebhook(args) {
	for (const required of ['sandbox', 'to', 'topic', 'event']) {
		if (!args[required]) throw new UsageError(`send-webhook needs --${required}`);
	}
	const target = new URL(args.to);
	for (const pair of args.query || []) {
		const eq = pair.indexOf('=');
		target.searchParams.append(
			eq === -1 ? pair : pair.slice(0, eq),
			eq === -1 ? '' : pair.slice(eq + 1),
		);
	}
	const headers = {};
	for (const header of args.header || []) {
		const colon = header.indexOf(':');
		if (colon < 1) throw new UsageError(`--header must look like 'Name: value', got '${header}'`);
		headers[header.slice(0, colon).trim()] = header.slice(colon + 1).trim();
	}
	const body = { url: target.toString(), topic: args.topic, event: args.event, headers };
	if (args.casing) body.casing = args.casing;
	if (args.data) body.data = JSON.parse(args.data);
	let response;
	try {
		response = await fetch(new URL('/__sandbox/webhooks/send', args.sandbox), {
			method: 'POST',
			headers: { 'Content-Type': 'application/json' },
			body: JSON.stringify(body),
		});
	} catch (error) {
		throw new Error(
			`Cannot reach the sandbox at ${args.sandbox}: ${(error.cause && error.cause.message) || error.message}`,
		);
	}
	const answer = await response.json();
	if (!response.ok)
		throw new Error(`The sandbox could not send the webhook: ${answer.error || response.status}`);
	console.log(`HTTP ${answer.status}`);
	console.log(answer.body);
	process.exitCode = answer.status >= 200 && answer.status < 300 ? 0 : 1;
}

async function main() {
	const args = parseArgs(process.argv.slice(2));
	if (args.help || args._.includes('help')) return console.log(USAGE);
	if (args._[0] === 'send-webhook') return sendWebhook(args);
	if (args._.length) throw new UsageError(`Unknown command ${args._[0]}`);
	return serve(args);
}

main().catch((error) => {
	console.error(error instanceof UsageError ? `${error.message}\n\n${USAGE}` : error.message);
	process.exitCode = 2;
});
