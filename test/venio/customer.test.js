'use strict';
// Customer: Get, Get by Name, Get Many, Create or Update (fields and JSON), Add Satisfaction, and
// the customer search dropdown. The customer events are in customerEvent.test.js.
const { opTest, useVenio, byCode, fromList, plain, NOTHING } = require('./support');

const env = useVenio();

const upsert = (overrides) => ({ resource: 'customer', operation: 'upsert', ...overrides });

describe('Customer › Get', () => {
	opTest('customer', 'get', 'gets a customer by code, simplified or raw', async () => {
		const customer = env.recordAt('customers', 0);
		const run = await env.run({ resource: 'customer', operation: 'get', customer: byCode(customer.customerCode) });
		env.expectOneRequest(run, 'GET', `/v3/customers/${customer.customerCode}`);
		expect(run.items).toHaveLength(1);
		expect(run.items[0]).toEqual({
			customerId: customer.customerId,
			customerCode: customer.customerCode,
			customerName: customer.customerName,
			customerType: customer.customerType,
			customerTypeName: 'Customer',
			customerStateId: customer.customerStateId,
			customerStateName: 'Customer',
			email: customer.email,
			isActive: customer.isActive,
			customerOwnersStr: customer.customerOwnersStr,
			dateCreated: customer.dateCreated,
			dateModified: customer.dateModified,
		});
		expect(run.paired).toEqual([{ item: 0 }]);

		const raw = await env.run({ resource: 'customer', operation: 'get', customer: fromList(customer.customerCode), simplify: false });
		expect(raw.items[0]).toEqual(plain(customer));
	});

	test('Simplify names the codes beside them (keeping the codes) and leaves out empty lists', async () => {
		const created = await env.run(upsert({ customerName: 'Ownerless Prospect Co.', customerState: 2 }));
		expect(created.error).toBeUndefined();
		const code = created.items[0].customerCode;
		const stored = env.state.customers.get(code);
		stored.customerOwnersStr = []; // as Venio answers for a customer nobody owns

		const run = await env.run({ resource: 'customer', operation: 'get', customer: byCode(code) });
		expect(run.items[0]).toMatchObject({
			customerType: 11200,
			customerTypeName: 'Prospect',
			customerStateId: 2,
			customerStateName: 'Prospect',
		});
		// Each name right after its code.
		const keys = Object.keys(run.items[0]);
		expect(keys[keys.indexOf('customerType') + 1]).toBe('customerTypeName');
		expect(run.items[0]).not.toHaveProperty('customerOwnersStr');

		const raw = await env.run({ resource: 'customer', operation: 'get', customer: byCode(code), simplify: false });
		expect(raw.items[0].customerOwnersStr).toEqual([]);
		expect(raw.items[0]).not.toHaveProperty('customerTypeName');
	});

	test('a code with / ? # stays one path segment', async () => {
		const run = await env.run(
			{ resource: 'customer', operation: 'get', customer: byCode('C/1?x#2') },
			{ continueOnFail: true },
		);
		expect(run.requests).toHaveLength(1);
		expect(run.requests[0].path).toBe('/v3/customers/C%2F1%3Fx%232');
		expect(run.items[0].error).toMatch(/C\/1\?x#2 was not found/);
	});

	test('a missing customer code is rejected before sending', async () => {
		await env.expectRejected({ resource: 'customer', operation: 'get', customer: byCode('  ') }, /Customer is required/);
	});
});

describe('Customer › Get by Name', () => {
	opTest('customer', 'getByName', 'finds a customer by its exact name, even with / ? # in it', async () => {
		const created = await env.run(upsert({ customerName: 'Siam/North ? Trading #2', customerState: 2 }));
		expect(created.error).toBeUndefined();
		const code = created.items[0].customerCode;

		const run = await env.run({ resource: 'customer', operation: 'getByName', customerName: 'Siam/North ? Trading #2', simplify: false });
		env.expectOneRequest(run, 'GET', '/v3/customers/name/Siam%2FNorth%20%3F%20Trading%20%232');
		expect(run.items).toEqual([plain(env.state.customers.get(code))]);
		expect(run.paired).toEqual([{ item: 0 }]);
	});
});

describe('Customer › Get Many', () => {
	const matching = (type) => [...env.state.customers.values()].filter((c) => c.customerType === type);

	opTest('customer', 'getMany', 'returns all customers of a type across pages, or up to Limit', async () => {
		const expected = matching(11300);
		expect(expected.length).toBeGreaterThan(0);
		const all = await env.run({ resource: 'customer', operation: 'getMany', customerType: 11300, returnAll: true });
		expect(all.error).toBeUndefined();
		expect(all.items.map((c) => c.customerCode)).toEqual(expected.map((c) => c.customerCode));
		expect(all.requests[0].method).toBe('POST');
		expect(all.requests[0].path).toBe('/v3/customers/enquiry');
		expect(all.requests[0].body).toEqual({ customerType: 11300, pageLength: 100, skip: 0 });
		env.expectAuthHeaders(all.requests[0]);

		const limited = await env.run({ resource: 'customer', operation: 'getMany', customerType: 11100, limit: 3 });
		expect(limited.items.map((c) => c.customerCode)).toEqual(matching(11100).slice(0, 3).map((c) => c.customerCode));
		expect(limited.requests).toHaveLength(1);
		expect(limited.requests[0].body).toEqual({ customerType: 11100, pageLength: 3, skip: 0 });
		expect(limited.paired).toEqual([{ item: 0 }, { item: 0 }, { item: 0 }]);
	});

	test('pages with skip until an empty page when everything is asked for', async () => {
		const expected = [...env.state.customers.values()];
		// One page at a time, so the requests can be listed in order (parallel.test.js reads ahead).
		const run = await env.run({ resource: 'customer', operation: 'getMany', customerType: 0, returnAll: true, options: { parallelRequests: 1 }, simplify: false });
		expect(run.items).toHaveLength(expected.length);
		// Full pages, the short last one, then an empty one: a short page may be a server cap.
		expect(run.requests.map((r) => r.body.skip)).toEqual([
			...Array.from({ length: Math.ceil(expected.length / 100) }, (_, n) => n * 100),
			expected.length,
		]);
	});

	test('sends the keyword filter', async () => {
		const target = env.recordAt('customers', 3);
		const run = await env.run({
			resource: 'customer',
			operation: 'getMany',
			customerType: 0,
			returnAll: true,
			filters: { keyword: target.customerName },
		});
		expect(run.requests[0].body).toMatchObject({ keyword: target.customerName });
		expect(run.items.map((c) => c.customerCode)).toContain(target.customerCode);
	});
});

describe('Customer › Create or Update', () => {
	opTest('customer', 'upsert', 'creates a customer from fields, with addresses, contacts and owners', async () => {
		const [owner1, owner2] = env.activeEmployees();
		const before = env.state.customers.size;
		const run = await env.run(
			upsert({
				inputMode: 'fields',
				upsertMode: 'create',
				customerName: 'Lanna Agro Co., Ltd.',
				customerState: 1,
				addresses: {
					address: [
						{ locationType: 1, locationName: 'Head office', locationAddress: '1 Nimman Rd, Chiang Mai', latitude: '18.79', longitude: '98.97' },
						{ locationType: 2, locationName: 'Warehouse', locationAddress: '9 Highway 11', latitude: '', longitude: '' },
					],
				},
				contacts: {
					contact: [
						{
							contactName: 'Suda Srisuk',
							contactEmail: 'suda@lanna.example',
							contactMobile: '0812345678',
							contactBirthdate: '1990-04-25',
							contactStatus: true,
							contactPosition: '',
							contactSocialAccount: { line: 'suda.s' },
						},
					],
				},
				owners: { owner: [{ employee: byCode(owner1.staffCode) }, { employee: fromList(owner2.staffCode) }] },
				additionalFields: {
					customerType: 1,
					customerEmail: 'hello@lanna.example',
					customerTaxNo: '0105560000999',
					customerTags: 'north, agro ,',
					interestsName: 'CRM, Analytics',
					customerAliases: 'Lanna Agro',
					customerBirthdate: '2001-02-03T00:00:00+07:00',
					leadStatus: 4,
					classificationName: 'A',
					customerIncome: '1200000',
					customerSocialAccount: { accounts: { facebook: 'lanna.agro', line: '' } },
					customFields: { field: [{ customFieldName: 'Region', customFieldValue: 'North, East' }] },
				},
			}),
		);
		const request = env.expectOneRequest(run, 'POST', '/v3/customers');
		expect(request.body).toEqual({
			customerName: 'Lanna Agro Co., Ltd.',
			customerState: 1,
			customerType: 1,
			customerEmail: 'hello@lanna.example',
			customerTaxNo: '0105560000999',
			customerTags: ['north', 'agro'],
			interestsName: ['CRM', 'Analytics'],
			customerAliases: ['Lanna Agro'],
			customerBirthdate: '2001-02-03',
			leadStatus: 4,
			classificationName: 'A',
			customerIncome: '1200000',
			customerSocialAccount: { facebook: 'lanna.agro' },
			customFields: [{ customFieldName: 'Region', customFieldValue: ['North', 'East'] }],
			addresses: [
				{ locationType: 1, locationName: 'Head office', locationAddress: '1 Nimman Rd, Chiang Mai', latitude: 18.79, longitude: 98.97 },
				{ locationType: 2, locationName: 'Warehouse', locationAddress: '9 Highway 11' },
			],
			contacts: [
				{
					contactName: 'Suda Srisuk',
					contactEmail: 'suda@lanna.example',
					contactMobile: '0812345678',
					contactBirthdate: '1990-04-25',
					contactStatus: true,
					contactSocialAccount: { line: 'suda.s' },
				},
			],
			owners: [owner1.staffCode, owner2.staffCode],
		});
		expect(request.body).not.toHaveProperty('customerCode');

		expect(env.state.customers.size).toBe(before + 1);
		const [out] = run.items;
		const stored = env.state.customers.get(out.customerCode);
		expect(stored).toBeDefined();
		expect(stored.customerName).toBe('Lanna Agro Co., Ltd.');
		expect(stored.customerStateId).toBe(1);
		expect(stored.email).toBe('hello@lanna.example');
		expect(stored.customerOwnersStr).toEqual([owner1.staffCode, owner2.staffCode]);
		expect(stored.customerInterests.map((i) => i.interestName)).toEqual(['CRM', 'Analytics']);
		expect(out).toEqual(plain(stored));
		expect(run.paired).toEqual([{ item: 0 }]);
	});

	test('updates the picked customer and sends one contact for an individual', async () => {
		const target = env.recordAt('customers', 5);
		const run = await env.run(
			upsert({
				upsertMode: 'update',
				customer: fromList(target.customerCode),
				customerName: `${target.customerName} (renamed)`,
				customerState: 3,
				contacts: { contact: [{ contactName: 'Anan Jaidee', contactPhone: '021234567', contactStatus: false }] },
				additionalFields: { customerType: 2, customerStatus: 1, customerNote: 'Moved abroad' },
			}),
		);
		expect(run.error).toBeUndefined();
		expect(run.requests[0].body).toEqual({
			customerCode: target.customerCode,
			customerName: `${target.customerName} (renamed)`,
			customerState: 3,
			customerType: 2,
			customerStatus: 1,
			customerNote: 'Moved abroad',
			contact: { contactName: 'Anan Jaidee', contactPhone: '021234567', contactStatus: false },
		});
		const stored = env.state.customers.get(target.customerCode);
		expect(stored.customerName).toBe(`${target.customerName} (renamed)`);
		expect(stored.customerStateId).toBe(3);
		expect(stored.isActive).toBe(false);
		expect(run.items[0].customerCode).toBe(target.customerCode);
	});

	test('JSON mode sends the validated body', async () => {
		const [owner] = env.activeEmployees();
		const body = {
			customerName: 'Json Trading',
			customerState: 2,
			owners: [owner.staffCode],
			customerIncome: 50000,
			addresses: [{ locationType: 2, locationAddress: '5 Rama IV', latitude: 13.72 }],
			someNewField: 'kept',
		};
		const run = await env.run(upsert({ inputMode: 'json', customerJson: JSON.stringify(body) }));
		expect(run.error).toBeUndefined();
		expect(run.requests[0].body).toEqual({ ...body, customerIncome: '50000' });
		const stored = env.state.customers.get(run.items[0].customerCode);
		expect(stored.customerName).toBe('Json Trading');
		expect(stored.customerStateId).toBe(2);
		expect(stored.customerOwnersStr).toEqual([owner.staffCode]);
	});

	test('JSON mode with a customer code updates that customer', async () => {
		const target = env.recordAt('customers', 6);
		const run = await env.run(
			upsert({
				inputMode: 'json',
				customerJson: JSON.stringify({ customerCode: target.customerCode, customerName: target.customerName, customerState: 3, customerEmail: 'new@x.example' }),
			}),
		);
		expect(run.error).toBeUndefined();
		expect(env.state.customers.get(target.customerCode).email).toBe('new@x.example');
	});

	test.each([
		['invalid JSON', '{"customerName": "X", ', /Customer \(JSON\) is not valid JSON/],
		['a state that does not exist', '{"customerName": "X", "customerState": 5}', /customerState is invalid/],
		['a missing name', '{"customerState": 1}', /customerName is invalid/],
		['a text owner list', '{"customerName": "X", "customerState": 1, "owners": "EMP0001"}', /owners is invalid/],
		['a wrong nested field', '{"customerName": "X", "customerState": 1, "addresses": [{"latitude": "north"}]}', /addresses\[0\]\.latitude is invalid/],
		['an unqualified lead without reasons', '{"customerName": "X", "customerState": 1, "leadStatus": 3}', /unqulifiedReasonName is invalid/],
		['the English spelling of a Venio key', '{"customerName": "X", "customerState": 1, "unqualifiedReasonName": "a"}', /unqualifiedReasonName is invalid/],
		['a class of 4 characters', '{"customerName": "X", "customerState": 3, "classificationName": "ABCD"}', /classificationName is invalid/],
	])('JSON mode rejects %s before sending', async (_title, customerJson, message) => {
		const run = await env.expectRejected(upsert({ inputMode: 'json', customerJson }), message);
		expect(run.error.description).toBeTruthy();
	});

	test.each([
		['a missing name', { customerName: ' ' }, /Customer Name is required/],
		['an update without a customer', { upsertMode: 'update', customer: byCode(NOTHING) }, /Customer to Update is required/],
		['a latitude that is not a number', { addresses: { address: [{ locationType: 1, latitude: 'north' }] } }, /Address 1: Latitude must be a number/],
		['an unparsable birthdate', { additionalFields: { customerBirthdate: 'next tuesday' } }, /Birthdate is not a valid date/],
		['an individual with two contacts', { additionalFields: { customerType: 2 }, contacts: { contact: [{ contactName: 'A' }, { contactName: 'B' }] } }, /individual customer has one contact/],
		['an unqualified lead without a reason', { customerState: 1, additionalFields: { leadStatus: 3 } }, /Unqualified Reason is required/],
		['a closed customer without a note', { additionalFields: { customerStatus: 2 } }, /Note is required/],
		['a class of 4 characters', { additionalFields: { classificationName: 'ABCD' } }, /Class can have at most 3 characters/],
		['an owner without an employee', { owners: { owner: [{ employee: byCode(NOTHING) }] } }, /Owner 1 has no employee/],
	])('Fields mode rejects %s before sending', async (_title, overrides, message) => {
		await env.expectRejected(upsert({ customerName: 'Valid Name Co', customerState: 3, ...overrides }), message);
	});

	test('continues past a bad item with Continue On Fail', async () => {
		const run = await env.run(
			upsert({ customerName: '={{ $json.name }}', customerState: 3 }),
			{ items: [{ name: 'COF Alpha Co' }, { name: '' }, { name: 'COF Gamma Co' }], continueOnFail: true },
		);
		expect(run.error).toBeUndefined();
		expect(run.requests.map((r) => r.body.customerName)).toEqual(['COF Alpha Co', 'COF Gamma Co']);
		expect(run.items).toHaveLength(3);
		expect(run.items[0].customerName).toBe('COF Alpha Co');
		expect(run.items[1].error).toMatch(/Customer Name is required/);
		expect(run.items[2].customerName).toBe('COF Gamma Co');
		expect(run.paired).toEqual([{ item: 0 }, { item: 1 }, { item: 2 }]);
	});

	test('a Venio business error (duplicate name) names the cause', async () => {
		const existing = env.recordAt('customers', 7);
		const run = await env.run(upsert({ customerName: existing.customerName, customerState: 3 }));
		expect(run.error).toBeDefined();
		expect(`${run.error.message} ${run.error.description}`).toMatch(/already exists/);
	});
});

describe('Customer › Add Satisfaction', () => {
	opTest('customer', 'addSatisfaction', 'records an NPS answer with a PascalCase body', async () => {
		const customer = env.recordAt('customers', 2);
		const before = env.state.satisfactions.size;
		const run = await env.run({
			resource: 'customer',
			operation: 'addSatisfaction',
			customer: byCode(customer.customerCode),
			sourceType: 2,
			point: 9,
			sourceName: 'NPS [Venio]',
			dateCreated: '2026-11-27T09:30:00+07:00',
			additionalFields: { answerBy: 'Bob Name', comment: 'Great service' },
		});
		const request = env.expectRequest(run, 'POST', '/v3/customers/satisfaction');
		expect(request.body).toEqual({
			SourceName: 'NPS [Venio]',
			SourceType: 2,
			Point: 9,
			CustomerCode: customer.customerCode,
			DateCreated: '2026-11-27T09:30:00+0700',
			AnswerBy: 'Bob Name',
			Comment: 'Great service',
		});
		expect(env.state.satisfactions.size).toBe(before + 1);
		const stored = [...env.state.satisfactions.values()].pop();
		expect(stored).toMatchObject({ customerId: customer.customerId, Point: 9, SourceType: 2 });
		expect(run.items[0].satisfactionId).toBe(stored.satisfactionId);
		expect(run.paired).toEqual([{ item: 0 }]);
	});

	test.each([
		['a CSAT score of 6', { sourceType: 1, point: 6 }, /Score must be a whole number from 1 to 5 for CSAT/],
		['an NPS score of 11', { sourceType: 2, point: 11 }, /from 1 to 10 for NPS/],
		['a score that is not a number', { point: '={{ "great" }}' }, /Score must be a number/],
		['a missing date', { dateCreated: NOTHING }, /Answered At is required/],
		['a missing source name', { sourceName: NOTHING }, /Source Name is required/],
	])('rejects %s before sending', async (_title, overrides, message) => {
		await env.expectRejected(
			{
				resource: 'customer',
				operation: 'addSatisfaction',
				customer: byCode(env.recordAt('customers', 2).customerCode),
				sourceType: 1,
				point: 4,
				sourceName: 'CSAT [Venio]',
				dateCreated: '2026-11-27T09:30:00+07:00',
				...overrides,
			},
			message,
		);
	});
});

describe('Customer dropdowns', () => {
	const TYPE_NAMES = { 11300: 'Customer', 11200: 'Prospect', 11100: 'Lead' };
	const ofType = (type) => [...env.state.customers.values()].filter((c) => c.customerType === type);
	const label = (c) => `${c.customerName} (${c.customerCode}) · ${TYPE_NAMES[c.customerType]}`;

	test('searchCustomers finds a customer of any type by keyword, labelled with its type', async () => {
		for (const type of [11100, 11200, 11300]) {
			const target = ofType(type)[0];
			const { result, requests } = await env.dropdown('listSearch', 'searchCustomers', { filter: target.customerName });
			expect(result.results).toContainEqual({ name: label(target), value: target.customerCode });
			// One enquiry per customer type, since Venio's enquiry needs one.
			expect(requests.map((r) => r.body.customerType).sort()).toEqual([11100, 11200, 11300]);
			for (const request of requests) {
				expect(request.body).toMatchObject({ keyword: target.customerName, skip: 0, pageLength: 50 });
				env.expectAuthHeaders(request);
			}
		}
	});

	test('searchCustomers lists every customer once across pages, customers first', async () => {
		const seen = [];
		let page = await env.method('listSearch', 'searchCustomers', {});
		const firstPage = page.results.map((r) => r.value);
		// The first page: the first 50 of each type, Customer, then Prospect, then Lead.
		expect(firstPage).toEqual(
			[11300, 11200, 11100].flatMap((type) => ofType(type).slice(0, 50).map((c) => c.customerCode)),
		);
		for (;;) {
			seen.push(...page.results.map((r) => r.value));
			if (!page.paginationToken) break;
			page = await env.method('listSearch', 'searchCustomers', { paginationToken: page.paginationToken });
		}
		const all = [...env.state.customers.values()].map((c) => c.customerCode);
		expect(seen.length).toBe(all.length);
		expect(new Set(seen)).toEqual(new Set(all));
		// The seed has more than one page of customers of type 11300, so the test pages for real.
		expect(ofType(11300).length).toBeGreaterThan(50);
	});
});
