'use strict';

// Injected failures. A fault matches a request by method, path (string: the
// exact path, case-insensitive; RegExp: tested against the path without
// query) and operationId, all optional; the oldest matching fault wins and
// uses up one of its `times`.

const KINDS = new Set([
	'429',
	'500',
	'502',
	'503',
	'504',
	'slow',
	'drop',
	'hang',
	'malformed',
	'expireToken',
]);

function createFaults() {
	let faults = [];
	let nextId = 1;

	function add(spec) {
		const fault = { times: 1, ...spec, kind: String(spec && spec.kind) };
		if (!KINDS.has(fault.kind)) {
			throw new TypeError(
				`Unknown fault kind "${spec && spec.kind}"; use one of ${[...KINDS].join(', ')}`,
			);
		}
		if (!(Number.isInteger(fault.times) && fault.times > 0))
			throw new TypeError('fault.times must be a positive integer');
		fault.id = nextId++;
		faults.push(fault);
		return { ...fault };
	}

	function matches(fault, { method, path, operationId }) {
		if (fault.method && fault.method.toUpperCase() !== method) return false;
		if (fault.operationId && fault.operationId !== operationId) return false;
		if (fault.path instanceof RegExp) {
			fault.path.lastIndex = 0;
			if (!fault.path.test(path)) return false;
		} else if (fault.path && fault.path.toLowerCase() !== path.toLowerCase()) {
			return false;
		}
		return true;
	}

	/** The fault to apply to this request (its count already taken), or null. */
	function take(request) {
		const fault = faults.find((f) => matches(f, request));
		if (!fault) return null;
		fault.times -= 1;
		if (fault.times === 0) faults = faults.filter((f) => f !== fault);
		return fault;
	}

	return {
		add,
		clear: () => {
			faults = [];
		},
		/** Faults still armed, with their remaining `times`. */
		list: () => faults.map((f) => ({ ...f })),
		take,
	};
}

module.exports = { createFaults, FAULT_KINDS: KINDS };
