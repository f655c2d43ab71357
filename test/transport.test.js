'use strict';
// The transport (nodes/shared/transport), exercised through the Venio node in n8n-core's engine
// against the sandbox over loopback HTTP: envelope, business errors, retries, paging.
const axios = require('axios');

const { startSandbox } = require('./sandbox');
const { Engine, venioWorkflow } = require('./harness/engine');
const { DEFAULT_PAGE_SIZE } = require('../dist/nodes/shared/transport/paging');
const { MAX_ATTEMPTS } = require('../dist/nodes/shared/transport/retry');

let sandbox;
let engine;
let credentials;
beforeAll(async () => {
	sandbox = await startSandbox({ seed: { customers: 40 } });
	engine = new Engine();
	credentials = engine.addVenioCredential(sandbox.credentials);
});
afterAll(async () => {
	await sandbox.stop();
});
afterEach(() => sandbox.faults.clear());

const firstCode = () => sandbox.state.customers.order[0];

async function run(parameters, { items = [{}], continueOnFail = false, target = sandbox } = {}) {
	const creds = target === sandbox ? credentials : engine.addVenioCredential(target.credentials, `c-${target.url}`);
	target.resetStats();
	const result = await engine.run(venioWorkflow({ items, parameters, credentials: creds, continueOnFail }));
	return {
		...result,
		out: result.items.Venio ?? [],
		calls: target.stats.requests.filter((r) => r.operationId !== 'authorizationToken'),
	};
}

const getCustomer = (code) => ({
	resource: 'customer',
	operation: 'get',
	customer: { __rl: true, mode: 'code', value: code },
	simplify: false,
});

const listCustomers = (extra) => ({
	resource: 'customer',
	operation: 'getMany',
	customerType: 11300,
	simplify: false,
	...extra,
});

describe('envelope', () => {
	test('unwraps data (numeric status code included) into one item per record', async () => {
		const { out, calls } = await run(getCustomer(firstCode()));
		expect(calls).toHaveLength(1);
		expect(calls[0]).toMatchObject({ method: 'GET', path: `/v3/customers/${firstCode()}` });
		expect(out).toEqual([sandbox.state.customers.get(firstCode())]);
	});

	test('a business error under HTTP 200 becomes an error with Venio\'s message, item and hint', async () => {
		const { error, calls } = await run(getCustomer('C999999'), { items: [{}] });
		expect(calls[0].status).toBe(200);
		expect(error.name).toBe('NodeApiError');
		expect(error.message).toMatch(/^Venio: .*C999999.*not found/i);
		expect(error.description).toMatch(/item 0, Customer › Get/);
		expect(error.context.itemIndex).toBe(0);
		// A read changes nothing, and its hint says so rather than talking about saving.
		expect(error.description).toMatch(/exists in this Venio account\. Nothing was changed: this call only reads/);
		expect(error.description).not.toMatch(/saves/);
	});

	test('a business error of a write says Venio checks values before it saves', async () => {
		const existing = sandbox.state.customers.get(firstCode());
		// A second customer with an existing name: Venio's names are unique.
		const { error, calls } = await run({
			resource: 'customer',
			operation: 'upsert',
			inputMode: 'json',
			customerJson: JSON.stringify({ customerName: existing.customerName, customerState: 3 }),
		});
		expect(calls).toHaveLength(1);
		expect(error.name).toBe('NodeApiError');
		expect(error.message).toMatch(/^Venio: /);
		expect(error.description).toMatch(/Venio validates them before it saves anything\. \(item 0, Customer › Create or Update\)/);
		expect(error.description).not.toMatch(/only reads/);
	});

	test('a validation error (HTTP 400) carries Venio\'s description', async () => {
		// The enquiry requires pageLength; a customerType the API rejects shows its own words.
		const { error } = await run(listCustomers({ customerType: 'not-a-type', limit: 5 }));
		expect(error.message).toMatch(/^Venio: /);
		expect(error.httpCode).toBe('400');
		expect(error.message).toBe('Venio: customerType must be an integer.');
	});

	test('path values with / ? # stay one path segment', async () => {
		const { calls, error } = await run(getCustomer('A/B?c=1#d'));
		expect(error.message).toMatch(/not found/);
		expect(calls[0].path).toBe('/v3/customers/A%2FB%3Fc%3D1%23d');
	});

	test('continueOnFail turns a failing item into an error item paired with it; the others go on', async () => {
		const { out, items, pairedItems } = await run(
			{ ...getCustomer('={{ $json.code }}') },
			{ items: [{ code: firstCode() }, { code: 'C999999' }, { code: sandbox.state.customers.order[1] }], continueOnFail: true },
		);
		expect(out[0].customerCode).toBe(firstCode());
		expect(out[1].error).toMatch(/not found/);
		expect(out[1].description).toMatch(/item 1/);
		expect(out[2].customerCode).toBe(sandbox.state.customers.order[1]);
		expect(pairedItems.Venio).toEqual([{ item: 0 }, { item: 1 }, { item: 2 }]);
		expect(items.Venio).toHaveLength(3);
	});
});

