import { DateTime } from 'luxon';
import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import type { VenioResource } from './types';
import {
	customerLocator,
	employeeLocator,
	filtersCollection,
	optionalCollection,
	orderByFilter,
} from './fields';
import {
	collection,
	invalid,
	locatorValue,
	requiredId,
	requiredString,
	textList,
	toEpochMillis,
	toId,
	toNumber,
	toVenioDate,
} from './params';
import { keyInPath } from './requests';
import { customerUpsertSchema, SOCIAL_ACCOUNT_KEYS } from './customerSchema';
import { FIELDS_MODE, keyToUpdate, upsertBody, upsertModeProperties } from './upsertMode';

/** Customer types of the enquiry filter (Venio's own numbers). */
export const CUSTOMER_TYPE_OPTIONS = [
	{ name: 'Lead', value: 11100 },
	{ name: 'Prospect', value: 11200 },
	{ name: 'Customer', value: 11300 },
];

/** The fields Simplify keeps: enough to identify and contact a customer. */
const CUSTOMER_SUMMARY = [
	'customerId',
	'customerCode',
	'customerName',
	'customerType',
	'customerStateId',
	'email',
	'isActive',
	'customerOwnersStr',
	'dateCreated',
	'dateModified',
] as const;

// ---------------------------------------------------------------------------------------------
// Small readers shared by the customer actions
// ---------------------------------------------------------------------------------------------

/** A required date picked or typed as ISO 8601, in Venio's format. */
function requiredDate(ctx: IExecuteFunctions, name: string, i: number, label: string): string {
	requiredString(ctx, name, i, label);
	return toVenioDate(ctx, i, label, ctx.getNodeParameter(name, i));
}

function withoutBlanks(values: IDataObject | undefined): IDataObject {
	const kept: IDataObject = {};
	for (const [key, value] of Object.entries(values ?? {})) {
		if (
			value !== undefined &&
			value !== null &&
			!(typeof value === 'string' && value.trim() === '')
		) {
			kept[key] = typeof value === 'string' ? value.trim() : value;
		}
	}
	return kept;
}

// ---------------------------------------------------------------------------------------------
// Create or Update: parameters
// ---------------------------------------------------------------------------------------------

const socialAccountFields: INodeProperties[] = [
	{
		displayName: 'Facebook',
		name: 'facebook',
		type: 'string',
		default: '',
		description: 'Facebook account or page',
	},
	{
		displayName: 'Instagram',
		name: 'instagram',
		type: 'string',
		default: '',
		description: 'Instagram account',
	},
	{ displayName: 'LINE', name: 'line', type: 'string', default: '', description: 'LINE ID' },
	{
		displayName: 'LinkedIn',
		name: 'linkedin',
		type: 'string',
		default: '',
		description: 'LinkedIn profile',
	},
	{ displayName: 'Skype', name: 'skype', type: 'string', default: '', description: 'Skype name' },
	{
		displayName: 'Telegram',
		name: 'telegram',
		type: 'string',
		default: '',
		description: 'Telegram username',
	},
	{ displayName: 'WeChat', name: 'wechat', type: 'string', default: '', description: 'WeChat ID' },
	{
		displayName: 'WhatsApp',
		name: 'whatsapp',
		type: 'string',
		default: '',
		description: 'WhatsApp number',
	},
];

/** A customer's name, which Venio keeps unique: Create or Update sends it, Get by Name looks it up. */
const customerNameProperty: INodeProperties = {
	displayName: 'Customer Name',
	name: 'customerName',
	type: 'string',
	required: true,
	default: '',
	placeholder: 'e.g. Acme Co., Ltd.',
};

const customerToUpdate: INodeProperties = {
	...customerLocator('customer', 'Customer to Update'),
	description:
		'The customer to update, picked from your Venio account or given by its customer code',
};

const JSON_BODY = { name: 'customerJson', label: 'Customer (JSON)', schema: customerUpsertSchema };

