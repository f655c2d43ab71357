'use strict';

// Tests of the Venio sandbox (test/sandbox/), over real loopback HTTP.

const http = require('http');
const path = require('path');
const { spawn } = require('child_process');
const { startSandbox } = require('./sandbox');
const { loadSpec } = require('./sandbox/spec');
const { MISSING_KEY, INVALID_KEY, AUTH_REQUIRED } = require('./sandbox/auth');

// One keep-alive agent for the whole file (destroyed in afterAll), so
// stop() is also exercised with idle keep-alive sockets open.
const agent = new http.Agent({ keepAlive: true });
afterAll(() => agent.destroy());

/** Raw HTTP call; GET and DELETE may carry bodies (two Venio operations need that). */
function request(baseUrl, method, path, { body, headers = {}, raw } = {}) {
	const payload = raw !== undefined ? raw : body === undefined ? undefined : JSON.stringify(body);
	return new Promise((resolve, reject) => {
		const req = http.request(
			new URL(path, baseUrl),
			{
				method,
				agent,
				headers: {
					...(payload === undefined
						? {}
						: { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(payload) }),
					...headers,
				},
			},
			(res) => {
				const chunks = [];
				res.on('data', (c) => chunks.push(c));
				res.on('end', () => {
					const text = Buffer.concat(chunks).toString('utf8');
					let json;
					try {
						json = JSON.parse(text);
					} catch {
						json = undefined;
					}
					resolve({ status: res.statusCode, headers: res.headers, text, json });
				});
				res.on('error', reject);
			},
		);
		req.on('error', reject);
		req.end(payload);
	});
}

function tokenRequest(
	sandbox,
	{ key = sandbox.credentials.subscriptionKey, form, headers = {} } = {},
) {
	const fields = form || {
		grant_type: 'client_credentials',
		client_id: sandbox.credentials.clientId,
		client_secret: sandbox.credentials.clientSecret,
	};
	return request(sandbox.url, 'POST', '/authorization/connect/token', {
		raw: new URLSearchParams(fields).toString(),
		headers: {
			'Content-Type': 'application/x-www-form-urlencoded',
			...(key === null ? {} : { 'Ocp-Apim-Subscription-Key': key }),
			...headers,
		},
	});
}

async function newToken(sandbox) {
	const answer = await tokenRequest(sandbox);
	expect(answer.status).toBe(200);
	return answer.json.access_token;
}

/** An authenticated client: call(method, path, body?, { headers, raw, token }) */
async function clientFor(sandbox) {
	const client = {
		token: await newToken(sandbox),
		call(method, path, body, options = {}) {
			return request(sandbox.url, method, path, {
				body,
				raw: options.raw,
				headers: {
					'Ocp-Apim-Subscription-Key': sandbox.credentials.subscriptionKey,
					Authorization: `Bearer ${options.token || client.token}`,
					...(options.headers || {}),
				},
			});
		},
	};
	return client;
}

const SMALL_SEED = {
	customers: 30,
	deals: 10,
	products: 12,
	quotations: 6,
	salesOrders: 6,
	cases: 4,
	activities: 6,
	expenses: 5,
	customerEvents: 6,
};
const success = { status: { code: '1000', description: 'Success' } };
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

