'use strict';
// Task: Create. Venio does not publish CreateTask's body, so the task is a JSON object sent as is.
const { opTest, useVenio } = require('./support');

const env = useVenio();

describe('Task › Create', () => {
	opTest('task', 'create', 'sends the JSON object as the task body', async () => {
		const customerCode = env.state.customers.order[0];
		const [owner] = env.activeEmployees();
		const before = env.state.tasks.size;
		const task = {
			subject: 'Call back about renewal',
			customerCode,
			assignTo: owner.staffCode,
			dateDue: '2026-12-01T10:00:00+0700',
			note: 'Ask about the 2027 price list',
		};
		const run = await env.run({
			resource: 'task',
			operation: 'create',
			taskJson: JSON.stringify(task),
		});
		const request = env.expectOneRequest(run, 'POST', '/v1/task');
		expect(request.body).toEqual(task);
		expect(env.state.tasks.size).toBe(before + 1);
		const stored = env.state.tasks.last();
		expect(stored).toMatchObject(task);
		expect(run.items).toEqual([stored]);
		expect(run.paired).toEqual([{ item: 0 }]);
	});

	test('an object from an expression is sent too', async () => {
		const run = await env.run(
			{ resource: 'task', operation: 'create', taskJson: '={{ $json.task }}' },
			{ items: [{ task: { subject: 'From expression' } }] },
		);
		expect(run.error).toBeUndefined();
		expect(run.requests[0].body).toEqual({ subject: 'From expression' });
		expect(env.state.tasks.last().subject).toBe('From expression');
	});

	test('invalid JSON or a non-object fails before anything is sent', async () => {
		for (const [taskJson, message] of [
			['{"subject": "x",}', /Task \(JSON\) is not valid JSON/],
			['[{"subject": "x"}]', /Task \(JSON\): the value is invalid/],
			['"just text"', /Task \(JSON\): the value is invalid/],
		]) {
			const run = await env.run({ resource: 'task', operation: 'create', taskJson });
			expect(run.error?.message).toMatch(message);
			expect(run.requests).toEqual([]);
		}
	});

	test('with Continue On Fail, bad JSON and an unknown customer become error items', async () => {
		const customerCode = env.state.customers.order[0];
		const run = await env.run(
			{ resource: 'task', operation: 'create', taskJson: '={{ $json.body }}' },
			{
				items: [
					{ body: JSON.stringify({ subject: 'ok', customerCode }) },
					{ body: '{ not json' },
					{ body: JSON.stringify({ subject: 'nobody', customerCode: 'C999999' }) },
				],
				continueOnFail: true,
			},
		);
		expect(run.requests).toHaveLength(2);
		expect(run.items[0].subject).toBe('ok');
		expect(run.items[1].error).toBe('Task (JSON) is not valid JSON');
		expect(`${run.items[2].error} ${run.items[2].description}`).toMatch(
			/Customer C999999 was not found/,
		);
		expect(run.paired).toEqual([{ item: 0 }, { item: 1 }, { item: 2 }]);
	});
});
