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
	/** How the node creator lists an event ("On …"); without it n8n shows "On " + the name. */
	action?: string;
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
	{ value: 'Closed', name: 'Closed', description: 'A case was closed', action: 'On case closed' },
	{
		value: 'Completed',
		name: 'Completed',
		description: 'A sales order or case was completed',
		action: 'On sales order or case completed',
	},
	{
		value: 'Convert',
		name: 'Convert',
		description: 'A lead was converted into a customer',
		action: 'On lead converted',
	},
	{ value: 'Create', name: 'Create', description: 'A record was created', action: 'On record created' },
	{ value: 'Edit', name: 'Edit', description: 'A record was edited', action: 'On record edited' },
	{
		value: 'Inactive',
		name: 'Inactive',
		description: 'A user was made inactive',
		action: 'On user made inactive',
	},
	{
		value: 'Merge',
		name: 'Merge',
		description: 'Two customers were merged into one',
		action: 'On customers merged',
	},
	{
		value: 'Message',
		name: 'Message',
		description: 'A chat message arrived',
		action: 'On chat message',
	},
	{
		value: 'Paid',
		name: 'Paid',
		description: 'An expense or a payroll period was paid',
		action: 'On expense or payroll paid',
	},
	{
		value: 'PendingSummary',
		name: 'Pending Summary',
		description: 'An expense awaits summary',
		action: 'On expense pending summary',
	},
	{
		value: 'Revise',
		name: 'Revise',
		description: 'A quotation was revised',
		action: 'On quotation revised',
	},
	{
		value: 'Transfer',
		name: 'Transfer',
		description: 'An asset was transferred',
		action: 'On asset transferred',
	},
];

/**
 * The canvas subtitle, e.g. "Customer / Create, Edit" or "Any topic / Any event": the names the
 * dropdowns show, not Venio's values ("*", "SaleOrder"); a value typed under Options stays as is.
 */
export function subtitleOf(): string {
	const names = (entries: CatalogEntry[], any: string) =>
		JSON.stringify({
			[ANY]: any,
			...Object.fromEntries(entries.map(({ value, name }) => [value, name])),
		});
	const list = (parameter: string, table: string) =>
		`[].concat($parameter["${parameter}"] || []).map(v => (${table})[v] || v).join(", ")`;
	const topics = list('topics', names(TOPICS, 'Any topic'));
	const events = list('events', names(EVENTS, 'Any event'));
	return `={{ ${topics} + " / " + ${events} }}`;
}