const upsertProperties: INodeProperties[] = [
	...upsertModeProperties({
		record: 'customer',
		newKey: 'a new customer code',
		givenKey: 'the customer code you pick',
		json: [
			{
				displayName:
					'Leave out "customerCode" (or set it to null) to create a customer; give the code of an existing customer to update it',
				name: 'jsonNotice',
				type: 'notice',
				default: '',
			},
			{
				displayName: 'Customer (JSON)',
				name: JSON_BODY.name,
				type: 'json',
				required: true,
				default:
					'{\n  "customerCode": null,\n  "customerName": "Acme Co., Ltd.",\n  "customerState": 3\n}',
				description:
					'The request body of Create or Update Customer. customerName and customerState (1 Lead, 2 Prospect, 3 Customer) are required.',
			},
		],
		toUpdate: customerToUpdate,
	}),
	{
		...customerNameProperty,
		description: 'The customer name; it must be unique in Venio. Venio needs it on updates too.',
		displayOptions: FIELDS_MODE,
	},
	{
		displayName: 'Customer State',
		name: 'customerState',
		type: 'options',
		required: true,
		options: [
			{ name: 'Customer', value: 3, description: 'Has bought from you' },
			{ name: 'Lead', value: 1, description: 'A possible customer not yet qualified' },
			{ name: 'Prospect', value: 2, description: 'A qualified lead you are working with' },
		],
		default: 3,
		description: 'Where the customer is in your sales funnel. Venio needs it on updates too.',
		displayOptions: FIELDS_MODE,
	},
	{
		displayName: 'Addresses',
		name: 'addresses',
		type: 'fixedCollection',
		typeOptions: { multipleValues: true },
		placeholder: 'Add Address',
		default: {},
		description: 'Billing and shipping addresses of the customer',
		displayOptions: FIELDS_MODE,
		options: [
			{
				name: 'address',
				displayName: 'Address',
				values: [
					{
						displayName: 'Address',
						name: 'locationAddress',
						type: 'string',
						typeOptions: { rows: 2 },
						default: '',
						description: 'The address text',
					},
					{
						displayName: 'Address Type',
						name: 'locationType',
						type: 'options',
						options: [
							{ name: 'Billing Address', value: 1 },
							{ name: 'Shipping Address', value: 2 },
						],
						default: 1,
						description: 'What the address is used for',
					},
					{
						displayName: 'Latitude',
						name: 'latitude',
						type: 'string',
						default: '',
						placeholder: 'e.g. 13.7367',
						description: 'Latitude of the place in decimal degrees; leave empty if unknown',
					},
					{
						displayName: 'Longitude',
						name: 'longitude',
						type: 'string',
						default: '',
						placeholder: 'e.g. 100.5231',
						description: 'Longitude of the place in decimal degrees; leave empty if unknown',
					},
					{
						displayName: 'Place Name',
						name: 'locationName',
						type: 'string',
						default: '',
						description: 'A name for the place, e.g. Head office',
					},
				],
			},
		],
	},
	{
		displayName: 'Contacts',
		name: 'contacts',
		type: 'fixedCollection',
		typeOptions: { multipleValues: true },
		placeholder: 'Add Contact',
		default: {},
		description:
			"Contact people of a business customer. For an individual (Business or Individual set to Individual), give one contact: the person's own details.",
		displayOptions: FIELDS_MODE,
		options: [
			{
				name: 'contact',
				displayName: 'Contact',
				values: [
					{
						displayName: 'Active',
						name: 'contactStatus',
						type: 'boolean',
						default: true,
						description: 'Whether the contact is active',
					},
					{
						displayName: 'Birthdate',
						name: 'contactBirthdate',
						type: 'dateTime',
						default: '',
						description: "The contact's birthdate (only the date is sent)",
					},
					{
						displayName: 'Email',
						name: 'contactEmail',
						type: 'string',
						placeholder: 'name@email.com',
						default: '',
						description: "The contact's email address",
					},
					{
						displayName: 'Mobile',
						name: 'contactMobile',
						type: 'string',
						default: '',
						description: "The contact's mobile number",
					},
					{
						displayName: 'Name',
						name: 'contactName',
						type: 'string',
						default: '',
						description: "The contact's name",
					},
					{
						displayName: 'Note',
						name: 'contactNote',
						type: 'string',
						default: '',
						description: 'A note about the contact',
					},
					{
						displayName: 'Phone',
						name: 'contactPhone',
						type: 'string',
						default: '',
						description: "The contact's phone number",
					},
					{
						displayName: 'Picture URL',
						name: 'contactPicture',
						type: 'string',
						default: '',
						description: 'Address of a picture of the contact',
					},
					{
						displayName: 'Position',
						name: 'contactPosition',
						type: 'string',
						default: '',
						description: "The contact's job title",
					},
					{
						displayName: 'Social Accounts',
						name: 'contactSocialAccount',
						type: 'collection',
						placeholder: 'Add Social Account',
						default: {},
						description: "The contact's social media accounts",
						options: socialAccountFields,
					},
				],
			},
		],
	},
	{
		displayName: 'Owners',
		name: 'owners',
		type: 'fixedCollection',
		typeOptions: { multipleValues: true },
		placeholder: 'Add Owner',
		default: {},
		description: 'Employees responsible for the customer',
		displayOptions: FIELDS_MODE,
		options: [
			{
				name: 'owner',
				displayName: 'Owner',
				values: [employeeLocator()],
			},
		],
	},
	{
		...optionalCollection('additionalFields', [
			{
				displayName: 'Aliases',
				name: 'customerAliases',
				type: 'string',
				default: '',
				description: 'Other names of the customer, separated by commas',
			},
			{
				displayName: 'Birthdate',
				name: 'customerBirthdate',
				type: 'dateTime',
				default: '',
				description: 'Birthdate of an individual customer (only the date is sent)',
			},
			{
				displayName: 'Branch Code',
				name: 'branchCode',
				type: 'string',
				default: '',
				description: 'Tax branch code, e.g. 00000 for the head office',
			},
			{
				displayName: 'Business or Individual',
				name: 'customerType',
				type: 'options',
				options: [
					{ name: 'Business', value: 1, description: 'A company, with contact people' },
					{
						name: 'Individual',
						value: 2,
						description: 'A person; the first contact is their own details',
					},
				],
				default: 1,
				description: 'Whether the customer is a business or a person',
			},
			{
				displayName: 'Class',
				name: 'classificationName',
				type: 'string',
				default: '',
				placeholder: 'e.g. A',
				description: 'Customer class, at most 3 characters',
			},
			{
				displayName: 'Credit Limit',
				name: 'creditLimit',
				type: 'string',
				default: '',
				description: 'Credit limit. Venio stores it but does not use it at present.',
			},
			{
				displayName: 'Custom Fields',
				name: 'customFields',
				type: 'fixedCollection',
				typeOptions: { multipleValues: true },
				placeholder: 'Add Custom Field',
				default: {},
				description: 'Values of custom fields set up in Venio',
				options: [
					{
						name: 'field',
						displayName: 'Custom Field',
						values: [
							{
								displayName: 'Name',
								name: 'customFieldName',
								type: 'string',
								default: '',
								description: 'The custom field name as set up in Venio',
							},
							{
								displayName: 'Values',
								name: 'customFieldValue',
								type: 'string',
								default: '',
								description: 'The value, or several values separated by commas',
							},
						],
					},
				],
			},
			{
				displayName: 'Customer Status',
				name: 'customerStatus',
				type: 'options',
				options: [
					{ name: 'Active', value: 0 },
					{ name: 'Closed', value: 2, description: 'Needs a note' },
					{ name: 'Ended', value: 1, description: 'Needs a note' },
				],
				default: 0,
				description: 'Whether the relationship is active, ended or closed',
			},
			{
				displayName: 'Email',
				name: 'customerEmail',
				type: 'string',
				placeholder: 'name@email.com',
				default: '',
				description: "The customer's email address",
			},
			{
				displayName: 'Gender',
				name: 'customerGender',
				type: 'options',
				options: [
					{ name: 'Female', value: 2 },
					{ name: 'Male', value: 1 },
				],
				default: 1,
				description: 'Gender of an individual customer',
			},
			{
				displayName: 'Group Name',
				name: 'customerGroupName',
				type: 'string',
				default: '',
				description: 'Customer group; Venio creates it if it does not exist',
			},
			{
				displayName: 'Income',
				name: 'customerIncome',
				type: 'string',
				default: '',
				description: 'Income of the customer, as text',
			},
			{
				displayName: 'Interests',
				name: 'interestsName',
				type: 'string',
				default: '',
				description: 'Interest names separated by commas; Venio creates those that do not exist',
			},
			{
				displayName: 'Lead Source',
				name: 'sourceName',
				type: 'string',
				default: '',
				description: 'Where the lead came from, e.g. Website',
			},
			{
				displayName: 'Lead Status',
				name: 'leadStatus',
				type: 'options',
				options: [
					{ name: 'Followup', value: 2 },
					{ name: 'Interested', value: 4 },
					{ name: 'New', value: 1 },
					{
						name: 'Unqualified',
						value: 3,
						description: 'Needs Unqualified Reason and Unqualified Reason Note for a lead',
					},
				],
				default: 1,
				description:
					'Follow-up status. Without it Venio uses New for a lead, Followup for a prospect and Unqualified for a customer.',
			},
			{
				displayName: 'Marital Status',
				name: 'customerMaritalStatus',
				type: 'options',
				options: [
					{ name: 'Divorced', value: 5 },
					{ name: 'Engaged', value: 2 },
					{ name: 'Married', value: 3 },
					{ name: 'Separated', value: 4 },
					{ name: 'Single', value: 1 },
					{ name: 'Widowed', value: 6 },
				],
				default: 1,
				description: 'Marital status of an individual customer',
			},
			{
				displayName: 'Mobile',
				name: 'customerMobile',
				type: 'string',
				default: '',
				description: "The customer's mobile number",
			},
			{
				displayName: 'Note',
				name: 'customerNote',
				type: 'string',
				typeOptions: { rows: 2 },
				default: '',
				description: 'A note on the customer; needed when Customer Status is Ended or Closed',
			},
			{
				displayName: 'Phone',
				name: 'customerPhone',
				type: 'string',
				default: '',
				description: "The customer's phone number",
			},
			{
				displayName: 'Picture URL',
				name: 'customerPicture',
				type: 'string',
				default: '',
				description: "Address of the customer's picture or logo",
			},
			{
				displayName: 'Position',
				name: 'customerPosition',
				type: 'string',
				default: '',
				description: 'Job title of an individual customer',
			},
			{
				displayName: 'Second Name',
				name: 'customer2ndName',
				type: 'string',
				default: '',
				description: 'Another name of the customer, e.g. the name in another language',
			},
			{
				displayName: 'Social Accounts',
				name: 'customerSocialAccount',
				type: 'fixedCollection',
				placeholder: 'Add Social Accounts',
				default: {},
				description: "The customer's social media accounts",
				options: [
					{ name: 'accounts', displayName: 'Social Accounts', values: socialAccountFields },
				],
			},
			{
				displayName: 'Tags',
				name: 'customerTags',
				type: 'string',
				default: '',
				description: 'Tags separated by commas',
			},
			{
				displayName: 'Tax ID',
				name: 'customerTaxNo',
				type: 'string',
				default: '',
				description: "The customer's tax identification number",
			},
			{
				displayName: 'Unqualified Reason',
				name: 'unqulifiedReasonName',
				type: 'string',
				default: '',
				description:
					'Why the lead is unqualified; needed when Lead Status is Unqualified for a lead',
			},
			{
				displayName: 'Unqualified Reason Note',
				name: 'unqulifiedReasonNote',
				type: 'string',
				default: '',
				description:
					'More on why the lead is unqualified; needed when Lead Status is Unqualified for a lead',
			},
		]),
		displayOptions: FIELDS_MODE,
	},
];

