/**
 * Venio's customer codes, one table each: the options of the UI and the check of the JSON body
 * (customerUpsertSchema.ts) both read these, and the few codes the actions test by meaning are
 * named here once.
 */

export interface CodeOption {
	name: string;
	value: number;
	description?: string;
}

/** Where a customer is in the sales funnel (`customerState`). */
export const CUSTOMER_STATE = { lead: 1, prospect: 2, customer: 3 } as const;

export const CUSTOMER_STATE_OPTIONS: CodeOption[] = [
	{ name: 'Customer', value: CUSTOMER_STATE.customer, description: 'Has bought from you' },
	{
		name: 'Lead',
		value: CUSTOMER_STATE.lead,
		description: 'A possible customer not yet qualified',
	},
	{
		name: 'Prospect',
		value: CUSTOMER_STATE.prospect,
		description: 'A qualified lead you are working with',
	},
];

/** Whether the relationship is active, ended or closed (`customerStatus`). */
export const CUSTOMER_STATUS = { active: 0, ended: 1, closed: 2 } as const;

export const CUSTOMER_STATUS_OPTIONS: CodeOption[] = [
	{ name: 'Active', value: CUSTOMER_STATUS.active },
	{ name: 'Closed', value: CUSTOMER_STATUS.closed, description: 'Needs a note' },
	{ name: 'Ended', value: CUSTOMER_STATUS.ended, description: 'Needs a note' },
];

/** Business or individual (`customerType` of Create or Update). */
export const CUSTOMER_KIND = { business: 1, individual: 2 } as const;

export const CUSTOMER_KIND_OPTIONS: CodeOption[] = [
	{
		name: 'Business',
		value: CUSTOMER_KIND.business,
		description: 'A company, with contact people',
	},
	{
		name: 'Individual',
		value: CUSTOMER_KIND.individual,
		description: 'A person; the first contact is their own details',
	},
];

export const GENDER_OPTIONS: CodeOption[] = [
	{ name: 'Female', value: 2 },
	{ name: 'Male', value: 1 },
];

export const MARITAL_STATUS_OPTIONS: CodeOption[] = [
	{ name: 'Divorced', value: 5 },
	{ name: 'Engaged', value: 2 },
	{ name: 'Married', value: 3 },
	{ name: 'Separated', value: 4 },
	{ name: 'Single', value: 1 },
	{ name: 'Widowed', value: 6 },
];

/** The follow-up status of a lead (`leadStatus`). */
export const LEAD_STATUS = { new: 1, followup: 2, unqualified: 3, interested: 4 } as const;

export const LEAD_STATUS_OPTIONS: CodeOption[] = [
	{ name: 'Followup', value: LEAD_STATUS.followup },
	{ name: 'Interested', value: LEAD_STATUS.interested },
	{ name: 'New', value: LEAD_STATUS.new },
	{
		name: 'Unqualified',
		value: LEAD_STATUS.unqualified,
		description: 'Needs Unqualified Reason and Unqualified Reason Note for a lead',
	},
];

export const LOCATION_TYPE_OPTIONS: CodeOption[] = [
	{ name: 'Billing Address', value: 1 },
	{ name: 'Shipping Address', value: 2 },
];

/**
 * The customer types of Customer Enquiry, Venio's own numbers; the enquiry (Get Many, the
 * Customer locator's search) asks for customers unless told otherwise.
 */
export const CUSTOMER_TYPE = { lead: 11100, prospect: 11200, customer: 11300 } as const;

export const CUSTOMER_TYPE_OPTIONS: CodeOption[] = [
	{ name: 'Lead', value: CUSTOMER_TYPE.lead },
	{ name: 'Prospect', value: CUSTOMER_TYPE.prospect },
	{ name: 'Customer', value: CUSTOMER_TYPE.customer },
];

/** An ended or closed customer needs a note (`customerNote`). */
export const isEndedOrClosed = (status: unknown) =>
	status === CUSTOMER_STATUS.ended || status === CUSTOMER_STATUS.closed;
