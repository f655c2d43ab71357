'use strict';
// Every operation of the vendored openapi has a sandbox handler: each is called at the method
// and path of the node's endpoint table, with the request its example builds.

const { startSandbox } = require('..');
const { loadSpec } = require('../spec');
const { ENDPOINTS } = require('../../endpoints');
const { tokenRequest } = require('./client');
const { EXAMPLES, examplePath } = require('./operationExamples');
const { SMALL_SEED } = require('./smallSeed');
const { useSandbox } = require('./useSandbox');

describe('Venio sandbox', () => {
	const { sandbox, api } = useSandbox();

	describe('every operation in the vendored openapi', () => {
		/** Success in one of the documented envelopes. */
		function isWellFormedSuccess(json) {
			if (json && json.status) return String(json.status.code) === '1000' && 'data' in json;
			if (json && 'statusCode' in json)
				return json.statusCode === 1000 && json.httpStatusCode === 200 && Array.isArray(json.data);
			return Boolean(json && json.data && 'value' in json.data);
		}

		test('each has a handler that answers a plausible request successfully', async () => {
			const { routes } = loadSpec();
			expect(routes.length).toBeGreaterThanOrEqual(61);
			const token = await tokenRequest(sandbox);
			expect(token.json.access_token).toBeDefined();
			const failures = [];
			for (const route of routes) {
				if (route.operationId === 'authorizationToken') continue;
				const endpoint = ENDPOINTS[route.operationId];
				const example = EXAMPLES[route.operationId];
				if (!endpoint || !example) {
					failures.push(`${route.operationId}: no ${endpoint ? 'example' : 'endpoint'}`);
					continue;
				}
				expect([endpoint.method, endpoint.path]).toEqual([route.method, route.path]);
				const request = example(sandbox.state);
				const answer = await api.call(
					endpoint.method,
					examplePath(endpoint, request),
					request.body,
				);
				const logged = sandbox.stats.requests.at(-1);
				if (
					answer.status === 404 ||
					answer.headers['content-type'] !== 'application/json' ||
					!isWellFormedSuccess(answer.json)
				) {
					failures.push(`${route.operationId}: HTTP ${answer.status} ${answer.text.slice(0, 200)}`);
				} else if (logged.operationId !== route.operationId) {
					failures.push(`${route.operationId}: routed to ${logged.operationId}`);
				}
			}
			const operations = new Set(routes.map((route) => route.operationId));
			for (const id of Object.keys(EXAMPLES))
				if (!operations.has(id))
					failures.push(`${id}: an example for no operation of the reference`);
			expect(failures).toEqual([]);
		});

		test('a missing handler is a start-up error', () => {
			const handlers = require('../handlers/deals').handlers;
			const saved = handlers.dealGet;
			delete handlers.dealGet;
			try {
				return expect(startSandbox({ seed: SMALL_SEED })).rejects.toThrow(/Missing: dealGet/);
			} finally {
				handlers.dealGet = saved;
			}
		});
	});
});
