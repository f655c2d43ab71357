'use strict';
// The endpoint table (nodes/shared/api/endpoints.ts) against the API reference the sandbox is built
// from (test/sandbox/venio-openapi.yaml, a copy of the shared Venio reference): same operations,
// same methods, same paths. A path corrected in one and not the other fails here.
const fs = require('node:fs');
const path = require('node:path');
const YAML = require('yaml');

const { ACCESS_TOKEN_ENDPOINT, ENDPOINTS } = require('./endpoints');

const spec = YAML.parse(
	fs.readFileSync(path.join(__dirname, 'sandbox', 'venio-openapi.yaml'), 'utf8'),
);

function referenceOperations() {
	const operations = {};
	for (const [route, methods] of Object.entries(spec.paths)) {
		for (const [method, operation] of Object.entries(methods)) {
			if (!operation || !operation.operationId) continue;
			operations[operation.operationId] = { method: method.toUpperCase(), path: route };
		}
	}
	return operations;
}

test('every reference operation is in the endpoint table with its method and path', () => {
	const { authorizationToken, ...operations } = referenceOperations();
	const table = Object.fromEntries(
		Object.entries(ENDPOINTS).map(([id, { method, path: route }]) => [id, { method, path: route }]),
	);
	expect(table).toEqual(operations);
	expect(ACCESS_TOKEN_ENDPOINT).toEqual(authorizationToken);
});

test('read-only POSTs are the enquiry endpoints of the reference', () => {
	for (const [id, endpoint] of Object.entries(ENDPOINTS)) {
		if (!endpoint.readOnly) continue;
		expect(endpoint.method).toBe('POST');
		expect(`${id} ${endpoint.path}`).toMatch(/enquiry|Enquiry|GetProduct|getProduct/);
	}
});

test("an endpoint is flagged unconfirmed exactly when the reference's x-evidence is not documented", () => {
	const evidence = {};
	for (const methods of Object.values(spec.paths)) {
		for (const operation of Object.values(methods)) {
			if (operation && operation.operationId) evidence[operation.operationId] = operation['x-evidence'];
		}
	}
	const flagged = Object.fromEntries(
		Object.entries(ENDPOINTS).map(([id, endpoint]) => [id, endpoint.unconfirmed ?? 'documented']),
	);
	const { authorizationToken, ...operations } = evidence;
	expect(flagged).toEqual(operations);
	expect(Object.values(flagged).filter((value) => value !== 'documented').length).toBeGreaterThan(20);
});
