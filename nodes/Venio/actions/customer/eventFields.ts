import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import type { Collection } from '../parameters/collections';
import { customerLocator } from '../parameters/locators';
import { requiredDateTime, requiredId } from '../parameters/parameter';
import { requiredString } from '../parameters/text';

/** What the customer-event actions (Add, Get Many, Update, Delete Event) share. */

export const eventId = requiredId({
	displayName: 'Event ID',
	name: 'eventId',
	type: 'string',
	required: true,
	default: '',
	placeholder: 'e.g. 1024',
	description: 'The number that identifies the event, as Add Event or Get Many Events return it',
});

export const eventTypeOptions = {
	loadOptionsMethod: 'getCustomerEventTypes',
};

const eventType = requiredId({
	displayName: 'Event Type Name or ID',
	name: 'eventType',
	type: 'options',
	typeOptions: eventTypeOptions,
	required: true,
	default: '',
	description:
		'The kind of event, as set up in Venio. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
});

const eventDate = requiredDateTime({
	displayName: 'Event Date',
	name: 'eventDate',
	type: 'dateTime',
	required: true,
	default: '',
	description: 'When the event happens',
});

/** Add Event's and Update Event's parameters; `optional` holds the description. */
export function eventProperties(optional: Collection): INodeProperties[] {
	return [
		customerLocator.property,
		{
			displayName: 'Event Name',
			name: 'eventName',
			type: 'string',
			required: true,
			default: '',
			placeholder: 'e.g. Meeting with client',
			description: 'A short title of the event',
		},
		eventType.property,
		eventDate.property,
		optional.property,
	];
}

/** The optional fields of an event: Additional Fields of Add, Update Fields of Update. */
export const EVENT_OPTIONS: INodeProperties[] = [
	{
		displayName: 'Description',
		name: 'description',
		type: 'string',
		typeOptions: { rows: 3 },
		default: '',
		description: 'Details of the event',
	},
];

export function eventBody(ctx: IExecuteFunctions, i: number, optional: Collection): IDataObject {
	const eventName = requiredString(ctx, 'eventName', i, 'Event Name');
	const type = eventType.read(ctx, i);
	const date = eventDate.read(ctx, i);
	const customerCode = customerLocator.read(ctx, i);
	return { eventName, eventType: type, eventDate: date, ...optional.read(ctx, i), customerCode };
}
