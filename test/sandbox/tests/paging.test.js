'use strict';
// Paging through a sandbox seeded with 100,000 customers stays exact and does not slow down.

const { startSandbox } = require('..');
const { clientFor } = require('./client');
const { SMALL_SEED } = require('./smallSeed');

describe('paging over 100,000 customers', () => {
	let big;
	let api;
	let seedCpuMs;
	let seedWallMs;

	beforeAll(async () => {
		await startSandbox({ seed: SMALL_SEED }).then((warm) => warm.stop()); // spec parsed and code warm
		const cpu = process.cpuUsage();
		const started = Date.now();
		big = await startSandbox({ seed: { customers: 100000 } });
		seedWallMs = Date.now() - started;
		const used = process.cpuUsage(cpu);
		seedCpuMs = (used.user + used.system) / 1000;
		api = await clientFor(big);
	});
	afterAll(() => big.stop());

	test('seeds in under 2 s', () => {
		expect(big.state.customers.size).toBe(100000);
		// CPU time, not wall time: jest runs test files in parallel, and other processes'
		// load must not fail this test. Wall time gets a loose sanity bound.
		expect(seedCpuMs).toBeLessThan(2000);
		expect(seedWallMs).toBeLessThan(10000);
	});

	test('a page deep in the list costs no more than one near the start', async () => {
		const timePages = async (from) => {
			const started = Date.now();
			for (let skip = from; skip < from + 50 * 20; skip += 20) {
				const page = await api.call('POST', '/v3/customers/enquiry', {
					customerType: 0,
					pageLength: 20,
					skip,
				});
				expect(page.json.data[0].customerCode).toBe(`C${String(skip + 1).padStart(6, '0')}`);
			}
			return Date.now() - started;
		};
		await timePages(0);
		const near = await timePages(0);
		const deep = await timePages(98000);
		expect(deep).toBeLessThan(near * 3 + 200);
	});

	test('skip + pageLength returns every code exactly once, in order', async () => {
		const codes = [];
		const started = Date.now();
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
		const elapsed = Date.now() - started;
		expect(pages).toBe(101);
		// ~90 MB of JSON written and parsed in this one process; a loose bound that still catches
		// per-page work growing with the skip.
		expect(codes).toHaveLength(100000);
		expect(codes[0]).toBe('C000001');
		expect(codes.every((code, i) => code === `C${String(i + 1).padStart(6, '0')}`)).toBe(true);
		expect(elapsed).toBeLessThan(30000);
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
