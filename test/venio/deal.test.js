'use strict';
// Deal: Create, Update, Get, Get Many and the five lookup lists, plus the Deal dropdowns (boards,
// stages by board, labels, interests, missed reasons) and the deal search behind the Deal locator.
const { opTest, useVenio, byCode, fromList } = require('./support');

// More deals than two pages of 100, so Return All has to page.
const env = useVenio({ seed: { deals: 230 } });

function baseCreate(overrides = {}) {
	const [owner] = env.activeEmployees();
	return {
		resource: 'deal',
		operation: 'create',
		customer: byCode(env.state.customers.order[0]),
		boardId: 34628320,
		dealName: 'Siam Trading - CRM rollout',
		dealValue: 125000,
		probability: 30,
		expectedCloseDate: '2026-11-27T09:30:00+07:00',
		owner: byCode(owner.staffCode),
		...overrides,
	};
}

describe('Deal › Create', () => {
	opTest(
		'deal',
		'create',
		'creates a deal on the chosen board with labels, interests and a stage',
		async () => {
			const [owner, participant] = env.activeEmployees();
			const [mainCustomer, otherCustomer] = env.state.customers.order;
			const before = env.state.deals.size;
			const run = await env.run(
				baseCreate({
					customer: byCode(mainCustomer),
					dealStageId: 5507,
					additionalFields: {
						dealLabels: [1001, 98199047],
						dealInterests: [1002],
						participantCodes: [participant.staffCode],
						dealDate: '2026-11-01T00:00:00+07:00',
						dateFollowUp: '2026-11-10T14:00:00+07:00',
						dealQuantity: 12,
						dealQuantityUnit: 'License',
						note: 'From the web form',
						otherCustomerCodes: `${otherCustomer}, ${mainCustomer}`,
					},
				}),
			);
			const request = env.expectOneRequest(run, 'POST', '/v1/deals');
			expect(request.body).toEqual({
				customerCodes: [mainCustomer, otherCustomer],
				boardId: 34628320,
				dealName: 'Siam Trading - CRM rollout',
				probability: 30,
				dealValue: 125000,
				expectedCloseDate: '2026-11-27T09:30:00+0700',
				assignTo: owner.staffCode,
				dealLabels: [1001, 98199047],
				dealInterests: [1002],
				participantCodes: [participant.staffCode],
				dealStageId: 5507,
				dealDate: '2026-11-01T00:00:00+0700',
				dateFollowUp: '2026-11-10T14:00:00+0700',
				dealQuantity: 12,
				dealQuantityUnit: 'License',
				note: 'From the web form',
			});

			expect(env.state.deals.size).toBe(before + 1);
			const stored = env.state.deals.last();
			expect(stored.boardId).toBe(34628320);
			expect(stored.dealStageName).toBe('Scoping');
			expect(stored.customerCode).toBe(mainCustomer);
			expect(stored.dealsLabels.map((l) => l.dealLabelId)).toEqual([1001, 98199047]);
			expect(run.items).toEqual([stored]);
			expect(run.paired).toEqual([{ item: 0 }]);
		},
	);

	test('the API rejecting a stage of another board comes back as a clear error', async () => {
		const run = await env.run(baseCreate({ dealStageId: 5501 }));
		expect(run.error).toBeDefined();
		expect(run.error.message + run.error.description).toMatch(
			/5501 does not belong to board 34628320/,
		);
	});

	test('bad input fails before anything is sent', async () => {
		// Blank required values arrive through expressions (a literal blank is stopped by n8n itself).
		const cases = [
			[{ dealName: '={{ "" }}' }, /Deal Name is required/],
			[{ dealValue: '={{ "a lot" }}' }, /Deal Value must be a number/],
			[{ expectedCloseDate: 'next tuesday' }, /Expected Close Date is not a valid date/],
			[{ probability: 140 }, /Probability \(%\) must be between 0 and 100/],
			[{ customer: byCode('={{ "  " }}') }, /Customer is required/],
			[{ owner: byCode('={{ $json.nobody }}') }, /Owner is required/],
			[{ additionalFields: { dealDate: '31/02/2026' } }, /Deal Date is not a valid date/],
		];
		for (const [overrides, message] of cases) {
			const run = await env.run(baseCreate(overrides));
			expect(run.error?.message).toMatch(message);
			expect(run.requests).toEqual([]);
		}
	});

	test('with Continue On Fail a bad item becomes an error item and the good ones go on', async () => {
		const before = env.state.deals.size;
		const run = await env.run(baseCreate({ dealName: '={{ $json.name }}' }), {
			items: [{ name: 'Good one' }, { name: '' }, { name: 'Good two' }],
			continueOnFail: true,
		});
		expect(run.error).toBeUndefined();
		expect(run.requests).toHaveLength(2);
		expect(run.items).toHaveLength(3);
		expect(run.items[0].dealsName).toBe('Good one');
		expect(run.items[1].error).toMatch(/Deal Name is required/);
		expect(run.items[2].dealsName).toBe('Good two');
		expect(run.paired).toEqual([{ item: 0 }, { item: 1 }, { item: 2 }]);
		expect(env.state.deals.size).toBe(before + 2);
	});
});

