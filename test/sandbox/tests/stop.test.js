'use strict';
// Stopping the sandbox closes every connection.

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
		// Stopped only once the request is in: a connection refused would prove nothing here.
		while (!sandbox.stats.requests.some((r) => r.path === '/v1/products/groups')) {
			await new Promise((resolve) => setImmediate(resolve));
		}
		await sandbox.stop();
		// Either is how Node reports a server closing an open connection before answering.
		expect(await pending).toMatch(/socket hang up|ECONNRESET/);
		await expect(request(sandbox.url, 'GET', '/v1/products/units')).rejects.toThrow(/ECONNREFUSED/);
		await sandbox.stop(); // idempotent
	});
});
