'use strict';
// The retry table of docs/reliability.md, made from the endpoint table
// (nodes/shared/api/endpoints.ts) and the node's actions: `node test/retry-table.js` prints it;
// test/transport-units.test.js checks that docs/reliability.md carries it as printed, so the two
// cannot drift apart.
const { ENDPOINTS } = require('./endpoints');
const { RESOURCES } = require('../dist/nodes/Venio/actions');

/** The node's operations whose endpoint is sent again `repeat`-wise, as "Resource › Operation". */
function operationsThat(repeat) {
	return RESOURCES.flatMap((resource) =>
		resource.actions
			.filter((action) => ENDPOINTS[action.endpoint].repeat === repeat)
			.map((action) => `${resource.name} › ${action.name}`),
	);
}

function retryTable() {
	const rows = [
		['The token call (before any other, when the credential holds no token)', 'retried', 'retried', 'retried (also a 500)'],
		['Every read: Get, Get Many, dropdowns', 'retried', 'retried', 'retried'],
		[`Writes safe to send twice: ${operationsThat('safe').join(', ')}`, 'retried', 'retried', 'retried'],
		[
			`Writes done once: ${operationsThat('once').join(', ')}`,
			'retried',
			'retried',
			'**not retried**: the error says the outcome is unknown and what to check in Venio',
		],
	];
	return [
		'| Operations | 429, 503, 403 with Retry-After up to 30 s (not carried out) | Connection refused (never reached Venio) | 502, 504, dropped connection, no answer within Options › Timeout, cut-off or garbled answer (may have been carried out) |',
		'|---|---|---|---|',
		...rows.map((cells) => `| ${cells.join(' | ')} |`),
	].join('\n');
}

if (require.main === module) console.log(retryTable());

module.exports = { retryTable };
