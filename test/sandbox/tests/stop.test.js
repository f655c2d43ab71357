'use strict';
// Stopping the sandbox closes every connection.

const { setTimeout: sleep } = require('timers/promises');
const { startSandbox } = require('..');
const { request, clientFor } = require('./client');
const { SMALL_SEED } = require('./smallSeed');

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