describe('retries', () => {
	test('429 with Retry-After: waits as told, then succeeds', async () => {
		sandbox.faults.add({ operationId: 'customerGetByCode', kind: '429', retryAfter: 1, times: 2 });
		const started = Date.now();
		const { out, calls } = await run(getCustomer(firstCode()));
		expect(out[0].customerCode).toBe(firstCode());
		expect(calls.map((c) => c.status)).toEqual([429, 429, 200]);
		// Retry-After: 1 was honoured twice (a lower bound, not a speed check).
		expect(Date.now() - started).toBeGreaterThanOrEqual(1900);
	});

	test('503 without Retry-After: backs off and succeeds for a read', async () => {
		sandbox.faults.add({ operationId: 'customersEnquiry', kind: '503', times: 1 });
		const { out, calls } = await run(listCustomers({ limit: 3 }));
		expect(out).toHaveLength(3);
		expect(calls.map((c) => c.status)).toEqual([503, 200]);
	});

	test('503 without Retry-After: backs off and succeeds for a create, which is carried out once', async () => {
		sandbox.faults.add({ operationId: 'customerCreateOrUpdate', kind: '503', times: 1 });
		const before = sandbox.state.customers.size;
		const { out, calls, error } = await run({ resource: 'customer', operation: 'upsert', customerName: 'After 503', customerState: 3 });
		expect(error).toBeUndefined();
		expect(out[0].customerName).toBe('After 503');
		expect(calls.map((c) => c.status)).toEqual([503, 200]);
		expect(sandbox.state.customers.size).toBe(before + 1);
	});

	test('502, 504, a dropped connection and a malformed body are retried for a GET', async () => {
		for (const kind of ['502', '504', 'drop', 'malformed']) {
			sandbox.faults.add({ operationId: 'customerGetByCode', kind, times: 1 });
			const { out, calls, error } = await run(getCustomer(firstCode()));
			expect(error).toBeUndefined();
			expect(out[0].customerCode).toBe(firstCode());
			expect(calls).toHaveLength(2);
		}
	});

	test('a read-only enquiry POST is retried after a 502', async () => {
		sandbox.faults.add({ operationId: 'customersEnquiry', kind: '502', times: 1 });
		const { out, calls } = await run(listCustomers({ limit: 2 }));
		expect(out).toHaveLength(2);
		expect(calls).toHaveLength(2);
	});

	test.each(['502', 'drop'])('a create is not retried after %s (it may have been carried out)', async (kind) => {
		sandbox.faults.add({ operationId: 'customerCreateOrUpdate', kind, times: 1 });
		const before = sandbox.state.customers.size;
		const { error, calls } = await run({
			resource: 'customer',
			operation: 'upsert',
			customerName: `Not twice ${kind}`,
			customerState: 3,
		});
		expect(calls).toHaveLength(1);
		expect(error.name).toBe('NodeApiError');
		expect(error.description).toMatch(/item 0, Customer › Create or Update/);
		expect(sandbox.state.customers.size).toBe(before);
	});

	test('a create is retried after 429: the request was not carried out', async () => {
		sandbox.faults.add({ operationId: 'customerCreateOrUpdate', kind: '429', retryAfter: 0, times: 1 });
		const { out, calls } = await run({ resource: 'customer', operation: 'upsert', customerName: 'Once', customerState: 3 });
		expect(calls.map((c) => c.status)).toEqual([429, 200]);
		expect(sandbox.state.customers.get(out[0].customerCode).customerName).toBe('Once');
	});

	test('after the last try the error says Venio kept rate-limiting', async () => {
		sandbox.faults.add({ operationId: 'customerGetByCode', kind: '429', retryAfter: 0, times: 50 });
		const { error, calls } = await run(getCustomer(firstCode()));
		expect(calls).toHaveLength(MAX_ATTEMPTS);
		expect(error.message).toMatch(/rate limit/i);
		expect(error.description).toMatch(new RegExp(`rate-limiting after ${MAX_ATTEMPTS} tries`));
	});

	test('after the last try the error says Venio was unavailable', async () => {
		sandbox.faults.add({ operationId: 'customerGetByCode', kind: '503', retryAfter: 0, times: 50 });
		const { error, calls } = await run(getCustomer(firstCode()));
		expect(calls).toHaveLength(MAX_ATTEMPTS);
		expect(error.httpCode).toBe('503');
		expect(error.message).toMatch(/^Venio: .*unavailable/i);
		expect(error.description).toMatch(/unavailable after 5 tries/);
	});

	test('a slow answer is waited for', async () => {
		sandbox.faults.add({ operationId: 'customerGetByCode', kind: 'slow', delayMs: 300, times: 1 });
		const { out, calls } = await run(getCustomer(firstCode()));
		expect(out[0].customerCode).toBe(firstCode());
		expect(calls).toHaveLength(1);
	});
});