// ---------------------------------------------------------------------------------------------
// Create or Update: building the body
// ---------------------------------------------------------------------------------------------

function socialAccount(values: IDataObject | undefined): IDataObject | undefined {
	const kept = withoutBlanks(values);
	for (const key of Object.keys(kept)) {
		if (!(SOCIAL_ACCOUNT_KEYS as readonly string[]).includes(key)) delete kept[key];
	}
	return Object.keys(kept).length ? kept : undefined;
}

function addressesOf(ctx: IExecuteFunctions, i: number): IDataObject[] {
	const rows = ((ctx.getNodeParameter('addresses', i, {}) as IDataObject).address ??
		[]) as IDataObject[];
	return rows.map((row, n) => {
		const address = withoutBlanks(row);
		for (const key of ['latitude', 'longitude']) {
			if (address[key] !== undefined) {
				address[key] = toNumber(
					ctx,
					i,
					`Address ${n + 1}: ${key === 'latitude' ? 'Latitude' : 'Longitude'}`,
					address[key],
				);
			}
		}
		return address;
	});
}

function contactsOf(ctx: IExecuteFunctions, i: number): IDataObject[] {
	const rows = ((ctx.getNodeParameter('contacts', i, {}) as IDataObject).contact ??
		[]) as IDataObject[];
	return rows.map((row, n) => {
		const { contactSocialAccount, ...fields } = row;
		const contact = withoutBlanks(fields);
		if (contact.contactBirthdate !== undefined) {
			contact.contactBirthdate = toVenioDate(
				ctx,
				i,
				`Contact ${n + 1}: Birthdate`,
				contact.contactBirthdate,
				'date',
			);
		}
		const social = socialAccount(contactSocialAccount as IDataObject);
		if (social) contact.contactSocialAccount = social;
		return contact;
	});
}

