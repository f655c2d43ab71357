'use strict';
// Contract: Create or Update Service Agreement.
const { opTest, useVenio } = require('./support');

const env = useVenio();

const params = (overrides = {}) => ({
	resource: 'contract',
	operation: 'createOrUpdateServiceAgreement',
	contractNo: 'CT250100099',
	subject: 'Quarterly maintenance visit',
	frequency: 260002,
	numberOfTimes: 4,
	...overrides,
});

describe('Contract › Create or Update Service Agreement', () => {
	opTest(
		'contract',
		'createOrUpdateServiceAgreement',
		'creates an agreement, then updates it by ID',
		async () => {
			const before = env.state.contractServices.size;
			const run = await env.run(
				params({ additionalFields: { agreementNote: 'Bring spare filters' } }),
			);
			const request = env.expectOneRequest(run, 'POST', '/v1/contract/service-agreement');
			expect(request.body).toEqual({
				contractNo: 'CT250100099',
				subject: 'Quarterly maintenance visit',
				frequency: 260002,
				numberOfTimes: 4,
				agreementNote: 'Bring spare filters',
			});
			expect(env.state.contractServices.size).toBe(before + 1);
			const created = env.state.contractServices.last();
			expect(created.frequencyName).toBe('Quarterly');
			expect(run.items).toEqual([created]);
			expect(run.paired).toEqual([{ item: 0 }]);

			const update = await env.run(
				params({
					frequency: 260003,
					numberOfTimes: 12,
					additionalFields: { contractServiceId: created.contractServiceId },
				}),
			);
			expect(update.error).toBeUndefined();
			expect(update.requests[0].body).toEqual({
				contractNo: 'CT250100099',
				subject: 'Quarterly maintenance visit',
				frequency: 260003,
				numberOfTimes: 12,
				contractServiceId: created.contractServiceId,
			});
			expect(env.state.contractServices.size).toBe(before + 1);
			const updated = env.state.contractServices.get(created.contractServiceId);
			expect(updated.frequencyName).toBe('Monthly');
			expect(updated.numberOfTimes).toBe(12);
			expect(update.items).toEqual([updated]);
		},
	);

	test('bad input fails before anything is sent', async () => {
		for (const [overrides, message] of [
			// Blank required values arrive through expressions (a literal blank is stopped by n8n itself).
			[{ contractNo: '={{ "" }}' }, /Contract Number is required/],
			[{ subject: '={{ " " }}' }, /Subject is required/],
			[{ numberOfTimes: 2.5 }, /Number of Times must be a whole number/],
			[{ numberOfTimes: '={{ "four" }}' }, /Number of Times must be a number/],
		]) {
			const run = await env.run(params(overrides));
			expect(run.error?.message).toMatch(message);
			expect(run.requests).toEqual([]);
		}
	});

	test('with Continue On Fail, an unknown agreement ID is an error item and the rest go on', async () => {
		const run = await env.run(
			params({ additionalFields: { contractServiceId: '={{ $json.id }}' } }),
			{
				items: [{ id: 999999 }, { id: env.state.contractServices.order[0] }],
				continueOnFail: true,
			},
		);
		expect(run.requests).toHaveLength(2);
		expect(`${run.items[0].error} ${run.items[0].description}`).toMatch(/999999 was not found/);
		expect(run.items[1].contractServiceId).toBe(env.state.contractServices.order[0]);
		expect(run.paired).toEqual([{ item: 0 }, { item: 1 }]);
	});
});