describe('paging', () => {
	/** A sandbox with exactly `count` customers of type Customer, created through the API. */
	async function sandboxWith(count) {
		const target = await startSandbox({ seed: { customers: 0 } });
		const token = (
			await axios.post(
				`${target.url}/authorization/connect/token`,
				new URLSearchParams({
					grant_type: 'client_credentials',
					client_id: target.credentials.clientId,
					client_secret: target.credentials.clientSecret,
				}).toString(),
				{ headers: { 'Ocp-Apim-Subscription-Key': target.credentials.subscriptionKey } },
			)
		).data.access_token;
		const headers = { Authorization: `Bearer ${token}`, 'Ocp-Apim-Subscription-Key': target.credentials.subscriptionKey };
		for (let i = 0; i < count; i++) {
			await axios.post(`${target.url}/v3/customers`, { customerName: `Paging ${i}`, customerState: 3, customerType: 1 }, { headers });
		}
		return target;
	}

	const expectedCodes = (target) =>
		[...target.state.customers.values()].filter((c) => c.customerType === 11300).map((c) => c.customerCode);

	test.each([0, 1, DEFAULT_PAGE_SIZE, DEFAULT_PAGE_SIZE + 1])(
		'Return All over %i records returns each exactly once, in order',
		async (count) => {
			const target = await sandboxWith(count);
			try {
				expect(expectedCodes(target)).toHaveLength(count);
				// One page at a time, so each request can be named (parallel.test.js reads ahead).
				const { out, calls, error } = await run(
					listCustomers({ returnAll: true, options: { parallelRequests: 1 } }),
					{ target },
				);
				expect(error).toBeUndefined();
				expect(out.map((c) => c.customerCode)).toEqual(expectedCodes(target));
				// Every page, then an empty one: a short page may be a server cap, so it does not end the list.
				expect(calls).toHaveLength(Math.ceil(count / DEFAULT_PAGE_SIZE) + 1);
				calls.forEach((call, page) =>
					expect(call.body).toMatchObject({
						skip: Math.min(page * DEFAULT_PAGE_SIZE, count),
						pageLength: DEFAULT_PAGE_SIZE,
					}),
				);
			} finally {
				await target.stop();
			}
		},
	);

	test('a Limit below the page size asks for exactly that many, once', async () => {
		const { out, calls } = await run(listCustomers({ returnAll: false, limit: 7 }));
		expect(out.map((c) => c.customerCode)).toEqual(expectedCodes(sandbox).slice(0, 7));
		expect(calls).toHaveLength(1);
		expect(calls[0].body).toMatchObject({ skip: 0, pageLength: 7, customerType: 11300 });
	});

	test('a Limit above the page size stops at the limit across pages', async () => {
		const target = await sandboxWith(DEFAULT_PAGE_SIZE + 30);
		try {
			const limit = DEFAULT_PAGE_SIZE + 10;
			const { out, calls } = await run(listCustomers({ returnAll: false, limit }), { target });
			expect(out.map((c) => c.customerCode)).toEqual(expectedCodes(target).slice(0, limit));
			expect(calls.map((c) => c.body.pageLength)).toEqual([DEFAULT_PAGE_SIZE, 10]);
		} finally {
			await target.stop();
		}
	});
});
