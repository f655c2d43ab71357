'use strict';
// Parallel requests (Options › Parallel Requests) and the run's pacer, through n8n-core's engine
// against the sandbox in its real-network modes (latency, jitter, a gateway rate limit): output
// order and pairing, Continue On Fail, rate limits pausing the whole run, one token for requests
// sent together, Return All reading ahead, writes never re-sent. No assertion is about speed.
const { startSandbox } = require('./sandbox');
const { Engine, venioWorkflow } = require('./harness/engine');
const { DEFAULT_PAGE_SIZE } = require('../dist/nodes/shared/transport/paging');

let sandbox;
let engine;
let credentials;
beforeAll(async () => {
	sandbox = await startSandbox({ seed: { customers: 120 } });
	engine = new Engine();
	credentials = engine.addVenioCredential(sandbox.credentials);
});
afterAll(async () => {
	await sandbox.stop();
});
afterEach(() => {
	sandbox.faults.clear();
	sandbox.network({ latencyMs: 0, jitterMs: 0, rateLimit: 0 });
});

const codes = (count) => sandbox.state.customers.order.slice(0, count);

const getCustomer = (parallelRequests) => ({
	resource: 'customer',
	operation: 'get',
	customer: { __rl: true, mode: 'code', value: '={{ $json.code }}' },
	simplify: false,
	options: parallelRequests === undefined ? {} : { parallelRequests },
});

/** Runs the node over `items` against `target`; the sandbox's log of this run comes back too. */
async function run(
	parameters,
	{ items = [{}], continueOnFail = false, target = sandbox, creds = credentials } = {},
) {
	target.resetStats();
	const result = await engine.run(
		venioWorkflow({ items, parameters, credentials: creds, continueOnFail }),
	);
	const requests = [...target.stats.requests];
	return {
		out: result.items.Venio ?? [],
		paired: result.pairedItems.Venio ?? [],
		error: result.error,
		requests,
		calls: requests.filter((r) => r.operationId !== 'authorizationToken'),
		tokenCalls: target.stats.tokenCalls,
		peak: target.load.peakInFlight,
	};
}

