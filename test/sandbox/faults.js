'use strict';

// Injected failures. A fault matches a request by method, path (string: the
// exact path, case-insensitive; RegExp: tested against the path without
// query) and operationId, all optional; the oldest matching fault wins and
// uses up one of its `times`. With `after: true` the request is carried out
// first and the fault replaces its answer (a write that happened, then a 504
// or a dropped connection); 'malformed' and 'cut' always come after. 'answer'
// replaces the answer with the fault's own `body` (and `status`, default 200):
// a shape Venio may send that no handler does. '403' is Azure API Management's
// spent quota (with retryAfter). 'echo' answers `status` (default 400) with an
// identity-server error quoting the request back: its form body (the client
// secret), its subscription key and its bearer token, as careless servers do.

const KINDS = new Set([
	'403',
	'429',
	'500',
	'502',
	'503',
	'504',
	'slow',
	'drop',
	'malformed',
	'cut',
	'hang',
	'answer',
	'echo',
	'expireToken',
]);

/** Faults that damage the real answer, so the request is always carried out first. */
const ANSWER_KINDS = new Set(['malformed', 'cut']);

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
		if (fault.after && fault.kind === 'expireToken')
			throw new TypeError("'expireToken' cannot come after the request");
		fault.after = Boolean(fault.after) || ANSWER_KINDS.has(fault.kind);
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
