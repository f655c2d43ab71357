import type { INodeProperties } from 'n8n-workflow';

import { additionalFields, fixedRows } from '../parameters/collections';
import { customerLocator, employeeLocator } from '../parameters/locators';
import { isBlank } from '../parameters/invalid';
import { toId } from '../parameters/numbers';
import { defineParameter, jsonBody, requiredId } from '../parameters/parameter';
import { parameterValue } from '../parameters/text';
import { FIELDS_MODE, upsertMode } from '../parameters/upsertMode';
import { customerName } from './customerFields';
import { CUSTOMER_STATE_OPTIONS, LOCATION_TYPE_OPTIONS } from './customerEnums';
import { customerUpsertSchema } from './customerUpsertSchema';
import { socialAccountFields } from './socialAccounts';
import { upsertAdditionalFieldOptions } from './upsertAdditionalFields';

/** The parameters of Customer › Create or Update. */

const CREATING = { show: { inputMode: ['fields'], upsertMode: ['create'] } };
const UPDATING = { show: { inputMode: ['fields'], upsertMode: ['update'] } };

export const customerUpsertMode = upsertMode({
	record: 'customer',
	newKey: 'a new customer code',
	givenKey: 'the customer code you pick',
	notice: {
		displayName:
			'Without a customer code the JSON creates a customer; with the code of an existing customer it updates that customer',
		name: 'jsonNotice',
		type: 'notice',
		default: '',
	},
	json: jsonBody(
		{
			displayName: 'Customer (JSON)',
			name: 'customerJson',
			type: 'json',
			required: true,
			default:
				'{\n  "customerCode": null,\n  "customerName": "Acme Co., Ltd.",\n  "customerState": 3\n}',
			description:
				'The whole customer as JSON, for fields this form does not show. The README lists the fields; the name and the customer state are required. It is checked before sending.',
		},
		customerUpsertSchema,
	),
	toUpdate: customerLocator.with({
		displayName: 'Customer to Update',
		description:
			'The customer to update, picked from your Venio account or given by its customer code',
	}),
});

export const upsertName = customerName.with({
	description: 'The customer name; it must be unique in Venio',
	displayOptions: CREATING,
});

/** An update's name: a new one, or empty to keep the current one. */
export const newName = defineParameter(
	{
		...customerName.property,
		required: false,
		description:
			'The new customer name; it must be unique in Venio. Leave empty to keep the current name.',
		displayOptions: UPDATING,
	},
	(ctx, i, p) => String(parameterValue(ctx, p.name, i) ?? '').trim() || undefined,
);

export const upsertAdditionalFields = additionalFields(upsertAdditionalFieldOptions).with({
	displayOptions: FIELDS_MODE,
});

/** A new customer's state: where it starts in the sales funnel. */
export const customerState = requiredId({
	displayName: 'Customer State',
	name: 'customerState',
	type: 'options',
	required: true,
	options: CUSTOMER_STATE_OPTIONS,
	default: 3,
	description: 'Where the customer is in your sales funnel',
	displayOptions: CREATING,
});

/** An update's state: a new one, or the current one kept. */
export const newCustomerState = defineParameter(
	{
		displayName: 'Customer State',
		name: 'customerState',
		type: 'options',
		options: [
			{ name: 'Keep Current State', value: '', description: 'Leave the state as it is' },
			...CUSTOMER_STATE_OPTIONS,
		],
		default: '',
		description: 'Where the customer is in your sales funnel',
		displayOptions: UPDATING,
	},
	(ctx, i, p) => {
		const value = parameterValue(ctx, p.name, i);
		return isBlank(value) ? undefined : toId(ctx, i, 'Customer State', value);
	},
);

export const upsertProperties: INodeProperties[] = [
	...customerUpsertMode.properties,
	upsertName.property,
	newName.property,
	customerState.property,
	newCustomerState.property,
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
						options: LOCATION_TYPE_OPTIONS,
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
				values: [employeeLocator.property],
			},
		],
	},
	upsertAdditionalFields.property,
];

const named = (name: string) =>
	upsertProperties.find((property) => property.name === name) as INodeProperties;

export const addresses = fixedRows(named('addresses'), 'address');
export const contacts = fixedRows(named('contacts'), 'contact');
export const owners = fixedRows(named('owners'), 'owner');
