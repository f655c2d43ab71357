'use strict';
// The sandbox's own costs, which the tests only check for correctness: seeding 100,000 customers,
// and whether a page deep in the list costs more than one near its start (it should not: an offset
// is an index, not a scan). Prints ratios against a baseline measured in the same run.

const { startSandbox } = require('../sandbox');
const { SMALL_SEED } = require('../sandbox/tests/smallSeed');
const { measure, row } = require('./measure');

/** An authenticated enquiry caller for one sandbox, as a Venio client would call it. */
async function enquiryCaller(sandbox) {
	const { clientId, clientSecret, subscriptionKey } = sandbox.credentials;
	const key = { 'Ocp-Apim-Subscription-Key': subscriptionKey };
	const tokenAnswer = await fetch(`${sandbox.url}/authorization/connect/token`, {
		method: 'POST',
		headers: { ...key, 'Content-Type': 'application/x-www-form-urlencoded' },
		body: new URLSearchParams({
			grant_type: 'client_credentials',
			client_id: clientId,
			client_secret: clientSecret,
		}),
	});
	const { access_token: token } = await tokenAnswer.json();
	return async (body) => {
		const answer = await fetch(`${sandbox.url}/v3/customers/enquiry`, {
			method: 'POST',
			headers: { ...key, Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
			body: JSON.stringify(body),
		});
		return answer.json();
	};
}

async function pagesFrom(enquire, from) {
	for (let skip = from; skip < from + 50 * 20; skip += 20) {
		await enquire({ customerType: 0, pageLength: 20, skip });
	}
}

async function main() {
	const small = await measure(() => startSandbox({ seed: SMALL_SEED }));
	await small.value.stop();
	const big = await measure(() => startSandbox({ seed: { customers: 100000 } }));
	const enquire = await enquiryCaller(big.value);
	await pagesFrom(enquire, 0); // warm
	const near = await measure(() => pagesFrom(enquire, 0));
	const deep = await measure(() => pagesFrom(enquire, 98000));
	await big.value.stop();
	console.table([
		row('seed: small (baseline)', small, null),
		row('seed: 100,000 customers', big, small),
		row('50 pages at skip 0 (baseline)', near, null),
		row('50 pages at skip 98,000', deep, near),
	]);
}

main().catch((error) => {
	console.error(error);
	process.exit(1);
});
