import type { INodeProperties } from 'n8n-workflow';

import { customerLocator, employeeLocator, optionalCollection } from '../fields';
import { FIELDS_MODE, upsertModeProperties } from '../upsertMode';
import { additionalFieldOptions } from './additionalFields';
import { customerUpsertSchema } from './schema';
import { socialAccountFields } from './socialAccounts';

// Create or Update: parameters

/** A customer's name, which Venio keeps unique: Create or Update sends it, Get by Name looks it up. */
export const customerNameProperty: INodeProperties = {
	displayName: 'Customer Name',
	name: 'customerName',
	type: 'string',
	required: true,
	default: '',
	placeholder: 'e.g. Acme Co., Ltd.',
};

export const customerToUpdate: INodeProperties = {
	...customerLocator('customer', 'Customer to Update'),
	description:
		'The customer to update, picked from your Venio account or given by its customer code',
};

export const JSON_BODY = {
	name: 'customerJson',
	label: 'Customer (JSON)',
	schema: customerUpsertSchema,
};

export const upsertProperties: INodeProperties[] = [
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
		...optionalCollection('additionalFields', additionalFieldOptions),
		displayOptions: FIELDS_MODE,
	},
];