describe('Deal stage, next to what fixes its board', () => {
	const { Venio } = require('../../index.js');
	const { NodeHelpers } = require('n8n-workflow');
	const { description } = new Venio();
	/** The parameters of deal › operation in the order the editor shows them, given the values set. */
	const shown = (operation, values) => {
		const nodeValues = { resource: 'deal', operation, ...values };
		return description.properties
			.filter((p) => NodeHelpers.displayParameter(nodeValues, p, null, description))
			.map((p) => p.name);
	};

	test.each([
		['create', 'boardId', { boardId: 34628320 }, 'getDealStartStages'],
		['update', 'deal', { deal: fromList('1024') }, 'getDealStagesToMoveTo'],
	])('%s: Stage comes right after %s, once that is chosen', (operation, before, chosen, method) => {
		const empty = operation === 'create' ? { boardId: '' } : { deal: fromList('') };
		expect(shown(operation, empty)).not.toContain('dealStageId');
		const names = shown(operation, chosen);
		expect(names.indexOf('dealStageId')).toBe(names.indexOf(before) + 1);
		const stage = description.properties.find(
			(p) => p.name === 'dealStageId' && p.displayOptions.show.operation.includes(operation),
		);
		expect(stage.typeOptions.loadOptionsMethod).toBe(method);
		expect(stage.typeOptions.loadOptionsDependsOn[0]).toMatch(new RegExp(`^${before}`));
		// Not also offered under Additional / Update Fields.
		const collections = description.properties.filter(
			(p) => p.type === 'collection' && p.displayOptions?.show?.resource?.includes('deal'),
		);
		for (const collection of collections) {
			expect(collection.options.map((o) => o.name)).not.toContain('dealStageId');
		}
	});

	test('Update moves the deal to the stage picked; left empty, no stage is sent', async () => {
		const deal = env.state.deals
			.rows()
			.find((d) => d.boardId === 34628320 && d.dealStageId !== 5508);
		const update = (stage) => ({
			resource: 'deal',
			operation: 'update',
			deal: fromList(String(deal.dealsId)),
			...stage,
			updateFields: { dealValue: 1000 },
		});
		const moved = await env.run(update({ dealStageId: 5508 }));
		expect(moved.requests.at(-1).body.dealStageId).toBe(5508);
		expect(env.state.deals.get(deal.dealsId).dealStageName).toBe('Quotation');

		const kept = await env.run(update({ dealStageId: '' }));
		expect(kept.requests.at(-1).body).not.toHaveProperty('dealStageId');
		expect(env.state.deals.get(deal.dealsId).dealStageId).toBe(5508);
	});
});

