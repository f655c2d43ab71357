'use strict';
// The process's token memory is bounded: credential values nobody used for longer than their
// tokens live are forgotten, tokens and all. In a file of its own, so the memory it counts holds
// only what these tests put there (jest gives each test file its own modules).
const { startSandbox } = require('./sandbox');
const { credentialTypes } = require('./harness/types');
const { plainHelpers, venioCredentialData } = require('./harness/credentials');
const { rememberedValues } = require('../dist/nodes/shared/transport/token');

const preAuthenticate = async (values, held = '') =>
	(
		await credentialTypes.venioApi.preAuthentication.call(plainHelpers, {
			...venioCredentialData(values),
			accessToken: held,
		})
	).accessToken;

test('values unused for longer than their token lives are forgotten; values in use are kept', async () => {
	const shortLived = await startSandbox({ seed: { customers: 1 }, tokenTtlSeconds: 1 });
	const longLived = await startSandbox({ seed: { customers: 1 }, tokenTtlSeconds: 3600 });
	try {
		await preAuthenticate(shortLived.credentials);
		await preAuthenticate(longLived.credentials);
		expect(rememberedValues()).toBe(2);
		// Longer than the short token's lifetime (a lower bound: a slow machine only waits longer).
		await new Promise((resolve) => setTimeout(resolve, 1100));
		longLived.resetStats();
		await preAuthenticate(longLived.credentials);
		expect(longLived.stats.tokenCalls).toBe(0); // still remembered, and its token handed out
		expect(rememberedValues()).toBe(1);
	} finally {
		await shortLived.stop();
		await longLived.stop();
	}
});