function ownersOf(ctx: IExecuteFunctions, i: number): string[] {
	const rows = ((ctx.getNodeParameter('owners', i, {}) as IDataObject).owner ??
		[]) as IDataObject[];
	return rows.map((row, n) => {
		const staffCode = locatorValue(row.employee);
		if (!staffCode) {
			throw invalid(
				ctx,
				i,
				`Owner ${n + 1} has no employee`,
				`Pick an employee or enter a staff code for owner ${n + 1}, or remove it (item ${i}).`,
			);
		}
		return staffCode;
	});
}

function upsertBodyFromFields(ctx: IExecuteFunctions, i: number): IDataObject {
	const body: IDataObject = {};
	const customerCode = keyToUpdate(ctx, i, customerToUpdate);
	if (customerCode) body.customerCode = customerCode;
	body.customerName = requiredString(ctx, 'customerName', i, 'Customer Name');
	body.customerState = requiredId(ctx, 'customerState', i, 'Customer State');

	const { customFields, customerSocialAccount, ...fields } = collection(ctx, 'additionalFields', i);
	for (const [key, value] of Object.entries(fields)) {
		body[key] = typeof value === 'string' ? value.trim() : value;
	}
	for (const key of ['customerAliases', 'customerTags', 'interestsName']) {
		if (body[key] !== undefined) body[key] = textList(body[key]);
	}
	if (body.customerBirthdate !== undefined) {
		body.customerBirthdate = toVenioDate(ctx, i, 'Birthdate', body.customerBirthdate, 'date');
	}
	if (typeof body.classificationName === 'string' && body.classificationName.length > 3) {
		throw invalid(
			ctx,
			i,
			'Class can have at most 3 characters',
			`"${body.classificationName}" is too long for Venio's customer class (item ${i}).`,
		);
	}
	const social = socialAccount(
		(customerSocialAccount as IDataObject | undefined)?.accounts as IDataObject,
	);
	if (social) body.customerSocialAccount = social;
	const customRows = ((customFields as IDataObject | undefined)?.field ?? []) as IDataObject[];
	const custom = customRows
		.filter((row) => String(row.customFieldName ?? '').trim() !== '')
		.map((row) => ({
			customFieldName: String(row.customFieldName).trim(),
			customFieldValue: textList(row.customFieldValue),
		}));
	if (custom.length) body.customFields = custom;

	const addresses = addressesOf(ctx, i);
	if (addresses.length) body.addresses = addresses;
	const contacts = contactsOf(ctx, i);
	if (body.customerType === 2 && contacts.length > 1) {
		throw invalid(
			ctx,
			i,
			'An individual customer has one contact',
			`Business or Individual is Individual, so give one contact (the person's own details), not ${contacts.length} (item ${i}).`,
		);
	}
	if (body.customerType === 2 && contacts.length === 1) body.contact = contacts[0];
	else if (contacts.length) body.contacts = contacts;
	const owners = ownersOf(ctx, i);
	if (owners.length) body.owners = owners;

	if (body.leadStatus === 3 && body.customerState === 1) {
		for (const [key, label] of [
			['unqulifiedReasonName', 'Unqualified Reason'],
			['unqulifiedReasonNote', 'Unqualified Reason Note'],
		]) {
			if (!body[key]) {
				throw invalid(
					ctx,
					i,
					`${label} is required for an unqualified lead`,
					`Lead Status is Unqualified and Customer State is Lead: add "${label}" under Additional Fields (item ${i}).`,
				);
			}
		}
	}
	if ((body.customerStatus === 1 || body.customerStatus === 2) && !body.customerNote) {
		throw invalid(
			ctx,
			i,
			'Note is required for an ended or closed customer',
			`Customer Status is Ended or Closed: add "Note" under Additional Fields (item ${i}).`,
		);
	}
	return body;
}