describe('Deal › Update', () => {
	opTest(
		'deal',
		'update',
		'updates a deal (answer in the {data:{value}} variant) and closes it as lost',
		async () => {
			const deal = env.recordAt('deals', 0);
			const [, owner] = env.activeEmployees();
			const run = await env.run({
				resource: 'deal',
				operation: 'update',
				deal: fromList(String(deal.dealsId)),
				owner: byCode(owner.staffCode),
				updateFields: {
					dealName: 'Renamed deal',
					dealValue: 99000,
					probability: 0,
					expectedCloseDate: '2026-12-31T00:00:00+07:00',
					reasonCategoryId: 39733558,
					remark: 'Went with a competitor',
					markAllTaskAsDone: true,
					cancleAllOrder: false,
					dealLabels: [],
				},
			});
			const request = env.expectRequest(run, 'PUT', `/v1/deals/${deal.dealsId}`);
			expect(request.body).toEqual({
				dealName: 'Renamed deal',
				probability: 0,
				dealValue: 99000,
				expectedCloseDate: '2026-12-31T00:00:00+0700',
				assignTo: owner.staffCode,
				reasonCategoryId: 39733558,
				remark: 'Went with a competitor',
				markAllTaskAsDone: true,
				cancleAllOrder: false,
				dealLabels: [],
			});
			const stored = env.state.deals.get(deal.dealsId);
			expect(stored.dealsName).toBe('Renamed deal');
			expect(stored.statusName).toBe('Lost');
			expect(stored.reasonCategoryName).toBe('Chose a competitor');
			expect(stored.dealsLabels).toEqual([]);
			// The sandbox answers { data: { value: deal } }: the item is the deal itself.
			expect(run.items).toEqual([stored]);
			expect(run.paired).toEqual([{ item: 0 }]);
		},
	);

	test('a deal ID that is not a whole number fails before anything is sent, whatever it contains', async () => {
		for (const value of ['12/3', '7?x=1', '5#a', 'D250100001']) {
			const run = await env.run({
				resource: 'deal',
				operation: 'update',
				// An expression: a literal is already refused by the locator's own regex in the editor.
				deal: { __rl: true, mode: 'id', value: `={{ ${JSON.stringify(value)} }}` },
				updateFields: { dealName: 'x' },
			});
			expect(run.error?.message).toBe('Deal ID must be a whole number');
			expect(run.requests).toEqual([]);
		}
	});

	test('an unknown deal is reported with Venio’s message', async () => {
		const run = await env.run({
			resource: 'deal',
			operation: 'update',
			deal: { __rl: true, mode: 'id', value: '987654' },
			updateFields: { dealName: 'x' },
		});
		expect(run.requests.map((r) => r.path)).toEqual(['/v1/deals/987654']);
		expect(`${run.error.message} ${run.error.description}`).toMatch(/Deal 987654 was not found/);
	});
});

describe('Deal › Get', () => {
	opTest('deal', 'get', 'gets a deal by ID, simplified by default', async () => {
		const deal = env.recordAt('deals', 0);
		const run = await env.run({
			resource: 'deal',
			operation: 'get',
			deal: { __rl: true, mode: 'id', value: String(deal.dealsId) },
		});
		env.expectRequest(run, 'GET', `/v1/deals/${deal.dealsId}`);
		expect(run.items).toEqual([
			{
				dealsId: deal.dealsId,
				dealNo: deal.dealNo,
				dealsName: deal.dealsName,
				dealsValue: deal.dealsValue,
				statusName: deal.statusName,
				dealStageName: deal.dealStageName,
				customerCode: deal.customerCode,
				customerName: deal.customerName,
				expectedCloseDate: deal.expectedCloseDate,
				dateModified: deal.dateModified,
			},
		]);
		expect(run.paired).toEqual([{ item: 0 }]);
	});

	test('Simplify off returns the whole deal', async () => {
		const deal = env.recordAt('deals', 3);
		const run = await env.run({
			resource: 'deal',
			operation: 'get',
			deal: fromList(String(deal.dealsId)),
			simplify: false,
		});
		expect(run.items).toEqual([deal]);
	});

	test('with Continue On Fail, an unknown deal and a bad ID become error items paired to their input', async () => {
		const deal = env.recordAt('deals', 0);
		const run = await env.run(
			{
				resource: 'deal',
				operation: 'get',
				deal: { __rl: true, mode: 'id', value: '={{ $json.id }}' },
			},
			{
				items: [{ id: String(deal.dealsId) }, { id: '999999' }, { id: 'abc' }],
				continueOnFail: true,
			},
		);
		expect(run.requests.map((r) => r.path)).toEqual([
			`/v1/deals/${deal.dealsId}`,
			'/v1/deals/999999',
		]);
		expect(run.items[0].dealsId).toBe(deal.dealsId);
		expect(run.items[1].error).toMatch(/not found|Deal/i);
		expect(run.items[2].error).toBe('Deal ID must be a whole number');
		expect(run.paired).toEqual([{ item: 0 }, { item: 1 }, { item: 2 }]);
	});
});

