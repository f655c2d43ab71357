'use strict';
// Every authentication mode with the right, a wrong and a missing secret. A refusal is a 401 that
// starts nothing, says nothing about the secret, and logs nothing secret.
const { Engine } = require('../harness/engine');
const { n8nLogger, serveTrigger } = require('../harness/webhook');
const { VenioTrigger } = require('../../index.js');

const SECRET = 'b7c4f1e9a2d84c06b1f3e5a7c9d2e4f6';
const WRONG = 'a-wrong-secret-0123456789abcdef';
const EXAMPLE = { modifiedBy: 'EMP0001', webhookName: 'to-n8n', topic: 'Customer', event: 'Create', data: { CustomerCode: 'C000349' } };

const engine = new Engine();
const servers = [];
const logged = [];

async function triggerWith(authentication, credentialData, credentialId = `auth-${servers.length}`) {
	const credentials = credentialData ? engine.credentials.add(credentialId, 'venioTriggerAuthApi', credentialData) : undefined;
	const trigger = await serveTrigger(engine, { parameters: { authentication }, credentials });
	servers.push(trigger);
	return trigger;
}

const basic = (user, password) => `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`;

beforeAll(() => {
	const logger = n8nLogger();
	// Levels below the configured one are frozen no-ops on the instance (nothing to capture); the
	// others go through log().
	for (const method of ['log', 'error', 'warn', 'info', 'debug']) {
		const own = Object.getOwnPropertyDescriptor(logger, method);
		if (own && !own.writable) continue;
		jest.spyOn(logger, method).mockImplementation((...args) => {
			logged.push(JSON.stringify(args));
		});
	}
});

afterAll(async () => {
	jest.restoreAllMocks();
	await Promise.all(servers.map((server) => server.stop()));
});

const MODES = {
	querySecret: {
		credential: { secret: SECRET },
		right: { query: { token: SECRET } },
		wrong: { query: { token: WRONG } },
		missing: {},
	},
	headerSecret: {
		credential: { secret: SECRET, headerName: 'X-Hook-Key' },
		right: { headers: { 'X-Hook-Key': SECRET } },
		wrong: { headers: { 'X-Hook-Key': WRONG } },
		missing: { headers: { 'X-Venio-Token': SECRET } },
	},
	basicAuth: {
		credential: { secret: SECRET, user: 'venio-crm' },
		right: { headers: { Authorization: basic('venio-crm', SECRET) } },
		wrong: { headers: { Authorization: basic('venio-crm', WRONG) } },
		missing: {},
	},
};

describe.each(Object.keys(MODES))('%s', (mode) => {
	let trigger;
	const { credential, right, wrong, missing } = MODES[mode];

	beforeAll(async () => {
		trigger = await triggerWith(mode, credential);
	});

	test('the right secret starts the workflow', async () => {
		const response = await trigger.post(EXAMPLE, right);

		expect(response.status).toBe(200);
		expect(response.started).toBe(true);
		expect(response.items).toEqual([EXAMPLE]);
	});

	test.each([
		['a wrong', wrong],
		['a missing', missing],
	])('%s secret answers 401 and starts nothing', async (_case, request) => {
		const executions = trigger.executions.length;
		logged.length = 0;

		const response = await trigger.post(EXAMPLE, request);

		expect(response.status).toBe(401);
		expect(response.body).toEqual({ message: 'Unauthorized' });
		expect(response.answeredBy).toBe('node');
		expect(trigger.executions.length).toBe(executions);
		// The refusal is logged, without the expected or the offered secret.
		expect(logged.length).toBeGreaterThan(0);
		for (const entry of logged) {
			expect(entry).not.toContain(SECRET);
			expect(entry).not.toContain(WRONG);
			expect(entry).not.toContain(Buffer.from(`venio-crm:${WRONG}`).toString('base64'));
		}
		expect(response.text).not.toContain(SECRET);
	});
});

test('basic auth checks the user too, and asks for credentials in its 401', async () => {
	const trigger = await triggerWith('basicAuth', { secret: SECRET, user: 'venio-crm' });

	const wrongUser = await trigger.post(EXAMPLE, { headers: { Authorization: basic('someone', SECRET) } });
	const missing = await trigger.post(EXAMPLE);

	expect(wrongUser.status).toBe(401);
	expect(missing.headers['www-authenticate']).toBe('Basic realm="Venio Trigger"');
	expect(trigger.executions).toHaveLength(0);
});

test('basic auth with the credential\'s default user', async () => {
	const trigger = await triggerWith('basicAuth', { secret: SECRET });

	expect((await trigger.post(EXAMPLE, { headers: { Authorization: basic('venio', SECRET) } })).started).toBe(true);
});