// ---------------------------------------------------------------------------------------------
// Events and satisfaction
// ---------------------------------------------------------------------------------------------

const eventIdProperty: INodeProperties = {
	displayName: 'Event ID',
	name: 'eventId',
	type: 'number',
	required: true,
	default: 0,
	description: 'The eventId of the customer event, as returned by Add Event or Get Many Events',
};

const eventTypeOptions = {
	loadOptionsMethod: 'getCustomerEventTypes',
};

function eventProperties(optionalName: 'additionalFields' | 'updateFields'): INodeProperties[] {
	return [
		customerLocator(),
		{
			displayName: 'Event Name',
			name: 'eventName',
			type: 'string',
			required: true,
			default: '',
			placeholder: 'e.g. Meeting with client',
			description: 'A short title of the event',
		},
		{
			displayName: 'Event Type Name or ID',
			name: 'eventType',
			type: 'options',
			typeOptions: eventTypeOptions,
			required: true,
			default: '',
			description:
				'The kind of event, as set up in Venio. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
		},
		{
			displayName: 'Event Date',
			name: 'eventDate',
			type: 'dateTime',
			required: true,
			default: '',
			description: 'When the event happens',
		},
		optionalCollection(optionalName, [
			{
				displayName: 'Description',
				name: 'description',
				type: 'string',
				typeOptions: { rows: 3 },
				default: '',
				description: 'Details of the event',
			},
		]),
	];
}