describe('Deal › Get Many', () => {
	opTest(
		'deal',
		'getMany',
		'Return All pages through every deal with skip + pageLength',
		async () => {
			const run = await env.run({
				resource: 'deal',
				operation: 'getMany',
				// One page at a time, so the requests can be listed in order (parallel.test.js reads ahead).
				returnAll: true,
				options: { parallelRequests: 1 },
				simplify: false,
			});
			expect(run.error).toBeUndefined();
			const all = env.state.deals.rows();
			expect(all.length).toBeGreaterThan(200);
			expect(run.items).toEqual(all);
			const ids = run.items.map((d) => d.dealsId);
			expect(new Set(ids).size).toBe(ids.length);
			expect(run.paired.every((p) => p.item === 0)).toBe(true);
			expect(run.requests[0].method).toBe('POST');
			expect(run.requests[0].path).toBe('/v1/deals/enquiry');
			env.expectAuthHeaders(run.requests[0]);
			// Full pages, the short last one, then an empty one: a short page may be a server cap.
			expect(run.requests.map((r) => r.body)).toEqual([
				...Array.from({ length: Math.ceil(all.length / 100) }, (_, n) => ({
					skip: n * 100,
					pageLength: 100,
				})),
				{ skip: all.length, pageLength: 100 },
			]);
		},
	);

	test('Limit asks for that many and returns that many', async () => {
		const run = await env.run({
			resource: 'deal',
			operation: 'getMany',
			returnAll: false,
			limit: 7,
		});
		expect(run.requests.map((r) => r.body)).toEqual([{ skip: 0, pageLength: 7 }]);
		expect(run.items.map((d) => d.dealsId)).toEqual(
			env.state.deals
				.rows()
				.slice(0, 7)
				.map((d) => d.dealsId),
		);
		expect(Object.keys(run.items[0])).toHaveLength(10);
	});

	test('filters by keyword and stages', async () => {
		const target = env.recordAt('deals', 0);
		const run = await env.run({
			resource: 'deal',
			operation: 'getMany',
			returnAll: true,
			filters: { keyword: target.dealNo, dealStageIds: [target.dealStageId] },
		});
		expect(run.requests[0].body).toEqual({
			keyword: target.dealNo,
			dealStageIds: [target.dealStageId],
			skip: 0,
			pageLength: 100,
		});
		expect(run.items.map((d) => d.dealNo)).toEqual([target.dealNo]);
	});
});

describe('Deal lookup lists', () => {
	const lists = [
		['getManyBoards', '/v1/deals/boards', 'dealBoards'],
		['getManyInterests', '/v1/deals/interests', 'dealInterests'],
		['getManyLabels', '/v1/deals/labels', 'dealLabels'],
		[
			'getManyMissedReasonCategories',
			'/v1/deals/missed-reason-categories',
			'dealMissedReasonCategories',
		],
		['getManyStages', '/v1/deals/stages', 'dealStages'],
	];

	async function checkList(operation, path, key) {
		const run = await env.run({ resource: 'deal', operation, returnAll: true });
		env.expectOneRequest(run, 'GET', path);
		expect(run.items).toEqual(env.state[key]);
		expect(run.paired).toEqual(env.state[key].map(() => ({ item: 0 })));
		const limited = await env.run({ resource: 'deal', operation, returnAll: false, limit: 2 });
		expect(limited.items).toEqual(env.state[key].slice(0, 2));
	}

	opTest('deal', 'getManyBoards', 'lists the deal boards', () => checkList(...lists[0]));
	opTest('deal', 'getManyInterests', 'lists the deal interests', () => checkList(...lists[1]));
	opTest('deal', 'getManyLabels', 'lists the deal labels', () => checkList(...lists[2]));
	opTest('deal', 'getManyMissedReasonCategories', 'lists the missed reason categories', () =>
		checkList(...lists[3]),
	);
	opTest('deal', 'getManyStages', 'lists the deal stages', () => checkList(...lists[4]));

	test('Get Many Stages of one board sends ?boardId= and returns that board’s stages', async () => {
		const run = await env.run({
			resource: 'deal',
			operation: 'getManyStages',
			returnAll: true,
			filters: { boardId: 34628320 },
		});
		expect(run.requests[0].query).toEqual({ boardId: '34628320' });
		expect(run.items).toEqual(env.state.dealStages.filter((s) => s.boardId === 34628320));
	});
});

