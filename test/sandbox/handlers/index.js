'use strict';

// operationId -> handler, gathered from the groups. A handler is a function
// (ctx) => result, or { bodySchema?, prepare?, validate?, handle } where bodySchema(schema)
// refines the reference's body schema with what the vendor says elsewhere, prepare(body)
// rewrites aliases before validation and validate(body, ctx) returns extra
// messages (conditional requirements the schema cannot state).

const groups = [
	require('./activities'),
	require('./customers'),
	require('./customerEvents'),
	require('./cases'),
	require('./deals'),
	require('./employees'),
	require('./expenses'),
	require('./products'),
	require('./quotations'),
	require('./salesOrders'),
	require('./misc'),
];

function allHandlers() {
	const handlers = {};
	for (const group of groups) {
		for (const [operationId, handler] of Object.entries(group.handlers)) {
			if (handlers[operationId]) throw new Error(`Two handlers for operationId ${operationId}`);
			handlers[operationId] = typeof handler === 'function' ? { handle: handler } : handler;
		}
	}
	return handlers;
}

module.exports = { allHandlers };