function eventBody(ctx: IExecuteFunctions, i: number, optionalName: string): IDataObject {
	const eventName = requiredString(ctx, 'eventName', i, 'Event Name');
	const eventType = requiredId(ctx, 'eventType', i, 'Event Type');
	const eventDate = requiredDate(ctx, 'eventDate', i, 'Event Date');
	const customerCode = requiredString(ctx, 'customer', i, 'Customer');
	return { eventName, eventType, eventDate, ...collection(ctx, optionalName, i), customerCode };
}

const SATISFACTION_RANGES: Record<number, { name: string; max: number }> = {
	1: { name: 'CSAT', max: 5 },
	2: { name: 'NPS', max: 10 },
};

// ---------------------------------------------------------------------------------------------
// The resource
// ---------------------------------------------------------------------------------------------

export const customer: VenioResource = {
	value: 'customer',
	name: 'Customer',
	actions: [
		{
			value: 'upsert',
			name: 'Create or Update',
			action: 'Create or update a customer',
			description: 'Create a new record, or update the current one if it already exists (upsert)',
			endpoint: 'customerCreateOrUpdate',
			properties: upsertProperties,
			request(i) {
				const body = upsertBody(this, i, JSON_BODY, () => upsertBodyFromFields(this, i));
				const key = body.customerCode
					? { customerCode: body.customerCode }
					: { customerName: body.customerName };
				return { body, key };
			},
		},
		{
			value: 'get',
			name: 'Get',
			action: 'Get a customer',
			description: 'Get a customer by its customer code',
			endpoint: 'customerGetByCode',
			...keyInPath(customerLocator(), 'customerCode'),
			simplify: CUSTOMER_SUMMARY,
		},
		{
			value: 'getByName',
			name: 'Get by Name',
			action: 'Find a customer by name',
			description: 'Get a customer by its exact name',
			endpoint: 'customerGetByName',
			simplify: CUSTOMER_SUMMARY,
			...keyInPath(
				{ ...customerNameProperty, description: 'The full customer name to look up' },
				'customerName',
			),
		},
		{
			value: 'getMany',
			name: 'Get Many',
			action: 'Get many customers',
			description: 'Search customers by type and keyword',
			endpoint: 'customersEnquiry',
			paging: { skipField: 'skip', sizeField: 'pageLength' },
			simplify: CUSTOMER_SUMMARY,
			properties: [
				{
					displayName: 'Customer Type',
					name: 'customerType',
					type: 'options',
					options: CUSTOMER_TYPE_OPTIONS,
					default: 11300,
					description: 'Which kind of customer record to search',
				},
				filtersCollection([
					{
						displayName: 'Keyword',
						name: 'keyword',
						type: 'string',
						default: '',
						description: 'Text to find in the customer name, code or contact details',
					},
					orderByFilter,
				]),
			],
			request(i) {
				return {
					body: {
						customerType: this.getNodeParameter('customerType', i) as number,
						...collection(this, 'filters', i),
					},
				};
			},
		},
		{
			value: 'addSatisfaction',
			name: 'Add Satisfaction',
			action: 'Record a customer satisfaction score',
			description: 'Record a CSAT (1-5) or NPS (1-10) survey answer for a customer',
			endpoint: 'customerSatisfactionCreate',
			properties: [
				customerLocator(),
				{
					displayName: 'Survey Type',
					name: 'sourceType',
					type: 'options',
					required: true,
					options: [
						{ name: 'CSAT', value: 1, description: 'Customer satisfaction, scored 1 to 5' },
						{ name: 'NPS', value: 2, description: 'Net promoter score, scored 1 to 10' },
					],
					default: 1,
					description: 'Which kind of survey the score comes from',
				},
				{
					displayName: 'Score',
					name: 'point',
					type: 'number',
					required: true,
					default: 0,
					description: 'The answer: 1 to 5 for CSAT, 1 to 10 for NPS',
				},
				{
					displayName: 'Source Name',
					name: 'sourceName',
					type: 'string',
					required: true,
					default: '',
					placeholder: 'e.g. NPS [Venio]',
					description:
						'Where the answer came from; a name Venio does not know yet creates a new source',
				},
				{
					displayName: 'Answered At',
					name: 'dateCreated',
					type: 'dateTime',
					required: true,
					default: '',
					description: 'When the customer answered',
				},
				optionalCollection('additionalFields', [
					{
						displayName: 'Answered By',
						name: 'answerBy',
						type: 'string',
						default: '',
						description: 'Name of the person who answered',
					},
					{
						displayName: 'Comment',
						name: 'comment',
						type: 'string',
						typeOptions: { rows: 3 },
						default: '',
						description: 'What the customer wrote with the score',
					},
				]),
			],
			request(i) {
				const CustomerCode = requiredString(this, 'customer', i, 'Customer');
				const SourceType = requiredId(this, 'sourceType', i, 'Survey Type');
				const range = SATISFACTION_RANGES[SourceType];
				if (!range) {
					throw invalid(
						this,
						i,
						'Survey Type must be CSAT (1) or NPS (2)',
						`"${SourceType}" is not a survey type (item ${i}).`,
					);
				}
				const Point = toNumber(this, i, 'Score', this.getNodeParameter('point', i));
				if (!Number.isInteger(Point) || Point < 1 || Point > range.max) {
					throw invalid(
						this,
						i,
						`Score must be a whole number from 1 to ${range.max} for ${range.name}`,
						`"${Point}" is not a valid ${range.name} score (item ${i}).`,
					);
				}
				const SourceName = requiredString(this, 'sourceName', i, 'Source Name');
				const DateCreated = requiredDate(this, 'dateCreated', i, 'Answered At');
				const extra = collection(this, 'additionalFields', i);
				const body: IDataObject = { SourceName, SourceType, Point, CustomerCode, DateCreated };
				if (extra.answerBy !== undefined) body.AnswerBy = extra.answerBy;
				if (extra.comment !== undefined) body.Comment = extra.comment;
				return { body, key: { customerCode: CustomerCode } };
			},
		},
		{
			value: 'addEvent',
			name: 'Add Event',
			action: 'Add an event to a customer',
			description: 'Add a dated event (meeting, call, birthday...) to a customer',
			endpoint: 'customerEventAdd',
			properties: eventProperties('additionalFields'),
			request(i) {
				const body = eventBody(this, i, 'additionalFields');
				return { body, key: { customerCode: body.customerCode } };
			},
		},
		{
			value: 'getManyEvents',
			name: 'Get Many Events',
			action: 'Get many events of a customer',
			description: 'List the events of a customer, optionally by type and date range',
			endpoint: 'customerEventsGetByCustomerCode',
			paging: 'list',
			properties: [
				customerLocator(),
				filtersCollection([
					{
						displayName: 'Event Type Name or ID',
						name: 'eventType',
						type: 'options',
						typeOptions: eventTypeOptions,
						default: '',
						description:
							'Only events of this kind. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
					},
					{
						displayName: 'From',
						name: 'dateFrom',
						type: 'dateTime',
						default: '',
						description: 'Only events on or after this date and time',
					},
					{
						displayName: 'To',
						name: 'dateTo',
						type: 'dateTime',
						default: '',
						description: 'Only events on or before this date and time',
					},
				]),
			],
			request(i) {
				const customerCode = requiredString(this, 'customer', i, 'Customer');
				const filters = collection(this, 'filters', i);
				const qs: IDataObject = { customerCode };
				if (filters.eventType !== undefined) {
					qs.eventTypeIds = toId(this, i, 'Event Type', filters.eventType, 'an event type ID');
				}
				// Venio documents the date range as a JSON body on this GET, but n8n's HTTP client drops
				// every GET body. The range goes in the query instead, and `keep` below applies it to
				// the answer, so the result is right whichever of the two Venio reads.
				if (filters.dateFrom !== undefined)
					qs.DateFrom = toVenioDate(this, i, 'From', filters.dateFrom);
				if (filters.dateTo !== undefined) qs.DateTo = toVenioDate(this, i, 'To', filters.dateTo);
				return { qs, key: { customerCode } };
			},
			keep(i) {
				const { dateFrom, dateTo } = collection(this, 'filters', i);
				if (dateFrom === undefined && dateTo === undefined) return undefined;
				const from = dateFrom === undefined ? -Infinity : toEpochMillis(this, i, 'From', dateFrom);
				const to = dateTo === undefined ? Infinity : toEpochMillis(this, i, 'To', dateTo);
				return (event) => {
					const at = DateTime.fromISO(String(event.eventDate ?? '')).toMillis();
					return at >= from && at <= to;
				};
			},
		},
		{
			value: 'updateEvent',
			name: 'Update Event',
			action: 'Update a customer event',
			description: 'Change an event of a customer; Venio needs all its fields again',
			endpoint: 'customerEventEdit',
			properties: [eventIdProperty, ...eventProperties('updateFields')],
			request(i) {
				const eventId = requiredId(this, 'eventId', i, 'Event ID');
				const body = eventBody(this, i, 'updateFields');
				return { pathParams: { eventId }, body, key: { eventId } };
			},
		},
		{
			value: 'deleteEvent',
			name: 'Delete Event',
			action: 'Delete a customer event',
			description: 'Delete an event from a customer by its event ID',
			endpoint: 'customerEventDelete',
			result: 'deleted',
			properties: [eventIdProperty],
			request(i) {
				const eventId = requiredId(this, 'eventId', i, 'Event ID');
				return { pathParams: { eventId }, key: { eventId } };
			},
		},
		{
			value: 'getManyEventTypes',
			name: 'Get Many Event Types',
			action: 'Get many customer event types',
			description: 'List the kinds of customer events set up in Venio',
			endpoint: 'customerEventTypesGet',
			paging: 'list',
		},
	],
};
