'use strict';

// Reads the vendored OpenAPI document: one route per `paths` operation, with
// its parameters and JSON request schema fully resolved ($ref, allOf), so the
// server can route and validate without touching the YAML again.

const fs = require('fs');
const path = require('path');
const YAML = require('yaml');

const SPEC_FILE = path.join(__dirname, 'venio-openapi.yaml');
const METHODS = ['get', 'put', 'post', 'delete', 'patch', 'head', 'options'];

function createResolver(doc) {
	const cache = new Map();

	function lookup(ref) {
		if (cache.has(ref)) return cache.get(ref);
		let target = doc;
		for (const part of ref.replace(/^#\//, '').split('/')) target = target && target[part];
		// A dangling $ref (the document has one: DealCreateRequest) means "shape unknown":
		// the handler states its own required fields instead.
		const placeholder = {};
		cache.set(ref, placeholder); // guards against reference cycles
		Object.assign(placeholder, target ? resolve(target) : { unresolvedRef: ref });
		return placeholder;
	}

	function resolve(node) {
		if (Array.isArray(node)) return node.map(resolve);
		if (!node || typeof node !== 'object') return node;
		if (node.$ref) return lookup(node.$ref);
		const out = {};
		for (const [key, value] of Object.entries(node)) {
			if (key !== 'allOf') out[key] = resolve(value);
		}
		if (node.allOf) mergeAllOf(out, node.allOf.map(resolve));
		return out;
	}

	return resolve;
}

/** allOf parts merged into one schema: properties joined, required lists joined. */
function mergeAllOf(target, parts) {
	for (const part of parts) {
		for (const [key, value] of Object.entries(part)) {
			if (key === 'properties') target.properties = { ...(target.properties || {}), ...value };
			else if (key === 'required')
				target.required = [...new Set([...(target.required || []), ...value])];
			else if (!(key in target)) target[key] = value;
		}
	}
}

/** Parsed specs by file: parsing the YAML takes a while, and the result is never modified. */
const cache = new Map();

function loadSpec(file = SPEC_FILE) {
	if (!cache.has(file)) cache.set(file, parseSpec(file));
	return cache.get(file);
}

function parseSpec(file) {
	const doc = YAML.parse(fs.readFileSync(file, 'utf8'));
	const resolve = createResolver(doc);
	const routes = [];
	for (const [routePath, item] of Object.entries(doc.paths || {})) {
		for (const method of METHODS) {
			const operation = item[method];
			if (!operation) continue;
			// GET /v1/customerEvent/filter documents its (unusual) GET body under x-request-body.
			const body = operation.requestBody || operation['x-request-body'];
			const json = body && body.content && body.content['application/json'];
			routes.push({
				method: method.toUpperCase(),
				path: routePath,
				operationId: operation.operationId,
				params: resolve([...(item.parameters || []), ...(operation.parameters || [])]),
				bodySchema: json ? resolve(json.schema) : null,
				bodyRequired: Boolean(operation.requestBody && operation.requestBody.required),
			});
		}
	}
	return { doc, routes };
}

module.exports = { loadSpec, SPEC_FILE };
