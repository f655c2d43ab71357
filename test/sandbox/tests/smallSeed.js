'use strict';
// Record counts for a sandbox that starts fast, for tests that need one of their own.
module.exports = {
	SMALL_SEED: {
		customers: 30,
		deals: 10,
		products: 12,
		quotations: 6,
		salesOrders: 6,
		cases: 4,
		activities: 6,
		expenses: 5,
		customerEvents: 6,
	},
};
