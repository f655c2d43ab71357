'use strict';
// The sandbox's seed (test/sandbox/seed.js) is deterministic.

const { startSandbox } = require('..');
const { SMALL_SEED } = require('./smallSeed');
const { useSandbox } = require('./useSandbox');

describe('Venio sandbox', () => {
	const { sandbox } = useSandbox();

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
