'use strict';
// A webhook request as n8n's webhook server reads, parses and answers it around a node's webhook()
// (n8n 2.x: middlewares/body-parser.ts, webhook-helpers.ts), and the additional data it gives the run.
const querystring = require('node:querystring');

const { jsonParse } = require('n8n-workflow');

/** n8n's N8N_PAYLOAD_SIZE_MAX default, in bytes. */
const N8N_PAYLOAD_SIZE_MAX = 16 * 1024 * 1024;

/** What n8n's parseIncomingMessage leaves on a request: the bare media type and the charset. */
function describeContent(req) {
	const [mediaType, ...params] = String(req.headers['content-type'] ?? '').split(';');
	req.contentType = mediaType.trim().toLowerCase() || undefined;
	const charset = params.map((p) => p.trim().split('=')).find(([key]) => key?.toLowerCase() === 'charset');
	req.encoding = charset?.[1]?.toLowerCase() === 'utf-8' || !charset ? 'utf8' : charset[1].toLowerCase();
}

/** n8n's rawBodyReader: `readRawBody()` reads the stream once into `rawBody`. */
function addRawBodyReader(req) {
	req.readRawBody = async () => {
		if (req.rawBody) return;
		const chunks = [];
		let size = 0;
		for await (const chunk of req) {
			size += chunk.length;
			if (size > N8N_PAYLOAD_SIZE_MAX) {
				throw Object.assign(new Error('request entity too large'), { status: 413 });
			}
			chunks.push(chunk);
		}
		req.rawBody = Buffer.concat(chunks);
		req._body = true;
	};
}

/** n8n's parseBody for a version-1 webhook node: JSON, form and text bodies; XML is left unparsed. */
async function parseBody(req) {
	await req.readRawBody();
	if (!req.rawBody.length) return;
	const text = req.rawBody.toString(req.encoding);
	try {
		if (req.contentType === 'application/json') req.body = jsonParse(text);
		else if (req.contentType === 'application/x-www-form-urlencoded') req.body = querystring.parse(text);
		else if (req.contentType === 'text/plain') req.body = text;
	} catch (error) {
		throw Object.assign(new Error('Failed to parse request body'), { status: 422, hint: error.message });
	}
}

function sendJson(res, status, body) {
	if (res.headersSent) return;
	res.statusCode = status;
	res.setHeader('Content-Type', 'application/json; charset=utf-8');
	res.end(JSON.stringify(body));
}

/** The additional data n8n gives a webhook run (WorkflowExecuteAdditionalData.getBase + request). */
function additionalDataFor({ credentialsHelper, baseUrl, req, res, executionId, hooks }) {
	return {
		credentialsHelper,
		hooks,
		executionId,
		httpRequest: req,
		httpResponse: res,
		restApiUrl: `${baseUrl}/rest`,
		instanceBaseUrl: `${baseUrl}/`,
		webhookBaseUrl: `${baseUrl}/webhook`,
		webhookWaitingBaseUrl: `${baseUrl}/webhook-waiting`,
		webhookTestBaseUrl: `${baseUrl}/webhook-test`,
		formBaseUrl: `${baseUrl}/form`,
		formWaitingBaseUrl: `${baseUrl}/form-waiting`,
		formTestBaseUrl: `${baseUrl}/form-test`,
		variables: {},
		currentNodeExecutionIndex: 0,
		executeWorkflow: async () => {
			throw new Error('Sub-workflows are not part of these tests');
		},
		logAiEvent: () => {},
		setExecutionStatus: () => {},
	};
}

module.exports = { describeContent, addRawBodyReader, parseBody, sendJson, additionalDataFor };