describe('items in parallel', () => {
	test('output keeps the input order and pairing while answers arrive out of order', async () => {
		sandbox.network({ latencyMs: 2, jitterMs: 40 });
		const wanted = codes(60);
		const { out, paired, calls, peak, error } = await run(getCustomer(8), {
			items: wanted.map((code) => ({ code })),
		});
		expect(error).toBeUndefined();
		// Each item's own expression was resolved: item i got customer i.
		expect(out.map((c) => c.customerCode)).toEqual(wanted);
		expect(paired).toEqual(wanted.map((_, i) => ({ item: i })));
		expect(calls).toHaveLength(60);
		// The answers did come back in another order than the requests went out.
		const answered = [...calls].sort((a, b) => a.end - b.end).map((c) => c.path);
		expect(answered).not.toEqual(calls.map((c) => c.path));
		expect(peak).toBeGreaterThan(1);
		expect(peak).toBeLessThanOrEqual(8);
	});

	test('requests in flight never exceed Parallel Requests', async () => {
		sandbox.network({ latencyMs: 15 });
		const wanted = codes(30);
		const { out, peak } = await run(getCustomer(3), { items: wanted.map((code) => ({ code })) });
		expect(out).toHaveLength(30);
		expect(peak).toBeGreaterThan(1);
		expect(peak).toBeLessThanOrEqual(3);
	});

	test('Parallel Requests 1 sends one request at a time, in item order', async () => {
		sandbox.network({ latencyMs: 5, jitterMs: 10 });
		const wanted = codes(12);
		const { calls, peak } = await run(getCustomer(1), { items: wanted.map((code) => ({ code })) });
		expect(peak).toBe(1);
		expect(calls.map((c) => c.path)).toEqual(wanted.map((code) => `/v3/customers/${code}`));
	});

	test('Parallel Requests 1: an item reads the record only after the item before it wrote it', async () => {
		sandbox.network({ latencyMs: 5 });
		const deal = sandbox.state.deals.get(sandbox.state.deals.order[0]);
		// Item 1 sets nothing: Deal › Update reads the deal and sends its fields back as they are.
		// Read before item 0's write, it would send the old name back.
		const { error, calls } = await run(
			{
				resource: 'deal',
				operation: 'update',
				deal: { __rl: true, mode: 'id', value: String(deal.dealsId) },
				updateFields: { dealName: '={{ $json.name }}' },
				options: { parallelRequests: 1 },
			},
			{ items: [{ name: 'Renamed by item 0' }, { name: '' }] },
		);
		expect(error).toBeUndefined();
		expect(calls.map((c) => c.method)).toEqual(['GET', 'PUT', 'GET', 'PUT']);
		expect(calls[3].body.dealName).toBe('Renamed by item 0');
		expect(sandbox.state.deals.get(deal.dealsId).dealsName).toBe('Renamed by item 0');
	});

	test('reads an update makes first are in flight together too, not one item after another', async () => {
		sandbox.network({ latencyMs: 30 });
		const deals = sandbox.state.deals.order.slice(0, 16);
		expect(deals).toHaveLength(16);
		const { error, calls } = await run(
			{
				resource: 'deal',
				operation: 'update',
				deal: { __rl: true, mode: 'id', value: '={{ $json.id }}' },
				updateFields: { remark: 'checked' },
				options: { parallelRequests: 8 },
			},
			{ items: deals.map((id) => ({ id: String(id) })) },
		);
		expect(error).toBeUndefined();
		const reads = calls.filter((c) => c.method === 'GET');
		expect(reads).toHaveLength(16);
		// The most reads Venio was answering at one moment.
		const together = Math.max(
			...reads.map((r) => reads.filter((o) => o.start <= r.start && o.end > r.start).length),
		);
		expect(together).toBeGreaterThan(2);
	});

	test('an item whose parameters are wrong stops the run there: items after it are never sent', async () => {
		sandbox.network({ latencyMs: 5, jitterMs: 5 });
		const wanted = codes(30).map((code, i) => (i === 5 ? '' : code));
		const { error, calls } = await run(getCustomer(4), { items: wanted.map((code) => ({ code })) });
		expect(error.description ?? error.message).toMatch(/item 5/);
		// Items after 5 were read from their parameters ahead, but none was sent.
		expect(calls.map((c) => c.path).sort()).toEqual(
			wanted
				.slice(0, 5)
				.map((code) => `/v3/customers/${code}`)
				.sort(),
		);
	});

	test('Continue On Fail turns exactly the failing items into error items, in place', async () => {
		sandbox.network({ latencyMs: 2, jitterMs: 20 });
		const failing = new Set([3, 7, 8, 19, 31]);
		const wanted = codes(32).map((code, i) => (failing.has(i) ? `NOPE${i}` : code));
		const { out, paired, error } = await run(getCustomer(8), {
			items: wanted.map((code) => ({ code })),
			continueOnFail: true,
		});
		expect(error).toBeUndefined();
		expect(paired).toEqual(wanted.map((_, i) => ({ item: i })));
		out.forEach((item, i) => {
			if (failing.has(i)) {
				expect(item.error).toMatch(new RegExp(`NOPE${i}.*not found`));
				expect(item.description).toMatch(new RegExp(`item ${i}, Customer › Get`));
			} else {
				expect(item.customerCode).toBe(wanted[i]);
			}
		});
	});

	test('without Continue On Fail the first failing item (by input order) is the error', async () => {
		sandbox.network({ latencyMs: 2, jitterMs: 20 });
		const wanted = codes(40).map((code, i) => (i === 9 || i === 12 ? `NOPE${i}` : code));
		const { error, calls } = await run(getCustomer(4), { items: wanted.map((code) => ({ code })) });
		expect(error.message).toMatch(/NOPE9/);
		expect(error.description).toMatch(/item 9, Customer › Get/);
		// No further item starts after a failure; only those already running finish.
		expect(calls.length).toBeLessThan(40);
	});

	test('a create is never sent twice after a dropped connection, whichever item it hits', async () => {
		sandbox.network({ latencyMs: 2, jitterMs: 10 });
		sandbox.faults.add({ operationId: 'customerCreateOrUpdate', kind: 'drop', times: 1 });
		const before = sandbox.state.customers.size;
		const names = Array.from({ length: 16 }, (_, i) => `Parallel create ${i}`);
		const { out, calls } = await run(
			{
				resource: 'customer',
				operation: 'upsert',
				customerName: '={{ $json.name }}',
				customerState: 3,
				options: { parallelRequests: 8 },
			},
			{ items: names.map((name) => ({ name })), continueOnFail: true },
		);
		const creates = calls.filter((c) => c.operationId === 'customerCreateOrUpdate');
		// One request per item: the dropped one was not sent again.
		expect(creates.map((c) => c.body.customerName).sort()).toEqual([...names].sort());
		const dropped = creates.find((c) => c.fault === 'drop').body.customerName;
		const failed = out.filter((item) => item.error !== undefined);
		expect(failed).toHaveLength(1);
		// A create may have been carried out before the connection dropped: said so, not retried.
		expect(out[names.indexOf(dropped)].error).toMatch(/Outcome unknown/);
		expect(sandbox.state.customers.size).toBe(before + 15);
	});
});