describe('Deal dropdowns', () => {
	test('boards, labels, interests and missed reasons load from the account, sorted by name', async () => {
		const expectations = [
			['getDealBoards', '/v1/deals/boards', 'dealBoards', 'boardName', 'boardId'],
			['getDealLabels', '/v1/deals/labels', 'dealLabels', 'dealLabelName', 'dealLabelId'],
			[
				'getDealInterests',
				'/v1/deals/interests',
				'dealInterests',
				'dealInterestName',
				'dealInterestId',
			],
			[
				'getDealMissedReasons',
				'/v1/deals/missed-reason-categories',
				'dealMissedReasonCategories',
				'reasonCategoryName',
				'reasonCategoryId',
			],
		];
		for (const [method, path, key, nameKey, idKey] of expectations) {
			const { result, requests } = await env.dropdown('loadOptions', method, {
				parameters: {
					resource: 'deal',
					operation: 'create',
				},
			});
			expect(requests.map((r) => `${r.method} ${r.path}`)).toEqual([`GET ${path}`]);
			env.expectAuthHeaders(requests[0]);
			const expected = env.state[key]
				.map((record) => ({ name: record[nameKey], value: record[idKey] }))
				.sort((a, b) => a.name.localeCompare(b.name));
			expect(result).toEqual(expected);
		}
	});

	test('stages follow the chosen board, in pipeline order', async () => {
		const { result, requests } = await env.dropdown('loadOptions', 'getDealStages', {
			parameters: {
				resource: 'deal',
				operation: 'create',
				boardId: 34628320,
			},
		});
		expect(requests.map((r) => r.query)).toEqual([{ boardId: '34628320' }]);
		expect(result).toEqual([
			{ name: 'Discovery', value: 5506 },
			{ name: 'Scoping', value: 5507 },
			{ name: 'Quotation', value: 5508 },
			{ name: 'Contracting', value: 5509 },
			{ name: 'Closed Won', value: 5510 },
		]);
	});

	test.each([
		['create', 'getDealStartStages', "Venio's Default", { boardId: 34628320 }],
		['update', 'getDealStagesToMoveTo', 'Keep Current Stage', { deal: fromList('1') }],
	])(
		'%s: the Stage list starts with leaving the stage out (%s)',
		async (operation, method, first, chosen) => {
			const parameters = { resource: 'deal', operation, ...chosen };
			const { result } = await env.dropdown('loadOptions', method, { parameters });
			const { result: stages } = await env.dropdown('loadOptions', 'getDealStages', { parameters });
			expect(result).toEqual([{ name: first, value: '' }, ...stages]);
			expect(stages.length).toBeGreaterThan(1);
		},
	);

	test('on Update, stages follow the board of the chosen deal', async () => {
		const deal = env.state.deals.rows().find((d) => d.boardId === 34628319);
		const { result, requests } = await env.dropdown('loadOptions', 'getDealStages', {
			parameters: {
				resource: 'deal',
				operation: 'update',
				deal: fromList(String(deal.dealsId)),
			},
		});
		expect(requests.map((r) => `${r.method} ${r.path}`)).toEqual([
			`GET /v1/deals/${deal.dealsId}`,
			'GET /v1/deals/stages',
		]);
		expect(result.map((o) => o.value)).toEqual([5501, 5502, 5503, 5504, 5505]);
	});

	test('without a board, every stage is offered as "Board › Stage"', async () => {
		const { result } = await env.dropdown('loadOptions', 'getDealStages', {
			parameters: {
				resource: 'deal',
				operation: 'getMany',
			},
		});
		expect(result).toHaveLength(env.state.dealStages.length);
		expect(result[0]).toEqual({ name: 'Sales Pipeline › Qualification', value: 5501 });
		expect(result[9]).toEqual({ name: 'Project Pipeline › Closed Won', value: 5510 });
	});

	test('the deal search pages through Deal Enquiry by keyword', async () => {
		const first = await env.dropdown('listSearch', 'searchDeals');
		expect(first.requests[0].path).toBe('/v1/deals/enquiry');
		expect(first.requests[0].body).toEqual({ skip: 0, pageLength: 50 });
		const rows = env.state.deals.rows();
		expect(first.result.results[0]).toEqual({
			name: `${rows[0].dealsName} (${rows[0].dealNo})`,
			value: String(rows[0].dealsId),
		});
		expect(first.result.results).toHaveLength(50);
		expect(first.result.paginationToken).toBe('50');

		const next = await env.dropdown('listSearch', 'searchDeals', { paginationToken: '50' });
		expect(next.requests[0].body).toEqual({ skip: 50, pageLength: 50 });
		expect(next.result.results[0].value).toBe(String(rows[50].dealsId));

		const target = rows[5];
		const found = await env.dropdown('listSearch', 'searchDeals', { filter: target.dealNo });
		expect(found.requests[0].body.keyword).toBe(target.dealNo);
		expect(found.result.results.map((r) => r.value)).toEqual([String(target.dealsId)]);
		// A short page is not taken for the end (Venio may serve fewer than asked); an empty one is.
		expect(found.result.paginationToken).toBe('1');
		const after = await env.dropdown('listSearch', 'searchDeals', { filter: target.dealNo, paginationToken: '1' });
		expect(after.requests[0].body).toMatchObject({ keyword: target.dealNo, skip: 1 });
		expect(after.result).toEqual({ results: [], paginationToken: undefined });
	});
});
