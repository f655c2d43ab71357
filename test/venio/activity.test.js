'use strict';
// Activity: Get (by activityId) and Get Many (Activities Enquiry, paged with skip + take).
const { opTest, useVenio, pick, plain } = require('./support');

const env = useVenio({ seed: { activities: 130, customers: 20 } });

const activities = () => [...env.state.activities.values()];

const SUMMARY = ['activityId', 'activityNo', 'subject', 'activityTypeId', 'statusId', 'assignToUserId', 'dateAppointmentStart', 'dateAppointmentEnd', 'visitLocationName', 'isActive'];
const summary = (a) => pick(a, SUMMARY);

describe('Activity › Get', () => {
	opTest('activity', 'get', 'gets an activity by ID, simplified or raw', async () => {
		const activity = env.recordAt('activities', 5);
		const run = await env.run({ resource: 'activity', operation: 'get', activityId: activity.activityId });
		env.expectOneRequest(run, 'GET', `/v1/activities/${activity.activityId}`);
		expect(run.items).toEqual([summary(activity)]);
		expect(run.paired).toEqual([{ item: 0 }]);

		const raw = await env.run({ resource: 'activity', operation: 'get', activityId: activity.activityId, simplify: false });
		expect(raw.items).toEqual([plain(activity)]);
	});

	test.each([
		['0', 0, /Activity ID must be a whole number above 0/],
		['a fraction', 1.5, /Activity ID must be a whole number above 0/],
		['text', '={{ "A2501" }}', /Activity ID must be a whole number above 0/],
		['nothing', '={{ $json.absent }}', /Activity ID is required/],
	])('rejects an ID of %s before sending', async (_title, activityId, message) => {
		await env.expectRejected({ resource: 'activity', operation: 'get', activityId }, message);
	});

	test('Continue On Fail: a bad ID becomes an error item, the others pass', async () => {
		const [a, b] = [env.recordAt('activities', 0), env.recordAt('activities', 1)];
		const run = await env.run(
			{ resource: 'activity', operation: 'get', activityId: '={{ $json.id }}' },
			{ items: [{ id: a.activityId }, { id: 'x' }, { id: 999999 }, { id: b.activityId }], continueOnFail: true },
		);
		expect(run.requests.map((r) => r.path)).toEqual([
			`/v1/activities/${a.activityId}`,
			'/v1/activities/999999',
			`/v1/activities/${b.activityId}`,
		]);
		expect(run.items[0].activityId).toBe(a.activityId);
		expect(run.items[1].error).toMatch(/Activity ID must be a whole number above 0/);
		expect(run.items[2].error).toMatch(/999999 was not found/);
		expect(run.items[3].activityId).toBe(b.activityId);
		expect(run.paired).toEqual([{ item: 0 }, { item: 1 }, { item: 2 }, { item: 3 }]);
	});
});

describe('Activity › Get Many', () => {
	opTest('activity', 'getMany', 'returns all activities across pages, or up to Limit', async () => {
		// One page at a time, so the requests can be listed in order (parallel.test.js reads ahead).
		const all = await env.run({ resource: 'activity', operation: 'getMany', returnAll: true, options: { parallelRequests: 1 } });
		expect(all.error).toBeUndefined();
		expect(all.items).toEqual(activities().map(summary));
		expect(all.requests.map((r) => [r.method, r.path])).toEqual([
			['POST', '/v1/activities/enquiry'],
			['POST', '/v1/activities/enquiry'],
			['POST', '/v1/activities/enquiry'],
		]);
		expect(all.requests.map((r) => r.body)).toEqual([
			{ take: 100, skip: 0 },
			{ take: 100, skip: 100 },
			{ take: 100, skip: activities().length },
		]);
		all.requests.forEach(env.expectAuthHeaders);

		const limited = await env.run({ resource: 'activity', operation: 'getMany', limit: 4, simplify: false });
		expect(limited.requests.map((r) => r.body)).toEqual([{ take: 4, skip: 0 }]);
		expect(limited.items).toEqual(activities().slice(0, 4).map(plain));
		expect(limited.paired).toEqual([{ item: 0 }, { item: 0 }, { item: 0 }, { item: 0 }]);
	});

	test('sends custom JSON filters in the enquiry body', async () => {
		const run = await env.run({
			resource: 'activity',
			operation: 'getMany',
			returnAll: true,
			filters: { customFilters: '{"statusId": 2, "activityTypeId": 1}' },
		});
		expect(run.error).toBeUndefined();
		expect(run.requests[0].body).toEqual({ statusId: 2, activityTypeId: 1, take: 100, skip: 0 });
		const expected = activities().filter((a) => a.statusId === 2 && a.activityTypeId === 1);
		expect(expected.length).toBeGreaterThan(0);
		expect(run.items.map((a) => a.activityId)).toEqual(expected.map((a) => a.activityId));
	});

	test.each([
		['invalid JSON', '{"statusId": ', /Custom Filters \(JSON\) is not valid JSON/],
		['a JSON array', '[1, 2]', /Custom Filters \(JSON\): the value is invalid/],
		['its own paging keys', '{"skip": 10}', /Custom Filters \(JSON\): the value is invalid/],
	])('rejects %s before sending', async (_title, customFilters, message) => {
		await env.expectRejected({ resource: 'activity', operation: 'getMany', filters: { customFilters } }, message);
	});
});