describe('one pacer per run', () => {
	test('a 429 is sent again once, after its Retry-After, and every item comes out', async () => {
		sandbox.network({ latencyMs: 10 });
		const wanted = codes(60);
		sandbox.faults.add({ path: `/v3/customers/${wanted[20]}`, kind: '429', retryAfter: 2 });
		const { out, calls, error } = await run(getCustomer(8), {
			items: wanted.map((code) => ({ code })),
		});
		expect(error).toBeUndefined();
		expect(out.map((c) => c.customerCode)).toEqual(wanted);
		const limited = calls.find((c) => c.status === 429);
		// How quiet the run keeps during the Retry-After is timing: `npm run bench` measures it,
		// and pacer.test.js proves every request waits. The refused item was sent again after the window, and only once more.
		expect(calls.filter((c) => c.path === limited.path).map((c) => c.status)).toEqual([429, 200]);
	});

	test('a 429 storm under a gateway rate limit: every item out exactly once', async () => {
		sandbox.network({ latencyMs: 5, rateLimit: 15 });
		const wanted = codes(50);
		const { out, paired, calls, error } = await run(getCustomer(8), {
			items: wanted.map((code) => ({ code })),
		});
		expect(error).toBeUndefined();
		expect(out.map((c) => c.customerCode)).toEqual(wanted);
		expect(paired).toEqual(wanted.map((_, i) => ({ item: i })));
		const limited = calls.filter((c) => c.status === 429);
		expect(limited.length).toBeGreaterThan(0);
		// Each item answered exactly once (a refused request is not an answer).
		const answered = calls.filter((c) => c.status === 200).map((c) => c.path);
		expect(answered.sort()).toEqual(wanted.map((code) => `/v3/customers/${code}`).sort());
		// Quiet during each Retry-After: timing, measured by `npm run bench` (pacer.test.js proves
		// that every request waits out a pause).
	});

	/** A sandbox whose credential values are new to the process's token memory. */
	async function withFresh(use) {
		const target = await startSandbox({ seed: { customers: 40 } });
		try {
			await use(target, engine.addVenioCredential(target.credentials, `fresh-${target.url}`));
		} finally {
			await target.stop();
		}
	}

	test('a token expiring under 8 requests in flight is fetched again once; every item comes out', () =>
		withFresh(async (target, creds) => {
			const wanted = target.state.customers.order;
			await run(getCustomer(1), { items: [{ code: wanted[0] }], target, creds }); // a token to start with
			target.network({ latencyMs: 40 });
			target.faults.add({ path: `/v3/customers/${wanted[12]}`, kind: 'expireToken' });
			const { out, calls, tokenCalls, error } = await run(getCustomer(8), {
				items: wanted.map((code) => ({ code })),
				target,
				creds,
			});
			expect(error).toBeUndefined();
			expect(out.map((c) => c.customerCode)).toEqual(wanted);
			// Requests in flight with the revoked token are refused too (at least the one the fault
			// hit; how many others depends on timing): one refresh serves them all.
			expect(calls.filter((c) => c.status === 401).length).toBeGreaterThanOrEqual(1);
			expect(tokenCalls).toBe(1);
		}));

	test('the first token is fetched once however many requests start together', () =>
		withFresh(async (target, creds) => {
			target.network({ latencyMs: 20 });
			const wanted = target.state.customers.order;
			const { out, tokenCalls, requests } = await run(getCustomer(16), {
				items: wanted.map((code) => ({ code })),
				target,
				creds,
			});
			expect(out).toHaveLength(40);
			expect(tokenCalls).toBe(1);
			// The token call came first and alone; the rest waited for it (its answer had left
			// before any of them arrived: cause and effect, not timing).
			expect(requests[0].operationId).toBe('authorizationToken');
			expect(requests.slice(1).every((r) => r.start >= requests[0].end)).toBe(true);
		}));
});

