'use strict';
// The README's list of operations whose path Venio's public reference does not show, made from the
// endpoint table's `unconfirmed` flags (nodes/shared/api/endpoints.ts, checked against the
// reference's x-evidence by test/reference.test.js): `node test/unconfirmed-list.js` prints it;
// test/unconfirmed.test.js checks that the README carries it as printed.
const { ENDPOINTS } = require('./endpoints');
const { RESOURCES } = require('../dist/nodes/Venio/actions');

function unconfirmedList() {
	return RESOURCES.map((resource) => {
		const operations = resource.actions
			.filter((action) => ENDPOINTS[action.endpoint].unconfirmed)
			.map((action) => action.name);
		return operations.length ? `  - ${resource.name}: ${operations.join(', ')}` : undefined;
	})
		.filter(Boolean)
		.join('\n');
}

if (require.main === module) console.log(unconfirmedList());

module.exports = { unconfirmedList };