test('the header mode uses X-Venio-Token when the credential names no header', async () => {
	const trigger = await triggerWith('headerSecret', { secret: SECRET });

	expect((await trigger.post(EXAMPLE, { headers: { 'x-venio-token': SECRET } })).started).toBe(true);
	expect((await trigger.post(EXAMPLE, { headers: { 'X-Hook-Key': SECRET } })).status).toBe(401);
});

test('a secret sent twice in the query is refused, not guessed at', async () => {
	const trigger = await triggerWith('querySecret', { secret: SECRET });

	const response = await trigger.post(EXAMPLE, { query: { token: [SECRET, SECRET] } });

	expect(response.status).toBe(401);
});

test('a credential with an empty secret refuses everything, an empty token included', async () => {
	const trigger = await triggerWith('querySecret', { secret: '' });

	expect((await trigger.post(EXAMPLE, { query: { token: '' } })).status).toBe(401);
	expect((await trigger.post(EXAMPLE)).status).toBe(401);
	expect(trigger.executions).toHaveLength(0);
});

test('a secret mode without a credential on the node refuses everything', async () => {
	const trigger = await triggerWith('headerSecret');
	logged.length = 0;

	const response = await trigger.post(EXAMPLE, { headers: { 'X-Venio-Token': SECRET } });

	expect(response.status).toBe(401);
	expect(logged.join('\n')).toContain('no Venio Webhook Secret credential is set on the node');
	expect(trigger.executions).toHaveLength(0);
});

describe.each(Object.keys(MODES))('%s, when n8n cannot read the secret credential (database busy)', (mode) => {
	const { credential, right, wrong } = MODES[mode];
	// What n8n's credentials read throws when its database pool has no free connection in time.
	const busy = () => new Error('timeout exceeded when trying to connect');

	test.each([
		['a genuine', right],
		['a wrong', wrong],
	])('%s delivery answers 503 with Retry-After and starts nothing; its retry is judged on its secret', async (_case, request) => {
		const id = `busy-${mode}-${_case.replace(/\W/g, '')}`;
		const trigger = await triggerWith(mode, credential, id);
		engine.credentials.failReads(id, busy());
		logged.length = 0;

		const response = await trigger.post(EXAMPLE, request);

		expect(response.status).toBe(503);
		expect(response.headers['retry-after']).toBe('30');
		expect(response.headers['www-authenticate']).toBeUndefined();
		expect(response.body).toEqual({ message: 'Service unavailable, try again later' });
		expect(trigger.executions).toHaveLength(0);
		const log = logged.join('\n');
		expect(log).toContain('its Venio Webhook Secret credential could not be read (Error: timeout exceeded when trying to connect)');
		for (const secret of [SECRET, WRONG]) expect(log).not.toContain(secret);
		expect(response.text).not.toContain(SECRET);

		// The sender's retry, once the database answers again, is judged on its secret.
		engine.credentials.failReads(id);
		const retried = await trigger.post(EXAMPLE, request);
		expect(retried.status).toBe(request === right ? 200 : 401);
		expect(trigger.executions).toHaveLength(request === right ? 1 : 0);
	});
});

test('the secret is checked before the body: a stranger learns nothing about the body format', async () => {
	const trigger = await triggerWith('querySecret', { secret: SECRET });

	const garbage = await trigger.post(undefined, { raw: 'not json', headers: { 'Content-Type': 'text/plain' } });
	const tooBig = await trigger.post(undefined, { raw: 'x'.repeat(2 * 1024 * 1024), headers: { 'Content-Type': 'text/plain' } });

	expect(garbage.status).toBe(401);
	expect(tooBig.status).toBe(401);
});

test('"None" accepts a call without any secret', async () => {
	const trigger = await triggerWith('none');

	expect((await trigger.post(EXAMPLE)).started).toBe(true);
});

describe('the credential test (venioTriggerSecretTest), which calls nothing', () => {
	const test_ = new VenioTrigger().methods.credentialTest.venioTriggerSecretTest;
	const run = (data) => test_.call({}, { id: 'c', name: 'c', type: 'venioTriggerAuthApi', data });

	test('accepts a long secret', async () => {
		await expect(run({ secret: SECRET, headerName: 'X-Venio-Token', user: 'venio' })).resolves.toEqual({
			status: 'OK',
			message: expect.any(String),
		});
	});

	test.each([
		['empty', { secret: '' }, /empty.*openssl rand -hex 32/],
		['short', { secret: 'hunter2' }, /7 characters; use at least 16.*openssl rand -hex 32/],
		['a bad header name', { secret: SECRET, headerName: 'X Venio: Token' }, /not a valid HTTP header name/],
		['a user with a colon', { secret: SECRET, user: 'a:b' }, /must not contain a colon/],
	])('refuses %s and says how to fix it', async (_case, data, message) => {
		const result = await run(data);

		expect(result.status).toBe('Error');
		expect(result.message).toMatch(message);
	});
});
