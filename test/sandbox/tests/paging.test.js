'use strict';
// Paging through a sandbox seeded with 100,000 customers stays exact. How fast it seeds and whether a
// deep page costs more than a near one are measured in `npm run bench` (test/bench/sandbox.js): a
// timed assertion here would fail on a busy machine and prove nothing on an idle one.

const { startSandbox } = require('..');
const { clientFor } = require('./client');

describe('paging over 100,000 customers', () => {
	let big;
	let api;

	beforeAll(async () => {
		big = await startSandbox({ seed: { customers: 100000 } });
		api = await clientFor(big);
	});
	afterAll(() => big.stop());

	test('seeds 100,000 customers', () => {
		expect(big.state.customers.size).toBe(100000);
	});

	test('a page deep in the list starts where its offset says', async () => {
		for (const from of [0, 98000]) {
			for (let skip = from; skip < from + 50 * 20; skip += 20) {
				const page = await api.call('POST', '/v3/customers/enquiry', {
					customerType: 0,
					pageLength: 20,
					skip,
				});
				expect(page.json.data[0].customerCode).toBe(`C${String(skip + 1).padStart(6, '0')}`);
			}
		}
	});

	test('skip + pageLength returns every code exactly once, in order', async () => {
		const codes = [];
		let pages = 0;
		for (let skip = 0; ; skip += 1000) {
			const page = await api.call('POST', '/v3/customers/enquiry', {
				customerType: 0,
				pageLength: 1000,
				skip,
			});
			pages += 1;
			codes.push(...page.json.data.map((c) => c.customerCode));
			if (page.json.data.length < 1000) break;
		}
		expect(pages).toBe(101);
		expect(codes).toHaveLength(100000);
		expect(codes[0]).toBe('C000001');
		expect(codes.every((code, i) => code === `C${String(i + 1).padStart(6, '0')}`)).toBe(true);
	});

	test('filtered paging stays exact, and pages are capped at maxPageSize', async () => {
		const expected = big.state.customers
			.filter((c) => c.customerType === 11100)
			.map((c) => c.customerCode);
		const seen = [];
		for (let skip = 0; ; skip += 700) {
			const page = await api.call('POST', '/v3/customers/enquiry', {
				customerType: 11100,
				pageLength: 700,
				skip,
			});
			seen.push(...page.json.data.map((c) => c.customerCode));
			if (page.json.data.length < 700) break;
		}
		expect(seen).toEqual(expected);
		const capped = await api.call('POST', '/v3/customers/enquiry', {
			customerType: 0,
			pageLength: 5000,
		});
		expect(capped.json.data).toHaveLength(1000);
	});
});
