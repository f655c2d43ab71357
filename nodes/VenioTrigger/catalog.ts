/**
 * The topics and events Venio sends, as far as anyone knows (see webhooks.md in the API notes).
 *
 * Venio's payload page lists fewer values than it actually sends: its own data table names the
 * SaleOrder topic, its example list names Asset, Transfer and Closed, and third-party receivers
 * handle Chat / Message. The lists below are what the node offers in its dropdowns; anything else
 * is still accepted through the free-text options, so a new Venio topic never needs a new release.
 */

/** The dropdown value meaning "every topic" or "every event". */
export const ANY = '*';

export interface CatalogEntry {
	/** Exactly as Venio spells it in the envelope. */
	value: string;
	name: string;
	description: string;
}

export const TOPICS: CatalogEntry[] = [
	{ value: 'Asset', name: 'Asset', description: 'Asset edits and transfers' },
	{ value: 'Case', name: 'Case', description: 'Cases (tickets)' },
	{ value: 'Chat', name: 'Chat', description: 'Chat messages, e.g. from LINE' },
	{ value: 'Customer', name: 'Customer', description: 'Customers: created, converted, merged, edited' },
	{ value: 'Expense', name: 'Expense', description: 'Expenses: paid or pending summary' },
	{ value: 'Payroll', name: 'Payroll', description: 'Payroll periods paid (Gofive HR)' },
	{ value: 'Quotation', name: 'Quotation', description: 'Quotations: created or revised' },
	{ value: 'SaleOrder', name: 'Sales Order', description: 'Sales orders: created, edited, completed' },
	{ value: 'User', name: 'User', description: 'Users made inactive (Gofive HR)' },
];

export const EVENTS: CatalogEntry[] = [
	{ value: 'Closed', name: 'Closed', description: 'A case was closed' },
	{ value: 'Completed', name: 'Completed', description: 'A sales order or case was completed' },
	{ value: 'Convert', name: 'Convert', description: 'A lead was converted into a customer' },
	{ value: 'Create', name: 'Create', description: 'A record was created' },
	{ value: 'Edit', name: 'Edit', description: 'A record was edited' },
	{ value: 'Inactive', name: 'Inactive', description: 'A user was made inactive' },
	{ value: 'Merge', name: 'Merge', description: 'Two customers were merged into one' },
	{ value: 'Message', name: 'Message', description: 'A chat message arrived' },
	{ value: 'Paid', name: 'Paid', description: 'An expense or a payroll period was paid' },
	{ value: 'PendingSummary', name: 'Pending Summary', description: 'An expense awaits summary' },
	{ value: 'Revise', name: 'Revise', description: 'A quotation was revised' },
	{ value: 'Transfer', name: 'Transfer', description: 'An asset was transferred' },
];
