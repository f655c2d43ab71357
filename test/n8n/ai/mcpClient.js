'use strict';
/**
 * The official MCP client (@modelcontextprotocol/sdk) connected to an MCP Server Trigger's
 * production URL, as a desktop assistant would connect, with a record of every answer: its text,
 * its size in characters and whether it was an error.
 */
const { setTimeout: sleep } = require('timers/promises');
const { Client } = require('@modelcontextprotocol/sdk/client/index.js');
const {
	StreamableHTTPClientTransport,
} = require('@modelcontextprotocol/sdk/client/streamableHttp.js');
const { SSEClientTransport } = require('@modelcontextprotocol/sdk/client/sse.js');

const TRANSPORTS = {
	http: (url) => new StreamableHTTPClientTransport(new URL(url)),
	sse: (url) => new SSEClientTransport(new URL(url)),
};

/**
 * Connects over `transport` ('http' or 'sse'). n8n registers a trigger's webhooks a moment after
 * activation (it answers 404 until then), so a refused connection is tried again until `timeoutMs`.
 */
async function connectMcp(url, { transport = 'http', timeoutMs = 60000 } = {}) {
	const deadline = Date.now() + timeoutMs;
	for (;;) {
		const client = new Client({ name: 'n8n-nodes-venio-test', version: '1.0.0' });
		try {
			await client.connect(TRANSPORTS[transport](url));
			return recording(client);
		} catch (error) {
			await client.close().catch(() => {});
			if (Date.now() > deadline) {
				throw new Error(`no MCP server at ${url} over ${transport}: ${error.message}`);
			}
			await sleep(500);
		}
	}
}

/** The client, with `call(name, args)` that keeps each answer in `answers`. */
function recording(client) {
	const answers = [];
	return {
		client,
		answers,
		serverVersion: () => client.getServerVersion(),
		listTools: async () => (await client.listTools()).tools,
		/** Calls a tool; returns { isError, text, json (parsed when it is JSON), size }. */
		async call(name, args) {
			const result = await client.callTool({ name, arguments: args });
			const text = result.content
				.filter((part) => part.type === 'text')
				.map((part) => part.text)
				.join('\n');
			let json;
			try {
				json = JSON.parse(text);
			} catch {
				json = undefined;
			}
			const answer = {
				tool: name,
				args,
				isError: result.isError === true,
				text,
				json,
				size: text.length,
			};
			answers.push(answer);
			return answer;
		},
		close: () => client.close(),
	};
}

module.exports = { connectMcp };