describe('Venio sandbox', () => {
	let sandbox;
	let api;

	beforeAll(async () => {
		sandbox = await startSandbox();
		api = await clientFor(sandbox);
	});
	afterAll(() => sandbox.stop());
	afterEach(() => sandbox.faults.clear());

	describe('token endpoint', () => {
		test('issues an unguessable bearer token', async () => {
			const first = await tokenRequest(sandbox);
			const second = await tokenRequest(sandbox);
			expect(first.status).toBe(200);
			expect(first.headers['content-type']).toBe('application/json');
			expect(first.json).toEqual({
				access_token: expect.any(String),
				expires_in: 3600,
				token_type: 'Bearer',
				scope: 'venio_api',
			});
			expect(first.json.access_token.length).toBeGreaterThanOrEqual(32);
			expect(first.json.access_token).not.toBe(second.json.access_token);
		});

		test('answers each failure with its documented body', async () => {
			const missing = await tokenRequest(sandbox, { key: null });
			expect([missing.status, missing.json]).toEqual([
				401,
				{ statusCode: 401, message: MISSING_KEY },
			]);
			expect(MISSING_KEY).toBe(
				'Access denied due to missing subscription key. Make sure to include subscription key when making requests to an API.',
			);

			const wrongKey = await tokenRequest(sandbox, { key: 'nope' });
			expect([wrongKey.status, wrongKey.json]).toEqual([
				401,
				{ statusCode: 401, message: INVALID_KEY },
			]);
			expect(INVALID_KEY).toBe(
				'Access denied due to invalid subscription key. Make sure to provide a valid key for an active subscription.',
			);

			const base = {
				grant_type: 'client_credentials',
				client_id: 'sandbox-client',
				client_secret: 'sandbox-secret',
			};
			const wrongId = await tokenRequest(sandbox, { form: { ...base, client_id: 'other' } });
			expect([wrongId.status, wrongId.json]).toEqual([400, { error: 'invalid_client' }]);
			const wrongSecret = await tokenRequest(sandbox, {
				form: { ...base, client_secret: 'other' },
			});
			expect([wrongSecret.status, wrongSecret.json]).toEqual([400, { error: 'invalid_client' }]);
			const grant = await tokenRequest(sandbox, { form: { ...base, grant_type: 'password' } });
			expect([grant.status, grant.json]).toEqual([400, { error: 'unsupported_grant_type' }]);
		});

		test('accepts client credentials as HTTP Basic auth', async () => {
			const basic = Buffer.from('sandbox-client:sandbox-secret').toString('base64');
			const answer = await tokenRequest(sandbox, {
				form: { grant_type: 'client_credentials' },
				headers: { Authorization: `Basic ${basic}` },
			});
			expect(answer.status).toBe(200);
		});
	});

	describe('gateway and bearer checks', () => {
		test('checks the subscription key first, then the bearer token', async () => {
			const noKey = await request(sandbox.url, 'GET', '/v3/customers/C000001', {
				headers: { Authorization: `Bearer ${api.token}` },
			});
			expect([noKey.status, noKey.json]).toEqual([401, { statusCode: 401, message: MISSING_KEY }]);
			const badKey = await api.call('GET', '/v3/customers/C000001', undefined, {
				headers: { 'Ocp-Apim-Subscription-Key': 'bad' },
			});
			expect([badKey.status, badKey.json]).toEqual([
				401,
				{ statusCode: 401, message: INVALID_KEY },
			]);
			const noBearer = await request(sandbox.url, 'GET', '/v3/customers/C000001', {
				headers: { 'Ocp-Apim-Subscription-Key': 'sandbox-key' },
			});
			expect([noBearer.status, noBearer.json]).toEqual([
				401,
				{ statusCode: 401, message: AUTH_REQUIRED },
			]);
			const unknown = await api.call('GET', '/v3/customers/C000001', undefined, {
				token: 'made-up',
			});
			expect([unknown.status, unknown.json]).toEqual([
				401,
				{ statusCode: 401, message: 'User authentication required V2.' },
			]);
		});

		test('expireTokens() invalidates every token issued so far', async () => {
			const client = await clientFor(sandbox);
			expect((await client.call('GET', '/v1/deals/boards')).status).toBe(200);
			sandbox.expireTokens();
			const expired = await client.call('GET', '/v1/deals/boards');
			expect([expired.status, expired.json.message]).toEqual([401, AUTH_REQUIRED]);
			client.token = await newToken(sandbox);
			expect((await client.call('GET', '/v1/deals/boards')).status).toBe(200);
			api.token = await newToken(sandbox);
		});

		test('tokens expire after tokenTtlSeconds', async () => {
			const shortLived = await startSandbox({ tokenTtlSeconds: 1, seed: SMALL_SEED });
			try {
				const answer = await tokenRequest(shortLived);
				expect(answer.json.expires_in).toBe(1);
				const client = await clientFor(shortLived);
				expect((await client.call('GET', '/v1/products/units')).status).toBe(200);
				await sleep(1200);
				const late = await client.call('GET', '/v1/products/units');
				expect([late.status, late.json.message]).toEqual([401, AUTH_REQUIRED]);
			} finally {
				await shortLived.stop();
			}
		});

		test('unknown paths are 404 and paths match case-insensitively', async () => {
			const missing = await api.call('GET', '/v9/nothing');
			expect([missing.status, missing.json]).toEqual([
				404,
				{ statusCode: 404, message: 'Resource not found' },
			]);
			// The vendor sample calls /v2/products/getproduct for the documented /v2/Products/GetProduct.
			const lower = await api.call('POST', '/v2/products/getproduct', { take: 3, status: [1] });
			expect(lower.status).toBe(200);
			expect(lower.json.data).toHaveLength(3);
		});
	});

	describe('faults', () => {
		test("'429' answers Retry-After and counts down times", async () => {
			sandbox.faults.add({ path: '/v1/deals/boards', kind: '429', retryAfter: 7, times: 2 });
			for (let i = 0; i < 2; i++) {
				const limited = await api.call('GET', '/v1/deals/boards');
				expect(limited.status).toBe(429);
				expect(limited.headers['retry-after']).toBe('7');
				expect(limited.json.statusCode).toBe(429);
				expect(sandbox.faults.list()).toHaveLength(i === 0 ? 1 : 0);
			}
			expect((await api.call('GET', '/v1/deals/boards')).status).toBe(200);
		});

		test.each(['500', '502', '503', '504'])("'%s' answers that status", async (kind) => {
			sandbox.faults.add({ operationId: 'dealLabelsGet', kind, retryAfter: 3 });
			const failed = await api.call('GET', '/v1/deals/labels');
			expect(failed.status).toBe(Number(kind));
			expect(failed.headers['retry-after']).toBe(kind === '503' ? '3' : undefined);
			expect((await api.call('GET', '/v1/deals/labels')).status).toBe(200);
		});

		test("'slow' delays, then answers normally", async () => {
			sandbox.faults.add({
				method: 'GET',
				path: /^\/v1\/deals\/interests$/i,
				kind: 'slow',
				delayMs: 300,
			});
			const started = Date.now();
			const slow = await api.call('GET', '/v1/deals/interests');
			expect(Date.now() - started).toBeGreaterThanOrEqual(290);
			expect(slow.json).toMatchObject(success);
		});

		test("'drop' closes the socket without an answer", async () => {
			sandbox.faults.add({ path: '/v1/products/groups', kind: 'drop' });
			await expect(api.call('GET', '/v1/products/groups')).rejects.toThrow(
				/socket hang up|ECONNRESET/,
			);
			expect(sandbox.stats.requests.at(-1)).toMatchObject({
				path: '/v1/products/groups',
				status: null,
				fault: 'drop',
			});
			expect((await api.call('GET', '/v1/products/groups')).status).toBe(200);
		});

		test("'malformed' answers 200 with truncated JSON", async () => {
			sandbox.faults.add({ operationId: 'productUnitsGet', kind: 'malformed' });
			const broken = await api.call('GET', '/v1/products/units');
			expect(broken.status).toBe(200);
			expect(broken.headers['content-type']).toBe('application/json');
			expect(broken.text.startsWith('{"status":')).toBe(true);
			expect(() => JSON.parse(broken.text)).toThrow();
		});

		test.each(['504', 'drop'])(
			"'%s' with after: true carries the request out, then fails its answer",
			async (kind) => {
				const code = sandbox.state.products.order[0];
				const before = sandbox.state.products.get(code).qty;
				sandbox.faults.add({ operationId: 'productStockUpdate', kind, after: true });
				const answer = api.call('PUT', '/v1/products/stock', [{ productCode: code, qty: 5 }]);
				if (kind === 'drop') await expect(answer).rejects.toThrow(/socket hang up|ECONNRESET/);
				else expect((await answer).status).toBe(504);
				expect(sandbox.state.products.get(code).qty).toBe(before + 5);
			},
		);

		test("'cut' announces the full length, sends half and closes the connection", async () => {
			sandbox.faults.add({ operationId: 'productUnitsGet', kind: 'cut' });
			await expect(api.call('GET', '/v1/products/units')).rejects.toThrow(
				/aborted|socket hang up|ECONNRESET/,
			);
			expect(sandbox.stats.requests.at(-1)).toMatchObject({ status: 200, fault: 'cut' });
			expect((await api.call('GET', '/v1/products/units')).status).toBe(200);
		});

		test("'hang' never answers", async () => {
			sandbox.faults.add({ operationId: 'productUnitsGet', kind: 'hang' });
			const answer = api.call('GET', '/v1/products/units').then(() => 'answered', () => 'failed');
			const first = await Promise.race([answer, sleep(300).then(() => 'waiting')]);
			expect(first).toBe('waiting');
			expect(sandbox.faults.list()).toEqual([]);
		});

		test("'expireToken' expires the request's token: 401 now and on retry", async () => {
			const client = await clientFor(sandbox);
			sandbox.faults.add({ operationId: 'productPropertiesGet', kind: 'expireToken' });
			const first = await client.call('GET', '/v1/products/properties');
			expect([first.status, first.json.message]).toEqual([401, AUTH_REQUIRED]);
			expect((await client.call('GET', '/v1/products/properties')).status).toBe(401);
			client.token = await newToken(sandbox);
			expect((await client.call('GET', '/v1/products/properties')).status).toBe(200);
		});

		test('faults apply to the token endpoint and only to matching requests', async () => {
			sandbox.faults.add({ operationId: 'authorizationToken', kind: '503' });
			sandbox.faults.add({ method: 'POST', path: '/v1/deals/boards', kind: '500' });
			expect((await api.call('GET', '/v1/deals/boards')).status).toBe(200); // method differs
			expect((await tokenRequest(sandbox)).status).toBe(503);
			expect((await tokenRequest(sandbox)).status).toBe(200);
			expect(sandbox.faults.list()).toEqual([expect.objectContaining({ kind: '500', times: 1 })]);
			sandbox.faults.clear();
			expect(sandbox.faults.list()).toEqual([]);
			expect(() => sandbox.faults.add({ kind: 'teapot' })).toThrow(/Unknown fault kind/);
		});
	});

	describe('customers', () => {
		test('create -> get -> update -> enquiry round trip', async () => {
			const created = await api.call('POST', '/v3/customers', {
				customerCode: null,
				customerName: 'Round Trip Trading Co., Ltd.',
				customerState: 2,
				customerType: 1,
				customerEmail: 'hello@roundtrip.example',
				customerPhone: '021234567',
				owners: ['EMP0002'],
				customerTags: ['n8n'],
			});
			expect(created.status).toBe(200);
			expect(created.json).toMatchObject(success);
			const code = created.json.data.customerCode;
			expect(code).toBe('C000121'); // seeded customers are C000001..C000120
			expect(sandbox.state.customers.get(code).customerName).toBe('Round Trip Trading Co., Ltd.');

			const fetched = await api.call('GET', `/v3/customers/${code}`);
			expect(fetched.json.status).toEqual({ code: 1000, description: 'Success' }); // numeric on this operation
			expect(fetched.json.data).toMatchObject({
				customerCode: code,
				customerName: 'Round Trip Trading Co., Ltd.',
				customerType: 11200, // legacy code of Prospect
				customerStateId: 2,
				type: 1,
				email: 'hello@roundtrip.example',
				customerPhone: '021234567',
				customerOwnersStr: ['EMP0002'],
				customerTags: ['n8n'],
				isActive: true,
			});

			const updated = await api.call('POST', '/v3/customers', {
				customerCode: code,
				customerName: 'Round Trip Trading (Thailand) Co., Ltd.',
				customerState: 3,
			});
			expect(updated.json.data).toMatchObject({
				customerCode: code,
				customerType: 11300,
				customerPhone: '021234567',
			});
			const again = await api.call('GET', `/v3/customers/${code}`);
			expect(again.json.data.customerName).toBe('Round Trip Trading (Thailand) Co., Ltd.');

			const byName = await api.call(
				'GET',
				`/v3/customers/name/${encodeURIComponent('round trip trading (thailand) co., ltd.')}`,
			);
			expect(byName.json.data.customerCode).toBe(code);

			const found = await api.call('POST', '/v3/customers/enquiry', {
				customerType: 11300,
				pageLength: 10,
				skip: 0,
				keyword: 'round trip',
			});
			expect(found.json.data.map((c) => c.customerCode)).toEqual([code]);
			expect(sandbox.state.customers.size).toBe(121);
		});

		test('customer names must be unique', async () => {
			const taken = sandbox.state.customers.get('C000003').customerName;
			const duplicate = await api.call('POST', '/v3/customers', {
				customerName: taken,
				customerState: 1,
			});
			expect(duplicate.status).toBe(200);
			expect(duplicate.json.status.code).toBe('4001');
			expect(duplicate.json.status.description).toMatch(/already exists/);
		});

		test('customer events: add, list with a GET body, edit, delete', async () => {
			const added = await api.call('POST', '/v1/customerEvent', {
				eventName: 'Kick-off',
				eventType: 1,
				eventDate: '2025-03-01T10:00:00',
				customerCode: 'C000010',
			});
			const eventId = added.json.data.eventId;
			const listed = await api.call('GET', '/v1/customerEvent/filter?customerCode=C000010', {
				DateFrom: '2025-02-01T00:00:00',
				DateTo: '2025-03-31T23:59:59',
			});
			expect(listed.json.data.map((e) => e.eventId)).toContain(eventId);
			const outside = await api.call('GET', '/v1/customerEvent/filter?customerCode=C000010', {
				DateFrom: '2026-01-01T00:00:00',
			});
			expect(outside.json.data.map((e) => e.eventId)).not.toContain(eventId);
			const edited = await api.call('PUT', `/v1/customerEvent/${eventId}`, {
				eventName: 'Kick-off (moved)',
				eventType: 2,
				eventDate: '2025-03-02T10:00:00',
				customerCode: 'C000010',
			});
			expect(edited.json.data).toMatchObject({
				eventId,
				eventName: 'Kick-off (moved)',
				eventType: 2,
			});
			expect((await api.call('DELETE', `/v1/customerEvent/${eventId}`)).json).toEqual({
				...success,
				data: true,
			});
			expect(sandbox.state.customerEvents.has(eventId)).toBe(false);
		});
	});

	describe('quotations and sales orders', () => {
		const quotationBody = {
			quotationSubject: 'Quotation for n8n',
			quotationDate: '2025-06-01T00:00:00+0700',
			quotationValidUntil: '2025-07-01T00:00:00+0700',
			quotationStatus: 1,
			customerCode: 'C000005',
			staffCode: 'EMP0003',
			quotationNo: null,
			vatCalculation: true,
			quotationDetails: [
				{
					productCode: 'PD002',
					qty: 2,
					price: 800,
					discountType: true,
					discountValue: 10,
					vatTaxValue: 7,
					whTaxValue: 0,
				},
			],
		};

		test('quotation create -> get -> update -> enquiry -> convert -> sales order', async () => {
			const created = await api.call('POST', '/v2/quotation', quotationBody);
			expect(created.json).toMatchObject(success);
			const { quotationNo } = created.json.data;
			expect(quotationNo).toMatch(/^QT\d{4}\d{6}$/);
			expect(created.json.data).toMatchObject({
				subTotal: 1440,
				totalVat: 100.8,
				grandTotal: 1540.8,
			});

			const fetched = await api.call('GET', `/v1/quotation/${quotationNo}`);
			expect(fetched.json.data).toMatchObject({
				quotationNo,
				customerCode: 'C000005',
				quotationStatus: 1,
				quotationDetails: [
					expect.objectContaining({ productName: 'Venio Headphone', whTaxValue: 0 }),
				],
			});

			const noReference = await api.call('POST', '/v2/quotation', {
				...quotationBody,
				quotationNo,
				quotationSubject: 'Renamed',
			});
			expect([noReference.status, noReference.json.status.code]).toEqual([400, '4001']);
			const updated = await api.call('POST', '/v2/quotation', {
				...quotationBody,
				quotationNo,
				referenceNo: 'PO-77',
				quotationSubject: 'Renamed',
				quotationStatus: 4,
			});
			expect(updated.json.data).toMatchObject({
				quotationNo,
				quotationSubject: 'Renamed',
				quotationStatus: 4,
				referenceNo: 'PO-77',
			});

			const listed = await api.call('POST', '/v1/quotation/enquiry', {
				take: 50,
				skip: 0,
				customerCode: 'C000005',
				quotationStatus: 4,
			});
			expect(listed.json.data.map((q) => q.quotationNo)).toContain(quotationNo);

			const converted = await api.call(
				'POST',
				`/v1/quotation/${quotationNo}/convert-to-salesorder`,
				{ quotationNo },
			); // key case as the vendor sample sends it
			expect(converted.json).toMatchObject(success);
			const { salesOrderNo, salesOrderId } = converted.json.data;
			const order = await api.call('GET', `/v2/salesorder/${salesOrderNo}`);
			expect(order.json.data).toMatchObject({
				salesOrderNo,
				salesOrderId,
				salesOrderStatus: 2,
				customerCode: 'C000005',
				referenceNo: quotationNo,
				grandTotal: 1540.8,
			});
			expect(order.json.data.salesorderDetails[0]).toMatchObject({
				productCode: 'PD002',
				qty: 2,
				whtTaxValue: 0,
			});
			expect((await api.call('GET', `/v1/quotation/${quotationNo}`)).json.data).toMatchObject({
				quotationStatus: 5,
				salesOrderNo,
			});

			const twice = await api.call('POST', `/v1/quotation/${quotationNo}/convert-to-salesorder`, {
				QuotationNo: quotationNo,
			});
			expect([twice.status, twice.json.status.code]).toEqual([200, '4001']);
			expect(twice.json.status.description).toMatch(/already been converted/);
		});

		test('quotation cancel sets status 7', async () => {
			const created = await api.call('POST', '/v2/quotation', quotationBody);
			const { quotationNo } = created.json.data;
			const cancelled = await api.call('POST', `/v1/quotation/${quotationNo}/cancel`);
			expect(cancelled.json.data).toMatchObject({ quotationNo, quotationStatus: 7 });
			const again = await api.call('POST', `/v1/quotation/${quotationNo}/cancel`);
			expect(again.json.status.code).toBe('4001');
		});

		test('sales order create -> get -> update -> approve / reject / payment / tracking', async () => {
			const body = {
				salesOrderSubject: 'Order from n8n',
				customerCode: 'C000007',
				salesOrderDate: '2025-05-01',
				staffCode: 'EMP0002',
				vatCalculation: true,
				salesOrderDetails: [{ productCode: 'PD003', qty: 1 }],
			};
			const created = await api.call('POST', '/v2/salesorder', body);
			expect(created.json).toMatchObject(success);
			const { salesOrderNo, salesOrderId } = created.json.data;
			expect(salesOrderNo).toMatch(/^SO\d{4}\d{5}$/);
			expect(created.json.data.salesOrderStatus).toBe(1);

			const byId = await api.call('GET', `/v1/salesorders/${salesOrderId}`);
			expect(byId.json).toEqual({
				data: {
					value: expect.objectContaining({
						saleOrderId: salesOrderId,
						saleOrderNo: salesOrderNo,
						status: 1,
						statusName: 'Draft',
					}),
				},
			});
			expect(byId.json.data.value.customer.customerCode).toBe('C000007');

			const updated = await api.call('POST', '/v2/salesorder', {
				...body,
				salesOrderNo,
				salesOrderSubject: 'Order (edited)',
				salesOrderDetails: [{ productCode: 'PD003', qty: 3 }],
			});
			expect(updated.json.data).toMatchObject({
				salesOrderNo,
				salesOrderId,
				salesOrderSubject: 'Order (edited)',
			});
			expect(updated.json.data.salesorderDetails[0].qty).toBe(3);
			const otherCustomer = await api.call('POST', '/v2/salesorder', {
				...body,
				salesOrderNo,
				customerCode: 'C000008',
			});
			expect(otherCustomer.json.status.code).toBe('4001');

			const approved = await api.call('PUT', '/v1/salesorders/approve', {
				salesOrderIds: [salesOrderId, 999999],
			});
			expect(approved.json).toEqual({
				data: [
					expect.objectContaining({ salesOrderId, isSuccess: true, salesOrderStatus: 2 }),
					expect.objectContaining({ salesOrderId: 999999, isSuccess: false }),
				],
				statusCode: 4001,
				httpStatusCode: 200,
			});
			const paid = await api.call('PUT', `/v2/salesorder/${salesOrderNo}/payment`, {
				payments: [
					{ periodNo: 1, status: 2 },
					{ InstallmentNumber: 2, status: 1 },
				],
			});
			expect(paid.json).toEqual({ ...success, data: true });
			const tracked = await api.call('PUT', `/v2/salesorder/${salesOrderNo}/tracking`, {
				trackingNo: 'TH0001',
			});
			expect(tracked.json.data).toBe(true);
			expect(sandbox.state.salesOrders.get(salesOrderNo)).toMatchObject({
				trackingNo: 'TH0001',
				payment: {
					installments: [
						{ periodNo: 1, status: 2 },
						{ periodNo: 2, status: 1 },
					].map((i) => expect.objectContaining(i)),
				},
			});

			const rejected = await api.call('DELETE', '/v1/salesorders/reject', {
				salesOrderIds: [salesOrderId],
				reason: 'Customer cancelled',
			});
			expect(rejected.json).toEqual({
				data: [expect.objectContaining({ salesOrderId, isSuccess: true, salesOrderStatus: 4 })],
				statusCode: 1000,
				httpStatusCode: 200,
			});
			expect((await api.call('GET', `/v2/salesorder/${salesOrderNo}`)).json.data).toMatchObject({
				salesOrderStatus: 4,
				rejectReason: 'Customer cancelled',
			});
		});

		test('stock update adds to the stock; serials verify once', async () => {
			const before = sandbox.state.products.get('PD004').qty;
			const stock = await api.call('PUT', '/v1/products/stock', [
				{ productCode: 'PD004', qty: 20 },
			]);
			expect(stock.json).toEqual({
				data: [{ productCode: 'PD004', qty: before + 20, isSuccess: true, error: null }],
				statusCode: 1000,
				httpStatusCode: 200,
			});
			expect((await api.call('GET', '/v2/products/PD004')).json.data.qty).toBe(before + 20);

			const serial = [...sandbox.state.serials.values()].find((s) => !s.isVerified).serialNumber;
			const body = { SerialNumber: serial, CustomerCode: 'C000002', PurchaseDate: '2025-01-15' };
			expect(
				(await api.call('POST', '/v3/products/serials/verification', body)).json.data,
			).toMatchObject({ serialNumber: serial, status: 'Verified' });
			expect(
				(await api.call('POST', '/v3/products/serials/verification', body)).json.status.code,
			).toBe('4001');
			const status = await api.call('GET', `/v3/Products/serials/status?serialNumber=${serial}`);
			expect(status.json.data).toMatchObject({ isVerified: true, customerCode: 'C000002' });
		});
	});

	describe('validation and business errors', () => {
		test('one missing field is 4001, several are 4002', async () => {
			const one = await api.call('POST', '/v3/customers', { customerState: 1 });
			expect([one.status, one.json]).toEqual([
				400,
				{ status: { code: '4001', description: 'customerName is required.' }, data: null },
			]);
			const several = await api.call('POST', '/v3/customers', {});
			expect([several.status, several.json]).toEqual([
				400,
				{
					status: {
						code: '4002',
						description: 'customerName is required.; customerState is required.',
					},
					data: null,
				},
			]);
			const nested = await api.call('POST', '/v2/salesorder', {
				salesOrderSubject: 'x',
				customerCode: 'C000001',
				salesOrderDate: '2025-01-01',
				vatCalculation: true,
				salesOrderDetails: [{ qty: 1 }],
			});
			expect(nested.json.status).toEqual({
				code: '4001',
				description: 'salesOrderDetails[0].productCode is required.',
			});
		});

		test('enums, types, paging fields and malformed JSON are 400', async () => {
			const state = await api.call('POST', '/v3/customers', {
				customerName: 'Enum Test',
				customerState: 9,
			});
			expect([state.status, state.json.status]).toEqual([
				400,
				{ code: '4001', description: 'customerState must be one of: 1, 2, 3.' },
			]);
			const type = await api.call('POST', '/v3/customers/enquiry', {
				customerType: 0,
				pageLength: '20',
			});
			expect(type.json.status.description).toBe('pageLength must be an integer.');
			const noPageLength = await api.call('POST', '/v3/customers/enquiry', { customerType: 0 });
			expect([noPageLength.status, noPageLength.json.status]).toEqual([
				400,
				{ code: '4001', description: 'pageLength is required.' },
			]);
			for (const path of ['/v1/deals/enquiry', '/v1/Employees/Enquiry']) {
				expect((await api.call('POST', path, { skip: 0 })).json.status).toEqual({
					code: '4001',
					description: 'pageLength is required.',
				});
			}
			expect(
				(await api.call('POST', '/v1/quotation/enquiry', { skip: 0 })).json.status.description,
			).toBe('take is required.');
			const bad = await api.call('POST', '/v3/customers', undefined, {
				raw: '{"customerName": ',
				headers: { 'Content-Type': 'application/json' },
			});
			expect([bad.status, bad.json.status.code]).toEqual([400, '4001']);
			const pathType = await api.call('GET', '/v1/deals/abc');
			expect([pathType.status, pathType.json.status.description]).toEqual([
				400,
				"The value 'abc' is not valid for id.",
			]);
			const fuel = await api.call('POST', '/v1/Expenses', {
				subject: 'Fuel',
				ExpenseDetails: [{ expenseTypeId: 1003, amount: 100, milesStart: 10, milesEnd: 5 }],
			});
			expect(fuel.json.status.description).toBe(
				'ExpenseDetails[0].milesStart must be less than milesEnd.',
			);
		});

		test('an unknown key is a business error with HTTP 200', async () => {
			const customer = await api.call('GET', '/v3/customers/C999999');
			expect([customer.status, customer.json]).toEqual([
				200,
				{ status: { code: 4001, description: 'Customer C999999 was not found.' }, data: null },
			]);
			const quotation = await api.call('GET', '/v1/quotation/QT0000000000');
			expect([quotation.status, quotation.json]).toEqual([
				200,
				{
					status: { code: '4001', description: 'Quotation QT0000000000 was not found.' },
					data: null,
				},
			]);
			const deal = await api.call('PUT', '/v1/deals/999999', {
				dealName: 'x',
				probability: 1,
				dealValue: 1,
				expectedCloseDate: '2025-01-01',
				assignTo: 'EMP0001',
			});
			expect([deal.status, deal.json.status.code]).toEqual([200, '4001']);
			const refs = await api.call('POST', '/v2/quotation', {
				quotationSubject: 'x',
				quotationDate: '2025-01-01',
				quotationValidUntil: '2025-02-01',
				quotationStatus: 1,
				customerCode: 'C999999',
				staffCode: 'NOBODY',
				vatCalculation: true,
				quotationDetails: [{ productCode: 'PD001', qty: 1 }],
			});
			expect([refs.status, refs.json.status]).toEqual([
				200,
				{
					code: '4002',
					description: 'Customer C999999 was not found.; Employee NOBODY was not found.',
				},
			]);
		});
	});

	describe('envelope variants', () => {
		test('{ data: { value } } on Update Deal, Get a Expense, Employees Enquiry, Get a SalesOrders By Id', async () => {
			const deal = sandbox.state.deals.get(1);
			const update = await api.call('PUT', '/v1/deals/1', {
				dealName: 'Renamed deal',
				probability: 50,
				dealValue: 1000,
				expectedCloseDate: '2025-09-01T00:00:00+0700',
				assignTo: 'EMP0002',
			});
			expect(update.json).toEqual({
				data: {
					value: expect.objectContaining({
						dealsId: 1,
						dealsName: 'Renamed deal',
						dealNo: deal.dealNo,
					}),
				},
			});
			const expense = await api.call('GET', '/v1/expenses/1');
			expect(expense.json).toEqual({ data: { value: expect.objectContaining({ expenseId: 1 }) } });
			const employees = await api.call('POST', '/v1/Employees/Enquiry', {
				keyWord: 'patty',
				skip: 0,
				pageLength: 20,
			});
			expect(employees.json).toEqual({
				data: {
					value: [
						expect.objectContaining({
							staffCode: 'EMP0008',
							fullname: expect.stringMatching(/^Patty/),
						}),
					],
				},
			});
			const order = sandbox.state.salesOrders.last();
			const byId = await api.call('GET', `/v1/salesorders/${order.salesOrderId}`);
			expect(byId.json).toEqual({
				data: { value: expect.objectContaining({ saleOrderNo: order.salesOrderNo }) },
			});
		});

		test('{ data: [...], statusCode, httpStatusCode } on Update Product Stock and Reject SaleOrder', async () => {
			const stock = await api.call('PUT', '/v1/products/stock', [{ productCode: 'NOPE', qty: 1 }]);
			expect(stock.json).toEqual({
				data: [
					{
						productCode: 'NOPE',
						qty: 0,
						isSuccess: false,
						error: { code: '4001', description: 'Product NOPE was not found.' },
					},
				],
				statusCode: 4001,
				httpStatusCode: 200,
			});
			const reject = await api.call('DELETE', '/v1/salesorders/reject', {
				salesOrderIds: [1],
				reason: 'x',
			});
			expect(reject.json).toMatchObject({
				statusCode: 4001,
				httpStatusCode: 200,
				data: [expect.objectContaining({ isSuccess: false })],
			});
		});
	});

	describe('every operation in the vendored openapi', () => {
		// A plausible request per operationId, built from the seeded store.
		const first = (collection, predicate = () => true) => collection.rows().find(predicate);
		const CALLS = {
			activityGet: (s) => ['GET', `/v1/activities/${first(s.activities).activityId}`],
			activitiesEnquiry: () => ['POST', '/v1/activities/enquiry', { skip: 0, take: 5 }],
			customerCreateOrUpdate: () => [
				'POST',
				'/v3/customers',
				{ customerName: 'Every Operation Co., Ltd.', customerState: 1 },
			],
			customerGetByCode: () => ['GET', '/v3/customers/C000001'],
			customersEnquiry: () => [
				'POST',
				'/v3/customers/enquiry',
				{ customerType: 11100, pageLength: 20, skip: 0, keyword: '' },
			],
			customerGetByName: (s) => [
				'GET',
				`/v3/customers/name/${encodeURIComponent(s.customers.get('C000002').customerName)}`,
			],
			customerSatisfactionCreate: () => [
				'POST',
				'/v3/customers/satisfaction',
				{
					AnswerBy: 'Bob Name',
					SourceName: 'NPS [E-TaxGo]',
					SourceType: 2,
					Point: 9,
					Comment: 'Great service',
					CustomerCode: 'C000001',
					DateCreated: '2024-02-01T10:00:00',
				},
			],
			customerEventAdd: () => [
				'POST',
				'/v1/customerEvent',
				{
					eventName: 'Meeting with Client',
					eventType: 1,
					eventDate: '2024-02-01T10:00:00',
					description: 'Discuss',
					customerCode: 'C000001',
				},
			],
			customerEventsGetByCustomerCode: () => [
				'GET',
				'/v1/customerEvent/filter?customerCode=C000001&eventTypeIds=1',
				{ DateFrom: '2020-01-01T00:00:00', DateTo: '2030-01-31T23:59:59' },
			],
			customerEventEdit: (s) => [
				'PUT',
				`/v1/customerEvent/${s.customerEvents.last().eventId}`,
				{
					eventName: 'Updated Meeting',
					eventType: 2,
					eventDate: '2024-02-05T14:00:00',
					description: 'Updated',
					customerCode: 'C000001',
				},
			],
			customerEventDelete: (s) => [
				'DELETE',
				`/v1/customerEvent/${s.customerEvents.last().eventId}`,
			],
			customerEventTypesGet: () => ['GET', '/v1/customerEvent/event-types'],
			caseAdd: (s) => [
				'POST',
				'/v1/case',
				{
					caseType: 1,
					subject: 'Create new case',
					customerCode: 'C000001',
					categoryId: 2140016585,
					dateCase: '2025-02-05T17:35:53.693+0700',
					dateDue: '2025-02-06T17:35:53.693+0700',
					activityNos: [first(s.activities).activityNo],
					dealNos: [first(s.deals).dealNo],
					note: 'description',
					assignedToUserId: s.employees.get('EMP0002').userId,
				},
			],
			caseEditByCaseNo: (s) => [
				'PUT',
				`/v1/case/${s.cases.last().caseNo}`,
				{
					subject: 'Update Case',
					customerCode: 'C000002',
					categoryId: 2140016586,
					dateCase: '2025-02-05T17:35:53.693+0700',
					dateDue: '2025-02-07T17:35:53.693+0700',
					note: 'n',
					assignedToUserId: s.employees.get('EMP0003').userId,
				},
			],
			caseGetByCaseNo: (s) => ['GET', `/v1/case/${s.cases.last().caseNo}`],
			caseCategoriesGet: () => ['GET', '/v1/case/categories'],
			dealCreate: () => [
				'POST',
				'/v1/deals',
				{
					customerCodes: ['C000001'],
					boardId: 34628319,
					dealName: 'n8n deal',
					probability: 20,
					dealQuantity: 3,
					dealQuantityUnit: 'unit',
					dealValue: 10,
					dealInterests: [1001],
					dealLabels: [1002],
					dealDate: '2023-02-07T16:51:40+0700',
					expectedCloseDate: '2023-02-08T16:51:40+0700',
					note: 'n',
					assignTo: 'EMP0002',
					participantCodes: ['EMP0003'],
				},
			],
			dealUpdate: (s) => [
				'PUT',
				`/v1/deals/${s.deals.last().dealsId}`,
				{
					dealName: 'n8n deal (won)',
					probability: 100,
					dealValue: 10000,
					expectedCloseDate: '2023-02-08T16:51:40+0700',
					assignTo: 'EMP0002',
					dealStageId: 5505,
					dealLabels: [98199047, 34064271],
				},
			],
			dealGet: (s) => ['GET', `/v1/deals/${s.deals.last().dealsId}`],
			dealEnquiry: () => [
				'POST',
				'/v1/deals/enquiry',
				{ dealStageIds: [0], pageLength: 20, skip: 0, orderBy: 'string', keyword: '' },
			],
			dealBoardsGet: () => ['GET', '/v1/deals/boards'],
			dealStagesGet: () => ['GET', '/v1/deals/stages?boardId=34628319'],
			dealInterestsGet: () => ['GET', '/v1/deals/interests'],
			dealLabelsGet: () => ['GET', '/v1/deals/labels'],
			dealMissedReasonCategoriesGet: () => ['GET', '/v1/deals/missed-reason-categories'],
			employeesEnquiry: () => [
				'POST',
				'/v1/Employees/Enquiry',
				{
					employeeType: null,
					teamId: null,
					status: null,
					keyWord: '',
					orderBy: 0,
					skip: 0,
					pageLength: 20,
					type: null,
				},
			],
			employeeGet: () => ['GET', '/v1/Employees/EMP0001'],
			expenseCreate: () => [
				'POST',
				'/v1/Expenses',
				{
					ExpenseDetails: [
						{
							expenseTypeId: 1003,
							amount: 500,
							milesStart: 1000,
							milesEnd: 1100,
							usedFuelCard: false,
						},
					],
					subject: 'Customer visit',
					activityId: null,
					dateTransaction: '2023-01-06T12:04:16+0700',
					remark: null,
				},
			],
			expenseUpdate: (s) => [
				'PUT',
				`/v1/Expenses/${s.expenses.last().expenseId}`,
				{
					ExpenseDetails: [{ expenseTypeId: 1004, amount: 120, note: 'parking' }],
					subject: 'Customer visit (edited)',
				},
			],
			expenseEnquiry: () => [
				'POST',
				'/v1/expenses/enquiry',
				{ expenseTypeId: 0, statusIds: null, staffCodes: null, searchText: null },
			],
			expenseGet: (s) => ['GET', `/v1/expenses/${s.expenses.last().expenseId}`],
			productsCreateOrUpdate: () => [
				'POST',
				'/v3/Products',
				{
					products: [
						{
							productCode: 'P001',
							productName: 'Venio Headphone',
							category: 'Audio',
							cost: 500.0,
							prices: [
								{
									priceTierName: 'Retail',
									regularPrice: 800.0,
									salePrice: 750.0,
									vatValue: 7.0,
									useDefaultVat: true,
								},
							],
							productUnitName: 'ชิ้น',
							trackInventory: true,
							qty: 10,
							useWarranty: false,
							visibility: true,
							active: true,
						},
					],
				},
			],
			productTicketGet: (s) => ['GET', `/tickets/${s.tickets.last().ticketId}`],
			productsGetWithTakeStatus: () => [
				'POST',
				'/v2/Products/GetProduct',
				{ take: 50, status: [1] },
			],
			productGetByCode: () => ['GET', '/v2/products/PD002'],
			productGroupsGet: () => ['GET', '/v1/products/groups'],
			productPropertiesGet: () => ['GET', '/v1/products/properties'],
			productsGetByFilter: () => [
				'POST',
				'/v1/products/getProduct',
				{
					productFor: null,
					typeFor: 0,
					productType: 1031,
					productGroupIds: [0],
					status: [true],
					skip: 0,
					take: 10,
					smartSearch: '',
					orderBy: null,
				},
			],
			productSerialVerify: (s) => [
				'POST',
				'/v3/products/serials/verification',
				{
					SerialNumber: first(s.serials, (x) => !x.isVerified).serialNumber,
					CustomerName: 'John Doe',
					CustomerType: 1,
					Note: 'n',
					Latitude: 13.7563,
					Longtitude: 100.5018,
					PurchaseDate: '2023-08-04',
				},
			],
			productSerialStatusGet: (s) => [
				'GET',
				`/v3/Products/serials/status?serialNumber=${first(s.serials).serialNumber}`,
			],
			codeguardProductsCreateOrUpdate: () => [
				'POST',
				'/v3/products/codeguard',
				{
					products: [
						{
							productCode: 'CG001',
							productName: 'CodeGuard lock',
							serialNumbers: ['CG001-0001', 'CG001-0002'],
						},
					],
				},
			],
			productStockUpdate: () => [
				'PUT',
				'/v1/products/stock',
				[
					{ productCode: 'PD002', qty: 20 },
					{ productCode: 'PD003', qty: 5 },
				],
			],
			productUnitsGet: () => ['GET', '/v1/products/units'],
			quotationCreateOrUpdate: () => [
				'POST',
				'/v2/quotation',
				{
					quotationSubject: 'Quotation for ACME',
					quotationDate: '2024-02-01T00:00:00+0700',
					quotationValidUntil: '2024-03-01T00:00:00+0700',
					quotationStatus: 1,
					customerCode: 'C000001',
					staffCode: 'EMP0004',
					quotationNo: null,
					referenceNo: null,
					vatCalculation: true,
					quotationDetails: [
						{
							productCode: 'PD002',
							qty: 2,
							price: 800,
							discountType: true,
							discountValue: 0,
							vatTaxValue: 7,
							whTaxValue: 0,
						},
					],
					discountType: true,
					discountValue: 0,
					headerTemplateId: 0,
				},
			],
			quotationConvertToSalesOrder: (s) => {
				const { quotationNo } = s.quotations.last();
				return [
					'POST',
					`/v1/quotation/${quotationNo}/convert-to-salesorder`,
					{ QuotationNo: quotationNo },
				];
			},
			quotationEnquiry: () => ['POST', '/v1/quotation/enquiry', { take: 5, skip: 0 }],
			quotationGetByNo: (s) => ['GET', `/v1/quotation/${s.quotations.last().quotationNo}`],
			quotationCancel: (s) => [
				'POST',
				`/v1/quotation/${first(s.quotations, (q) => q.quotationStatus < 5).quotationNo}/cancel`,
			],
			salesOrderCreateOrUpdate: () => [
				'POST',
				'/v2/salesorder',
				{
					salesOrderSubject: 'Order from n8n',
					customerCode: 'C000001',
					referenceNo: 'Q01230000005',
					salesOrderDate: '2023-05-01',
					salesOrderStatus: 1,
					staffCode: 'EMP0002',
					vatCalculation: true,
					salesOrderDetails: [{ productCode: 'PD002', qty: 2 }],
				},
			],
			salesOrderGetById: (s) => ['GET', `/v1/salesorders/${s.salesOrders.last().salesOrderId}`],
			salesOrderGetByNo: (s) => ['GET', `/v2/salesorder/${s.salesOrders.last().salesOrderNo}`],
			salesOrderAttachmentsGet: (s) => [
				'GET',
				`/v1/salesorders/${first(s.salesOrders, (o) => o.attachments.length).salesOrderId}/attachments`,
			],
			salesOrderReject: (s) => [
				'DELETE',
				'/v1/salesorders/reject',
				{
					salesOrderIds: [first(s.salesOrders, (o) => o.salesOrderStatus <= 3).salesOrderId],
					reason: 'string',
				},
			],
			salesOrderApprove: (s) => [
				'PUT',
				'/v1/salesorders/approve',
				{ salesOrderIds: [s.salesOrders.last().salesOrderId] },
			],
			salesOrderPaymentUpdate: (s) => [
				'PUT',
				`/v2/salesorder/${s.salesOrders.last().salesOrderNo}/payment`,
				{
					payments: [
						{ periodNo: 1, status: 2 },
						{ periodNo: 2, status: 1 },
					],
				},
			],
			salesOrderTrackingNumberUpdate: (s) => [
				'PUT',
				`/v2/salesorder/${s.salesOrders.last().salesOrderNo}/tracking`,
				{ trackingNo: 'TH123456789' },
			],
			taskCreate: () => [
				'POST',
				'/v1/task',
				{
					subject: 'Call back',
					customerCode: 'C000001',
					assignTo: 'EMP0002',
					dateDue: '2025-07-01T10:00:00+0700',
				},
			],
			headerTemplateGet: () => ['GET', '/v2/salesorder/headerTemplate'],
			conversationEnquiry: () => ['POST', '/v1/conversation/enquiry', { skip: 0, take: 5 }],
			contractServiceAgreementCreateOrUpdate: () => [
				'POST',
				'/v1/contract/service-agreement',
				{
					contractNo: 'CT250100001',
					contractServiceId: 37881,
					subject: 'Annual maintenance',
					frequency: 260002,
					numberOfTimes: 4,
					agreementNote: null,
				},
			],
		};

		/** Success in one of the documented envelopes. */
		function isWellFormedSuccess(json) {
			if (json && json.status) return String(json.status.code) === '1000' && 'data' in json;
			if (json && 'statusCode' in json)
				return json.statusCode === 1000 && json.httpStatusCode === 200 && Array.isArray(json.data);
			return Boolean(json && json.data && 'value' in json.data);
		}

		test('each has a handler that answers a plausible request successfully', async () => {
			const { routes } = loadSpec();
			expect(routes.length).toBeGreaterThanOrEqual(61);
			const token = await tokenRequest(sandbox);
			expect(token.json.access_token).toBeDefined();
			const failures = [];
			for (const route of routes) {
				if (route.operationId === 'authorizationToken') continue;
				const build = CALLS[route.operationId];
				if (!build) {
					failures.push(`${route.operationId}: no request in this test`);
					continue;
				}
				const [method, path, body] = build(sandbox.state);
				expect(method).toBe(route.method);
				const answer = await api.call(method, path, body);
				const logged = sandbox.stats.requests.at(-1);
				if (
					answer.status === 404 ||
					answer.headers['content-type'] !== 'application/json' ||
					!isWellFormedSuccess(answer.json)
				) {
					failures.push(`${route.operationId}: HTTP ${answer.status} ${answer.text.slice(0, 200)}`);
				} else if (logged.operationId !== route.operationId) {
					failures.push(`${route.operationId}: routed to ${logged.operationId}`);
				}
			}
			expect(failures).toEqual([]);
		});

		test('a missing handler is a start-up error', () => {
			const handlers = require('./sandbox/handlers/deals').handlers;
			const saved = handlers.dealGet;
			delete handlers.dealGet;
			try {
				return expect(startSandbox({ seed: SMALL_SEED })).rejects.toThrow(/Missing: dealGet/);
			} finally {
				handlers.dealGet = saved;
			}
		});
	});

	describe('webhooks', () => {
		let receiver;
		let received;
		let receiverUrl;

		beforeAll(async () => {
			received = [];
			receiver = http.createServer((req, res) => {
				const chunks = [];
				req.on('data', (c) => chunks.push(c));
				req.on('end', () => {
					received.push({
						url: req.url,
						headers: req.headers,
						body: Buffer.concat(chunks).toString('utf8'),
					});
					res.writeHead(200, { 'Content-Type': 'application/json' });
					res.end('{"message":"Workflow was started"}');
				});
			});
			await new Promise((resolve) => receiver.listen(0, '127.0.0.1', resolve));
			receiverUrl = `http://127.0.0.1:${receiver.address().port}/webhook/venio`;
		});
		afterAll(() => new Promise((resolve) => receiver.close(resolve)));
		beforeEach(() => {
			received = [];
		});

		test('sends a camelCase envelope with data from the store', async () => {
			const newest = sandbox.state.customers.last();
			const answer = await sandbox.sendWebhook(`${receiverUrl}?token=abc`, {
				topic: 'Customer',
				event: 'Create',
				headers: { 'X-Secret': 's3' },
			});
			expect(answer).toMatchObject({ status: 200, body: '{"message":"Workflow was started"}' });
			expect(received[0].url).toBe('/webhook/venio?token=abc');
			expect(received[0].headers['content-type']).toBe('application/json');
			expect(received[0].headers['x-secret']).toBe('s3');
			expect(JSON.parse(received[0].body)).toEqual({
				modifiedBy: 'EMP0001',
				webhookName: 'to-n8n',
				topic: 'Customer',
				event: 'Create',
				data: {
					Owners: newest.customerOwnersStr,
					customerName: newest.customerName,
					CustomerCode: newest.customerCode,
					CreatedBy: newest.customerOwnersStr[0] || 'EMP0001',
				},
			});
		});

		test('sends PascalCase envelope keys, custom data and raw bodies', async () => {
			await sandbox.sendWebhook(receiverUrl, {
				topic: 'SaleOrder',
				event: 'Completed',
				casing: 'pascal',
			});
			const pascal = JSON.parse(received[0].body);
			expect(Object.keys(pascal)).toEqual(['ModifiedBy', 'WebhookName', 'Topic', 'Event', 'Data']);
			expect(pascal.Data.SaleOrderNo).toBe(sandbox.state.salesOrders.last().salesOrderNo);

			await sandbox.sendWebhook(receiverUrl, {
				topic: 'Expense',
				event: 'Paid',
				data: { ExpenseNo: 'EX1', CreatedBy: 'EMP0009' },
				webhookName: 'mine',
			});
			expect(JSON.parse(received[1].body)).toMatchObject({
				webhookName: 'mine',
				data: { ExpenseNo: 'EX1', CreatedBy: 'EMP0009' },
			});

			await sandbox.sendWebhook(receiverUrl, { body: 'not json' });
			expect(received[2].body).toBe('not json');
		});

		test('webhookExample follows the documented field table', () => {
			expect(sandbox.webhookExample('Customer', 'Merge').data).toEqual({
				FromCustomerCode: expect.any(String),
				FromCustomerName: expect.any(String),
				ToCustomerCode: expect.any(String),
				ToCustomerName: expect.any(String),
				CreatedBy: expect.any(String),
			});
			expect(sandbox.webhookExample('Payroll', 'Paid').data).toEqual({
				CompanyName: sandbox.state.company.companyName,
				PeriodCalculateNo: expect.any(Number),
				Year: expect.any(Number),
				IsExtendPeriod: false,
				CreatedBy: 'EMP0001',
			});
			expect(sandbox.webhookExample('Case', 'Edit').data).toMatchObject({
				CaseNo: sandbox.state.cases.last().caseNo,
				Owners: [expect.any(String)],
			});
			expect(sandbox.webhookExample('Quotation', 'Revise').data.QuotationNo).toBe(
				sandbox.state.quotations.last().quotationNo,
			);
		});
	});

	describe('admin endpoints', () => {
		const admin = (method, path, body) =>
			request(sandbox.url, method, `/__sandbox/${path}`, { body });

		test('stats, reset-stats, faults, expire-tokens, webhook sending; not counted themselves', async () => {
			expect((await admin('POST', 'reset-stats')).json).toEqual({ ok: true });
			await api.call('GET', '/v1/deals/boards');
			await tokenRequest(sandbox);
			const stats = await admin('GET', 'stats?last=1');
			expect(stats.json).toMatchObject({ tokenCalls: 1, requestCount: 2, logged: 2 });
			expect(stats.json.requests).toEqual([
				expect.objectContaining({
					method: 'POST',
					path: '/authorization/connect/token',
					status: 200,
					operationId: 'authorizationToken',
				}),
			]);
			expect(sandbox.stats.requests).toHaveLength(2);

			expect(
				(await admin('POST', 'faults', { path: '/v1/deals/boards', kind: '503', retryAfter: 2 }))
					.status,
			).toBe(200);
			expect(
				(await admin('POST', 'faults', { pathRegex: '^/v1/deals/lab', kind: '500', times: 3 }))
					.status,
			).toBe(200);
			expect((await admin('GET', 'faults')).json.faults).toHaveLength(2);
			const unavailable = await api.call('GET', '/v1/deals/boards');
			expect([unavailable.status, unavailable.headers['retry-after']]).toEqual([503, '2']);
			expect((await api.call('GET', '/v1/deals/labels')).status).toBe(500);
			expect((await admin('DELETE', 'faults')).json).toEqual({ ok: true });
			expect((await api.call('GET', '/v1/deals/labels')).status).toBe(200);
			expect((await admin('POST', 'faults', { kind: 'nope' })).status).toBe(400);

			const client = await clientFor(sandbox);
			expect((await admin('POST', 'expire-tokens')).json).toEqual({ ok: true });
			expect((await client.call('GET', '/v1/deals/boards')).status).toBe(401);
			api.token = await newToken(sandbox);

			const target = http.createServer((req, res) => {
				req.resume();
				req.on('end', () => res.writeHead(202).end('accepted'));
			});
			await new Promise((resolve) => target.listen(0, '127.0.0.1', resolve));
			try {
				const sent = await admin('POST', 'webhooks/send', {
					url: `http://127.0.0.1:${target.address().port}/hook`,
					topic: 'Case',
					event: 'Create',
					casing: 'pascal',
				});
				expect(sent.json).toMatchObject({ status: 202, body: 'accepted' });
			} finally {
				await new Promise((resolve) => target.close(resolve));
			}
			const unreachable = await admin('POST', 'webhooks/send', {
				url: 'http://127.0.0.1:1/hook',
				topic: 'Case',
				event: 'Create',
			});
			expect(unreachable.status).toBe(502);

			const count = sandbox.stats.requests.filter((r) => r.path.startsWith('/__sandbox')).length;
			expect(count).toBe(0);
		});
	});

	describe('request log', () => {
		test('records every request with its outcome, bounded by logLimit', async () => {
			const small = await startSandbox({ logLimit: 3, seed: SMALL_SEED });
			try {
				const client = await clientFor(small);
				await client.call('POST', '/v1/products/getProduct?debug=1', {
					productType: 1301,
					status: [true],
					take: 2,
				});
				expect(small.stats.requests.at(-1)).toMatchObject({
					method: 'POST',
					path: '/v1/products/getProduct',
					query: { debug: '1' },
					headers: expect.objectContaining({ 'ocp-apim-subscription-key': 'sandbox-key' }),
					body: { productType: 1301, status: [true], take: 2 },
					status: 200,
					operationId: 'productsGetByFilter',
				});
				for (let i = 0; i < 4; i++) await client.call('GET', '/v1/products/units');
				expect(small.stats.requests).toHaveLength(3);
				expect(small.stats.tokenCalls).toBe(1);
				const { requests } = small.stats;
				small.resetStats();
				expect(small.stats).toEqual({ tokenCalls: 0, requests: [] });
				expect(small.stats.requests).toBe(requests);
			} finally {
				await small.stop();
			}
		});
	});

	test('the same seed gives the same data', async () => {
		const other = await startSandbox({ seed: { ...SMALL_SEED, customers: 120 } });
		try {
			for (const code of ['C000001', 'C000077']) {
				const original = { ...sandbox.state.customers.get(code) };
				expect(other.state.customers.get(code)).toEqual(original);
			}
		} finally {
			await other.stop();
		}
	});
});

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

