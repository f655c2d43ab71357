'use strict';
// "From list" under a Venio that serves shorter pages than asked (a server-side page cap): a short
// page is not the end of the list, so the picker keeps offering more until a page comes back empty.
const { useVenio } = require('./support');

const CAP = 20;
const env = useVenio({ maxPageSize: CAP });

test('searchCustomers still lists every customer when Venio serves pages shorter than asked', async () => {
	const seen = [];
	let page = await env.method('listSearch', 'searchCustomers', {});
	for (let pages = 0; pages < 1000; pages++) {
		seen.push(...page.results.map((r) => r.value));
		if (!page.paginationToken) break;
		page = await env.method('listSearch', 'searchCustomers', {
			paginationToken: page.paginationToken,
		});
	}
	const all = [...env.state.customers.values()].map((c) => c.customerCode);
	expect(all.length).toBeGreaterThan(3 * CAP);
	expect(seen.length).toBe(all.length);
	expect(new Set(seen)).toEqual(new Set(all));
});