describe('Return All reads ahead', () => {
	const listAll = (parallelRequests) => ({
		resource: 'customer',
		operation: 'getMany',
		customerType: 0, // all customers
		returnAll: true,
		simplify: false,
		options: { parallelRequests },
	});

	const size = DEFAULT_PAGE_SIZE;
	test.each([0, 1, size - 1, size, size + 1, 10 * size])(
		'over %i records: each exactly once, in order, pages in flight at most Parallel Requests',
		async (count) => {
			const target = await startSandbox({ seed: { customers: count }, latencyMs: 5, jitterMs: 15 });
			try {
				const creds = engine.addVenioCredential(target.credentials, `paging-${count}`);
				const { out, paired, calls, peak, error } = await run(listAll(6), { target, creds });
				expect(error).toBeUndefined();
				expect(out.map((c) => c.customerCode)).toEqual(target.state.customers.order);
				expect(paired.every((p) => p.item === 0)).toBe(true);
				// Every page is asked once, on the page grid, or (after a short last page) where it ended.
				const skips = calls.map((c) => c.body.skip);
				expect(new Set(skips).size).toBe(skips.length);
				expect(skips.every((skip) => skip % size === 0 || skip === count)).toBe(true);
				expect(peak).toBeLessThanOrEqual(6);
				if (count === 10 * size) expect(peak).toBeGreaterThan(1);
				// Reading ahead asks for pages past the end, but never more than Parallel Requests of them.
				expect(calls.length).toBeLessThanOrEqual(Math.floor(count / size) + 1 + 6);
			} finally {
				await target.stop();
			}
		},
	);

	test('under a server page cap, reading ahead follows the pages the server serves', async () => {
		const cap = 30;
		const target = await startSandbox({
			seed: { customers: 600 },
			maxPageSize: cap,
			latencyMs: 5,
			jitterMs: 10,
		});
		try {
			const creds = engine.addVenioCredential(target.credentials, 'paging-cap');
			const { out, calls, peak, error } = await run(listAll(8), { target, creds });
			expect(error).toBeUndefined();
			expect(out.map((c) => c.customerCode)).toEqual(target.state.customers.order);
			const skips = calls.map((c) => c.body.skip);
			expect(new Set(skips).size).toBe(skips.length);
			// After the first page (asked for `size`, served `cap`), pages are asked `cap` apart.
			expect(skips.slice(1).every((skip) => skip % cap === 0)).toBe(true);
			expect(peak).toBeGreaterThan(1);
			expect(calls.length).toBeLessThanOrEqual(600 / cap + 1 + 8);
		} finally {
			await target.stop();
		}
	});

	test('a Limit is never exceeded by pages read ahead', async () => {
		const target = await startSandbox({ seed: { customers: 1000 }, latencyMs: 5 });
		try {
			const creds = engine.addVenioCredential(target.credentials, 'paging-limit');
			const { out, calls } = await run(
				{ ...listAll(8), returnAll: false, limit: 450 },
				{ target, creds },
			);
			expect(out.map((c) => c.customerCode)).toEqual(target.state.customers.order.slice(0, 450));
			expect(calls.every((c) => c.body.skip + c.body.pageLength <= 450)).toBe(true);
		} finally {
			await target.stop();
		}
	});
});