describe('stop()', () => {
	test('closes keep-alive and in-flight connections and refuses new ones', async () => {
		const sandbox = await startSandbox({ seed: SMALL_SEED });
		const api = await clientFor(sandbox);
		await api.call('GET', '/v1/products/units'); // leaves an idle keep-alive socket
		sandbox.faults.add({ kind: 'slow', delayMs: 60000, path: '/v1/products/groups' });
		const pending = api.call('GET', '/v1/products/groups').then(
			() => 'answered',
			(error) => error.message,
		);
		await sleep(50);
		await sandbox.stop();
		expect(await pending).toMatch(/socket hang up|ECONNRESET|ECONNREFUSED/);
		await expect(request(sandbox.url, 'GET', '/v1/products/units')).rejects.toThrow(/ECONNREFUSED/);
		await sandbox.stop(); // idempotent
	});
});

describe('command line', () => {
	const CLI = path.join(__dirname, 'sandbox', 'cli.js');

	/** Runs the CLI; resolves { code, stdout } on exit, or early with the child when `until` matches stdout. */
	function run(args, until) {
		return new Promise((resolve, reject) => {
			const child = spawn(process.execPath, [CLI, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
			let stdout = '';
			child.stdout.on('data', (chunk) => {
				stdout += chunk;
				if (until && until.test(stdout)) resolve({ child, stdout });
			});
			child.stderr.on('data', (chunk) => {
				stdout += chunk;
			});
			child.on('error', reject);
			child.on('exit', (code) => resolve({ code, stdout }));
		});
	}

	test('serves until SIGTERM and sends webhooks through a running sandbox', async () => {
		const { child, stdout } = await run(
			['--port', '0', '--customers', '5', '--token-ttl', '60'],
			/Subscription key: \S+/,
		);
		const exited =
			child.exitCode !== null
				? Promise.resolve(child.exitCode)
				: new Promise((resolve) => child.on('exit', resolve));
		const receiver = http.createServer((req, res) => {
			req.resume();
			req.on('end', () => res.writeHead(200).end(`got ${req.url} ${req.headers['x-name']}`));
		});
		try {
			const url = /Venio sandbox listening on (\S+)/.exec(stdout)[1];
			expect(stdout).toMatch(/Client ID:\s+sandbox-client/);
			const token = await request(url, 'POST', '/authorization/connect/token', {
				raw: 'grant_type=client_credentials&client_id=sandbox-client&client_secret=sandbox-secret',
				headers: {
					'Content-Type': 'application/x-www-form-urlencoded',
					'Ocp-Apim-Subscription-Key': 'sandbox-key',
				},
			});
			expect(token.json.expires_in).toBe(60);

			await new Promise((resolve) => receiver.listen(0, '127.0.0.1', resolve));
			const target = `http://127.0.0.1:${receiver.address().port}/webhook/venio`;
			const sent = await run([
				'send-webhook',
				'--sandbox',
				url,
				'--to',
				target,
				'--topic',
				'Customer',
				'--event',
				'Create',
				'--header',
				'X-Name: v1',
				'--query',
				'token=abc',
			]);
			expect(sent.code).toBe(0);
			expect(sent.stdout).toBe('HTTP 200\ngot /webhook/venio?token=abc v1\n');
		} finally {
			child.kill('SIGTERM');
			await new Promise((resolve) => receiver.close(resolve));
		}
		expect(await exited).toBe(0);
	});
});
