'use strict';
// "Ignore Duplicate Deliveries": the same topic + event + document number + body within the window
// starts one execution, not two. The seen keys live in the workflow's static data, bounded.
const { Engine } = require('../harness/engine');
const { pascalCase, serveTrigger, TRIGGER_NAME } = require('../harness/webhook');
const { MAX_KEYS, seenRecently } = require('../../dist/nodes/VenioTrigger/dedupe');

const engine = new Engine();
const servers = [];

async function triggerWith(options, parameters = {}) {
	const trigger = await serveTrigger(engine, { parameters: { ...parameters, options } });
	servers.push(trigger);
	return trigger;
}

afterAll(async () => {
	await Promise.all(servers.map((server) => server.stop()));
});

const seenOf = (trigger) => trigger.staticData?.[`node:${TRIGGER_NAME}`]?.seenDeliveries ?? {};

const caseEdit = (caseNo, extra = {}) => ({
	modifiedBy: 'EMP0001',
	webhookName: 'to-n8n',
	topic: 'Case',
	event: 'Edit',
	data: { Owners: ['EMP0003'], CaseNo: caseNo, CreatedBy: 'EMP0003', ...extra },
});

test('the same delivery twice starts one execution; the second is answered 200 and says why', async () => {
	const trigger = await triggerWith({ ignoreDuplicates: true });

	const first = await trigger.post(caseEdit('T250200010'));
	const second = await trigger.post(caseEdit('T250200010'));

	expect(first.started).toBe(true);
	expect(second.status).toBe(200);
	expect(second.body).toEqual({ message: 'Ignored: duplicate of a delivery already received' });
	expect(second.started).toBe(false);
	expect(trigger.executions).toHaveLength(1);
});

test('the same event in PascalCase or with keys in another order is the same delivery', async () => {
	const trigger = await triggerWith({ ignoreDuplicates: true });
	const event = caseEdit('T250200020');
	const reordered = { data: { CreatedBy: 'EMP0003', CaseNo: 'T250200020', Owners: ['EMP0003'] }, event: 'Edit', topic: 'Case', webhookName: 'to-n8n', modifiedBy: 'EMP0001' };

	await trigger.post(event);
	await trigger.post(pascalCase(event));
	await trigger.post(reordered);

	expect(trigger.executions).toHaveLength(1);
});

test('another document number, event, or body is a new delivery', async () => {
	const trigger = await triggerWith({ ignoreDuplicates: true });

	await trigger.post(caseEdit('T1'));
	await trigger.post(caseEdit('T2'));
	await trigger.post({ ...caseEdit('T1'), event: 'Closed' });
	await trigger.post(caseEdit('T1', { CreatedBy: 'EMP0099' }));
	await trigger.post(caseEdit('T1'));

	expect(trigger.executions).toHaveLength(4);
});

test('after the window the same delivery starts the workflow again', async () => {
	const trigger = await triggerWith({ ignoreDuplicates: true, duplicateWindowSeconds: 60 });
	await trigger.post(caseEdit('T3'));
	expect((await trigger.post(caseEdit('T3'))).started).toBe(false);

	// 61 seconds pass.
	const later = Date.now() + 61_000;
	const clock = jest.spyOn(Date, 'now').mockImplementation(() => later);
	try {
		expect((await trigger.post(caseEdit('T3'))).started).toBe(true);
	} finally {
		clock.mockRestore();
	}
	expect(trigger.executions).toHaveLength(2);
});

test('the seen keys persist in static data as short hashes, nothing of the body', async () => {
	const trigger = await triggerWith({ ignoreDuplicates: true });

	await trigger.post(caseEdit('T250200030', { Secretish: 'customer phone 0812345678' }));

	const seen = seenOf(trigger);
	expect(Object.keys(seen)).toHaveLength(1);
	const [[key, at]] = Object.entries(seen);
	expect(key).toMatch(/^d[A-Za-z0-9_-]{22}$/);
	expect(typeof at).toBe('number');
	expect(JSON.stringify(trigger.staticData)).not.toContain('0812345678');
});

test('events that are refused or filtered out are not remembered', async () => {
	const trigger = await triggerWith({ ignoreDuplicates: true }, { topics: ['Customer'] });

	await trigger.post(caseEdit('T4'));
	await trigger.post(undefined, { raw: 'nope', headers: { 'Content-Type': 'text/plain' } });

	expect(seenOf(trigger)).toEqual({});
});

