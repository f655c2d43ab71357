'use strict';
// The sandbox's request log (test/sandbox/stats.js).

const { startSandbox } = require('..');
const { clientFor } = require('./client');
const { SMALL_SEED } = require('./smallSeed');

describe('Venio sandbox', () => {
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
});
