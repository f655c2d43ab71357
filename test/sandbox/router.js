'use strict';

// Path matching, case-insensitive (the vendor sample calls /v2/products/getproduct
// for the documented /v2/Products/GetProduct). A literal segment beats a
// parameter, so /v1/case/categories is not read as /v1/case/{caseNo}.

function compile(route) {
	const segments = route.path
		.split('/')
		.filter(Boolean)
		.map((s) => (s.startsWith('{') ? { param: s.slice(1, -1) } : { literal: s.toLowerCase() }));
	return { route, segments };
}

function moreSpecificFirst(a, b) {
	for (let i = 0; i < Math.min(a.segments.length, b.segments.length); i++) {
		const diff = Number(Boolean(a.segments[i].param)) - Number(Boolean(b.segments[i].param));
		if (diff) return diff;
	}
	return 0;
}

function createRouter(routes) {
	/** "METHOD segmentCount" -> candidates, most specific first. */
	const table = new Map();
	for (const entry of routes.map(compile).sort(moreSpecificFirst)) {
		const key = `${entry.route.method} ${entry.segments.length}`;
		if (!table.has(key)) table.set(key, []);
		table.get(key).push(entry);
	}

	/** { route, params } or null. Params are URL-decoded, case kept. */
	function match(method, path) {
		const parts = path.split('/').filter(Boolean);
		const candidates = table.get(`${method} ${parts.length}`) || [];
		const lower = parts.map((p) => p.toLowerCase());
		for (const { route, segments } of candidates) {
			const params = {};
			let matched = true;
			for (let i = 0; i < segments.length && matched; i++) {
				const segment = segments[i];
				if (segment.param) params[segment.param] = safeDecode(parts[i]);
				else matched = segment.literal === lower[i];
			}
			if (matched) return { route, params };
		}
		return null;
	}

	return { match };
}

function safeDecode(text) {
	try {
		return decodeURIComponent(text);
	} catch {
		return text;
	}
}

module.exports = { createRouter };
