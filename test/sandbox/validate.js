'use strict';

// Request validation against the OpenAPI schemas: required fields, JSON types,
// enums and maxLength. `null` counts as "not sent" (n8n and the vendor
// examples send nulls freely), so only required fields reject it.

const isPlainObject = (v) => v !== null && typeof v === 'object' && !Array.isArray(v);

/** A required value that is absent, null or an empty string is missing. */
const isMissing = (v) => v === undefined || v === null || v === '';

/**
 * Body keys bind case-insensitively (ASP.NET style; the vendor sample sends
 * `quotationNo` where the page shows `QuotationNo`). Returns a copy whose keys
 * use the schema's spelling; keys the schema does not name are kept as sent.
 */
function normalizeKeys(value, schema) {
	if (!schema) return value;
	if (Array.isArray(value))
		return schema.items ? value.map((v) => normalizeKeys(v, schema.items)) : value;
	if (!isPlainObject(value) || !schema.properties) return value;
	const canonical = new Map(Object.keys(schema.properties).map((k) => [k.toLowerCase(), k]));
	const out = {};
	// Exact spellings first, so { QuotationNo, quotationNo } keeps the exact one.
	const keys = Object.keys(value).sort(
		(a, b) => Number(!(a in schema.properties)) - Number(!(b in schema.properties)),
	);
	for (const key of keys) {
		const name = canonical.get(key.toLowerCase()) || key;
		if (name in out) continue;
		out[name] = normalizeKeys(value[key], schema.properties[name]);
	}
	return out;
}

const TYPE_CHECKS = {
	string: (v) => typeof v === 'string',
	integer: (v) => Number.isInteger(v),
	number: (v) => typeof v === 'number' && Number.isFinite(v),
	boolean: (v) => typeof v === 'boolean',
	array: Array.isArray,
	object: isPlainObject,
};

const TYPE_WORDS = {
	string: 'a string',
	integer: 'an integer',
	number: 'a number',
	boolean: 'a boolean',
	array: 'an array',
	object: 'an object',
};

function schemaType(schema) {
	if (schema.type) return schema.type;
	if (schema.properties) return 'object';
	if (schema.items) return 'array';
	return null;
}

/** Messages like "customerName is required." for everything wrong with `value`. */
function validateValue(value, schema, label, messages) {
	if (!schema || value === undefined || value === null) return messages;
	const type = schemaType(schema);
	if (type && TYPE_CHECKS[type] && !TYPE_CHECKS[type](value)) {
		messages.push(`${label || 'The request body'} must be ${TYPE_WORDS[type]}.`);
		return messages;
	}
	if (schema.enum) {
		const allowed = schema.enum.filter((v) => v !== null);
		if (!allowed.includes(value)) messages.push(enumMessage(label, allowed));
	}
	if (
		typeof value === 'string' &&
		schema.maxLength !== undefined &&
		value.length > schema.maxLength
	) {
		messages.push(`${label} must be at most ${schema.maxLength} characters.`);
	}
	if (type === 'array' && schema.items) {
		value.forEach((item, i) => validateValue(item, schema.items, `${label}[${i}]`, messages));
	}
	if (type === 'object') {
		const prefix = label ? `${label}.` : '';
		for (const name of schema.required || []) {
			if (isMissing(value[name])) messages.push(`${prefix}${name} is required.`);
		}
		for (const [name, propertySchema] of Object.entries(schema.properties || {})) {
			if (!isMissing(value[name]))
				validateValue(value[name], propertySchema, `${prefix}${name}`, messages);
		}
	}
	return messages;
}

const enumMessage = (label, allowed) => `${label} must be one of: ${allowed.join(', ')}.`;

const validate = (value, schema) => validateValue(value, schema, '', []);

/** Required query parameters and typed path/query parameters. */
function validateParams(params, values) {
	const messages = [];
	for (const param of params) {
		const raw = values[param.in] && values[param.in][param.name];
		if (isMissing(raw)) {
			if (param.required) messages.push(`${param.name} is required.`);
			continue;
		}
		const type = param.schema && param.schema.type;
		// Lists may come as repeated parameters or comma-separated.
		const items = [].concat(raw).flatMap((v) => String(v).split(','));
		if (
			(type === 'integer' || type === 'number') &&
			!items.every((v) => /^-?\d+(\.\d+)?$/.test(v.trim()))
		) {
			// ASP.NET model-binding wording.
			messages.push(`The value '${raw}' is not valid for ${param.name}.`);
		}
	}
	return messages;
}

module.exports = { normalizeKeys, validate, validateParams, enumMessage, isMissing, isPlainObject };
