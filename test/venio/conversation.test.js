'use strict';
// Conversation: Get Many (Conversation Enquiry). Its filters are a JSON object; it pages with
// skip + take.
const { opTest, useVenio } = require('./support');

// More conversations than two pages of 100, so Return All has to page.
const env = useVenio({ seed: { conversations: 250 } });

describe('Conversation › Get Many', () => {
	opTest(
		'conversation',
		'getMany',
		'Return All returns every conversation, paged with skip + take',
		async () => {
			const run = await env.run({
				resource: 'conversation',
				operation: 'getMany',
				// One page at a time, so the requests can be listed in order (parallel.test.js reads ahead).
				returnAll: true,
				options: { parallelRequests: 1 },
			});
			expect(run.error).toBeUndefined();
			const all = env.state.conversations.rows();
			expect(all.length).toBeGreaterThan(0);
			expect(run.items).toEqual(all);
			expect(run.paired).toEqual(all.map(() => ({ item: 0 })));
			const [request] = run.requests;
			expect(request.method).toBe('POST');
			expect(request.path).toBe('/v1/conversation/enquiry');
			env.expectAuthHeaders(request);
			expect(request.body).toEqual({ skip: 0, take: 100 });
			expect(run.requests.map((r) => r.body)).toEqual([
				{ skip: 0, take: 100 },
				{ skip: 100, take: 100 },
				{ skip: 200, take: 100 },
				{ skip: 250, take: 100 },
			]);
			const ids = run.items.map((c) => c.conversationId);
			expect(new Set(ids).size).toBe(250);
		},
	);

	test('Limit and JSON filters go in the body', async () => {
		const target = env.state.conversations.rows()[0];
		const run = await env.run({
			resource: 'conversation',
			operation: 'getMany',
			returnAll: false,
			limit: 3,
			filtersJson: JSON.stringify({ customerCode: target.customerCode, platform: target.platform }),
		});
		expect(run.error).toBeUndefined();
		// One conversation matches: a page shorter than asked may be a server cap, so the next is asked.
		expect(run.requests.map((r) => r.body)).toEqual([
			{ customerCode: target.customerCode, platform: target.platform, skip: 0, take: 3 },
			{ customerCode: target.customerCode, platform: target.platform, skip: 1, take: 2 },
		]);
		const expected = env.state.conversations
			.rows()
			.filter((c) => c.customerCode === target.customerCode && c.platform === target.platform)
			.slice(0, 3);
		expect(run.items).toEqual(expected);
	});

	test('a cleared filter field means no filters', async () => {
		const run = await env.run({ resource: 'conversation', operation: 'getMany', limit: 2, filtersJson: '  ' });
		expect(run.error).toBeUndefined();
		expect(run.requests.map((r) => r.body)).toEqual([{ skip: 0, take: 2 }]);
		expect(run.items).toEqual(env.state.conversations.rows().slice(0, 2));
	});

	test('invalid filter JSON fails before anything is sent; with Continue On Fail it is an error item', async () => {
		const bad = await env.run({
			resource: 'conversation',
			operation: 'getMany',
			filtersJson: '{"keyword": }',
		});
		expect(bad.error?.message).toBe('Filters (JSON) is not valid JSON');
		expect(bad.requests).toEqual([]);

		const run = await env.run(
			{ resource: 'conversation', operation: 'getMany', limit: 1, filtersJson: '={{ $json.f }}' },
			{ items: [{ f: '{}' }, { f: '[1]' }], continueOnFail: true },
		);
		expect(run.requests).toHaveLength(1);
		expect(run.items[0]).toEqual(env.state.conversations.rows()[0]);
		expect(run.items[1].error).toBe('Filters (JSON): the value is invalid');
		expect(run.paired).toEqual([{ item: 0 }, { item: 1 }]);
	});
});
