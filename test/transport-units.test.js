'use strict';
// Pure parts of the transport: the envelope forms Venio uses, Retry-After parsing, path encoding.
const { unwrapEnvelope, apiMessageOf } = require('../dist/nodes/shared/transport/envelope');
const { retryDelayMs } = require('../dist/nodes/shared/transport/retry');
const { fillPath, joinUrl, toPathSegment } = require('../dist/nodes/shared/transport/url');

describe('unwrapEnvelope', () => {
	test.each([
		['string code', { status: { code: '1000', description: 'Success' }, data: [1] }, [1]],
		['numeric code', { status: { code: 1000 }, data: { a: 1 } }, { a: 1 }],
		['{data:{value}}', { data: { value: { id: 7 } } }, { id: 7 }],
		['{data, statusCode, httpStatusCode}', { data: [{ x: 1 }], statusCode: 1000, httpStatusCode: 200 }, [{ x: 1 }]],
		['success without data', { status: { code: '1000', description: 'Success' } }, undefined],
		['no envelope at all', { plain: true }, { plain: true }],
	])('accepts the %s form', (_name, body, data) => {
		expect(unwrapEnvelope(body)).toEqual({ ok: true, data });
	});

	test.each([
		[{ status: { code: '4001', description: 'customerName is required.' }, data: null }, '4001', 'customerName is required.'],
		[{ status: { code: 4002, description: 'a; b' } }, '4002', 'a; b'],
		[{ data: [], statusCode: 5000, message: 'Stock is locked' }, '5000', 'Stock is locked'],
		[
			{ data: [{ productCode: 'P1', error: { description: 'P1 not found' } }, { productCode: 'P2' }], statusCode: 4001 },
			'4001',
			'P1 not found',
		],
	])('reports a business failure with Venio\'s own words', (body, code, description) => {
		expect(unwrapEnvelope(body)).toEqual({ ok: false, failure: { code, description } });
	});

	test('a value key next to other keys is data, not the {data:{value}} form', () => {
		expect(unwrapEnvelope({ data: { value: 1, other: 2 } })).toEqual({ ok: true, data: { value: 1, other: 2 } });
	});

	test('finds the message of gateway and identity-server errors', () => {
		expect(apiMessageOf({ statusCode: 401, message: 'User authentication required V2.' })).toBe(
			'User authentication required V2.',
		);
		expect(apiMessageOf({ error: 'invalid_client' })).toBe('invalid_client');
		expect(apiMessageOf('<html>Bad gateway</html>')).toBe('<html>Bad gateway</html>');
	});
});

describe('retryDelayMs', () => {
	test('honours Retry-After in seconds and as an HTTP date, capped', () => {
		expect(retryDelayMs(0, '2')).toBe(2000);
		const now = Date.parse('2026-11-27T10:00:00Z');
		expect(retryDelayMs(0, 'Fri, 27 Nov 2026 10:00:03 GMT', now)).toBe(3000);
		expect(retryDelayMs(0, '86400')).toBe(30000);
	});

	test('backs off exponentially with jitter when no Retry-After is given', () => {
		for (let attempt = 0; attempt < 4; attempt++) {
			const ceiling = 500 * 2 ** attempt;
			const delay = retryDelayMs(attempt);
			expect(delay).toBeGreaterThanOrEqual(ceiling / 2);
			expect(delay).toBeLessThanOrEqual(ceiling);
		}
	});
});

describe('paths', () => {
	test('user values cannot change the path', () => {
		expect(fillPath('/v3/customers/{customerCode}', { customerCode: 'a/b?c#d' })).toBe('/v3/customers/a%2Fb%3Fc%23d');
		expect(() => toPathSegment('..')).toThrow(/only of dots/);
		expect(() => toPathSegment('.')).toThrow(/only of dots/);
		expect(toPathSegment('a.b')).toBe('a.b');
		expect(() => fillPath('/v1/case/{caseNo}', { caseNo: '' })).toThrow(/caseNo/);
	});

	test('the base URL joins with or without a trailing slash', () => {
		expect(joinUrl('https://api.gofive.co.th/', '/v1/x')).toBe('https://api.gofive.co.th/v1/x');
		expect(joinUrl('http://127.0.0.1:1234', 'v1/x')).toBe('http://127.0.0.1:1234/v1/x');
	});
});

describe('retries by what the call does', () => {
	const { isRetryable } = require('../dist/nodes/shared/transport/retry');
	const { retryTable } = require('./retry-table');

	test.each([
		[{ status: 429 }, true, true],
		[{ status: 503 }, true, true],
		[{ networkCode: 'ECONNREFUSED' }, true, true],
		[{ status: 502 }, true, false],
		[{ status: 504 }, true, false],
		[{ networkCode: 'ECONNRESET' }, true, false],
		[{ malformed: true }, true, false],
		[{ cutOff: true }, true, false],
		[{ status: 500 }, false, false],
		[{ status: 400 }, false, false],
	])('%j: repeatable %s, once-only %s', (failure, repeatable, onceOnly) => {
		expect(isRetryable(failure, true)).toBe(repeatable);
		expect(isRetryable(failure, false)).toBe(onceOnly);
	});

	test("docs/reliability.md's retry table is the one the endpoint table makes", () => {
		const reliability = require('node:fs').readFileSync(
			require('node:path').join(__dirname, '..', 'docs', 'reliability.md'),
			'utf8',
		);
		expect(reliability).toContain(`\n${retryTable()}\n`);
	});
});
