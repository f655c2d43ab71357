'use strict';

// Fills a fresh store with deterministic, realistic records. Records are built
// through the same functions the handlers use, from request-shaped bodies,
// so seeded and API-created records have one shape. Dates run forward from
// about 18 months before SEED_END, so running numbers grow with their dates.
// Each kind of record is seeded by its module under seed/; this one sets the order.

const { createPrng } = require('./prng');
const { seedEmployees, seedCustomers } = require('./seed/people');
const { seedProducts, seedTickets } = require('./seed/products');
const { seedDeals, seedQuotations, seedSalesOrders } = require('./seed/sales');
const {
	seedActivities,
	seedCases,
	seedTasks,
	seedCustomerEvents,
	seedConversations,
} = require('./seed/interactions');
const { seedExpenses, seedContractServices } = require('./seed/backOffice');

const DEFAULT_COUNTS = {
	customers: 120,
	deals: 60,
	products: 40,
	quotations: 30,
	salesOrders: 30,
	cases: 20,
	employees: 15,
	activities: 40,
	expenses: 20,
	customerEvents: 20,
	tickets: 10,
	conversations: 10,
	contractServices: 1,
	tasks: 0,
};

const DEFAULT_RANDOM_SEED = 20250630;
const SEED_END = Date.UTC(2025, 5, 30, 3, 0, 0); // 2025-06-30 10:00 Bangkok
const HOUR_MS = 3600 * 1000;
const SEED_SPAN_HOURS = 540 * 24;
const SEED_START = SEED_END - SEED_SPAN_HOURS * HOUR_MS;

/**
 * When the i-th of `total` records was created: spread evenly over the span, on whole
 * hours, so large seeds share their date strings (see formatVenioDate).
 */
function dateAt(i, total) {
	const hour = Math.floor(((i + 0.5) / Math.max(total, 1)) * SEED_SPAN_HOURS);
	return new Date(SEED_START + hour * HOUR_MS);
}

function seedStore(state, counts, randomSeed = DEFAULT_RANDOM_SEED) {
	const n = { ...DEFAULT_COUNTS, ...counts };
	const root = createPrng(randomSeed);
	// At least one employee: records need owners, and the API client acts as the first employee.
	const employees = seedEmployees(state, Math.max(1, n.employees), root.fork('employees'), dateAt);
	const active = employees.filter((e) => e.isActive);
	const admin = employees[0];
	seedCustomers(state, n.customers, root.fork('customers'), dateAt, active);
	seedProducts(state, n.products, root.fork('products'), dateAt);
	seedTickets(state, n.tickets, root.fork('tickets'), dateAt);

	const customerCodes = state.customers.order;
	const productCodes = state.products.order;
	const hasCustomers = customerCodes.length > 0;
	const hasProducts = productCodes.length > 0;
	const pickCustomer = (rnd) => customerCodes[rnd.int(0, customerCodes.length - 1)];
	const ctxFor = (rnd, i, total) => ({ now: dateAt(i, total), actor: rnd.pick(active) });

	// Records that need customers (or products) are not seeded when there are none.
	if (hasCustomers) seedDeals(state, n.deals, root.fork('deals'), ctxFor, pickCustomer);
	if (hasCustomers)
		seedActivities(state, n.activities, root.fork('activities'), dateAt, active, pickCustomer);
	seedCases(state, n.cases, root.fork('cases'), ctxFor, pickCustomer, hasCustomers);
	if (hasCustomers && hasProducts) {
		seedQuotations(state, n.quotations, root.fork('quotations'), ctxFor, pickCustomer);
		seedSalesOrders(state, n.salesOrders, root.fork('salesOrders'), ctxFor, pickCustomer);
	}
	seedExpenses(state, n.expenses, root.fork('expenses'), ctxFor);
	if (hasCustomers)
		seedCustomerEvents(state, n.customerEvents, root.fork('customerEvents'), dateAt);
	if (hasCustomers)
		seedConversations(
			state,
			n.conversations,
			root.fork('conversations'),
			dateAt,
			active,
			pickCustomer,
		);
	seedContractServices(state, n.contractServices, dateAt, admin);
	seedTasks(state, n.tasks, root.fork('tasks'), ctxFor, pickCustomer, hasCustomers);
	return state;
}

module.exports = { seedStore, DEFAULT_COUNTS, DEFAULT_RANDOM_SEED };