test('off (the default), every delivery starts the workflow and nothing is stored', async () => {
	const trigger = await triggerWith({});

	await trigger.post(caseEdit('T5'));
	await trigger.post(caseEdit('T5'));

	expect(trigger.executions).toHaveLength(2);
	expect(trigger.staticData).toBeNull();
});

test('duplicates are caught even where n8n does not save static data (calls that start an execution)', async () => {
	// n8n 2.41 saves the first key (the workflow had no static data yet) and drops later writes made
	// by calls that start an execution; the trigger's memory still knows them.
	const trigger = await triggerWith({ ignoreDuplicates: true });

	await trigger.post(caseEdit('T6'));
	await trigger.post(caseEdit('T7'));
	await trigger.post(caseEdit('T7'));
	await trigger.post(caseEdit('T6'));

	expect(trigger.executions.map(([item]) => item.data.CaseNo)).toEqual(['T6', 'T7']);
	expect(Object.keys(seenOf(trigger))).toHaveLength(1);
});

test('keys n8n did save are honoured by a process that never saw them (after a restart)', async () => {
	const first = await triggerWith({ ignoreDuplicates: true });
	await first.post(caseEdit('T8'));
	// Another workflow with the same static data: nothing of it in the trigger's memory.
	const restarted = await serveTrigger(engine, {
		parameters: { options: { ignoreDuplicates: true } },
		staticData: structuredClone(first.staticData),
	});
	servers.push(restarted);

	expect((await restarted.post(caseEdit('T8'))).started).toBe(false);
	expect((await restarted.post(caseEdit('T9'))).started).toBe(true);
});

describe('the store stays bounded', () => {
	test(`keeps at most ${MAX_KEYS} keys, dropping the oldest first`, () => {
		const store = {};
		const now = 1_700_000_000_000;
		for (let i = 0; i < MAX_KEYS + 500; i++) {
			expect(seenRecently(store, 'bounded', `k${i}`, 3_600_000, now + i)).toBe(false);
		}

		const keys = Object.keys(store.seenDeliveries);
		expect(keys).toHaveLength(MAX_KEYS);
		expect(keys[0]).toBe('k500');
		expect(keys.at(-1)).toBe(`k${MAX_KEYS + 499}`);
		// A dropped key is new again; a kept one is still a duplicate.
		expect(seenRecently(store, 'bounded', `k${MAX_KEYS + 499}`, 3_600_000, now + 2000)).toBe(true);
		expect(seenRecently({}, 'bounded', 'k0', 3_600_000, now + 2000)).toBe(false);
	});

	test('expired keys are dropped on the next delivery', () => {
		const store = {};
		seenRecently(store, 'expiry', 'old', 1000, 0);
		seenRecently(store, 'expiry', 'new', 1000, 5000);

		expect(Object.keys(store.seenDeliveries)).toEqual(['new']);
	});
});

test.each(['constructor', '__proto__'])(
	'a topic named like a built-in property ("%s") is deduplicated like any other',
	async (topic) => {
		const trigger = await triggerWith({ ignoreDuplicates: true });
		const event = { topic, event: 'Edit', data: { CaseNo: 'T10' } };

		const first = await trigger.post(event);
		const second = await trigger.post(event);

		expect(first.status).toBe(200);
		expect(first.items).toEqual([event]);
		expect(second.body).toEqual({ message: 'Ignored: duplicate of a delivery already received' });
		expect(trigger.executions).toHaveLength(1);
	},
);

test('data nested 100,000 deep is keyed without overflowing the stack, and told apart from a body differing at the bottom', async () => {
	const trigger = await triggerWith({ ignoreDuplicates: true });
	const depth = 100_000;
	// Written as text: building it with JSON.stringify would overflow the test's own stack.
	const deep = (leaf) => `{"topic":"Case","event":"Edit","data":${'{"a":'.repeat(depth)}${leaf}${'}'.repeat(depth)}}`;
	const headers = { 'Content-Type': 'application/json' };

	const first = await trigger.post(undefined, { raw: deep('1'), headers });
	const again = await trigger.post(undefined, { raw: deep('1'), headers });
	const other = await trigger.post(undefined, { raw: deep('2'), headers });

	expect(first.status).toBe(200);
	expect(first.body).toEqual({ message: 'Workflow was started' });
	expect(again.body).toEqual({ message: 'Ignored: duplicate of a delivery already received' });
	expect(other.body).toEqual({ message: 'Workflow was started' });
	expect(trigger.executions).toHaveLength(2);
});
