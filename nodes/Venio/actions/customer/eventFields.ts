import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { recordsOf } from '../../../shared/transport/envelope';
import type { VenioRun } from '../../../shared/transport/run';
import { readAnswer } from '../current';
import { asOption, byDisplayName, updateFields } from '../parameters/collections';
import type { Collection } from '../parameters/collections';
import { toVenioDate } from '../parameters/dates';
import { invalid } from '../parameters/invalid';
import { customerLocator } from '../parameters/locators';
import { toId } from '../parameters/numbers';
import { requiredDateTime, requiredId, requiredText } from '../parameters/parameter';

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

const eventName = requiredText({
	displayName: 'Event Name',
	name: 'eventName',
	type: 'string',
	required: true,
	default: '',
	placeholder: 'e.g. Meeting with client',
	description: 'A short title of the event',
});

/** Add Event's parameters. */
export function eventProperties(optional: Collection): INodeProperties[] {
	return [
		customerLocator.property,
		eventName.property,
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

/** Add Event's body. */
export function eventBody(ctx: IExecuteFunctions, i: number, optional: Collection): IDataObject {
	return {
		eventName: eventName.read(ctx, i),
		eventType: eventType.read(ctx, i),
		eventDate: eventDate.read(ctx, i),
		...optional.read(ctx, i),
		customerCode: customerLocator.read(ctx, i),
	};
}

/** Update Event: every field optional; what is left empty keeps its current value. */
export const eventUpdateFields = updateFields(
	byDisplayName([
		...[eventName.property, eventType.property, eventDate.property].map(asOption),
		...EVENT_OPTIONS,
	]),
);

const EVENT_FIELDS = ['eventName', 'eventType', 'eventDate', 'description'];

/** The fields set under Update Fields, as Venio takes them. */
function eventChanges(ctx: IExecuteFunctions, i: number): IDataObject {
	const fields = eventUpdateFields.read(ctx, i);
	const changes: IDataObject = {};
	if (fields.eventName !== undefined) changes.eventName = String(fields.eventName).trim();
	if (fields.eventType !== undefined) {
		changes.eventType = toId(ctx, i, 'Event Type', fields.eventType);
	}
	if (fields.eventDate !== undefined) {
		changes.eventDate = toVenioDate(ctx, i, 'Event Date', fields.eventDate);
	}
	if (fields.description !== undefined) changes.description = fields.description;
	return changes;
}

/**
 * Update Event's body. Venio replaces the whole event, so the event is read first (from the
 * customer's events: Venio has no call for one event) and sent back with the user's changes.
 */
export async function eventUpdateBody(
	ctx: IExecuteFunctions,
	run: VenioRun,
	i: number,
	id: number,
): Promise<IDataObject> {
	const customerCode = customerLocator.read(ctx, i);
	const changes = eventChanges(ctx, i);
	const events = recordsOf(
		await readAnswer(run, i, {
			endpoint: 'customerEventsGetByCustomerCode',
			qs: { customerCode },
			label: 'Customer › Update Event',
		}),
	);
	const event = events.find((record) => Number(record.eventId) === id);
	if (!event) {
		throw invalid(
			ctx,
			i,
			`Event ${id} is not an event of customer ${customerCode}`,
			'Check the Event ID and the Customer: Get Many Events lists the events of a customer.',
		);
	}
	const current: IDataObject = {};
	for (const field of EVENT_FIELDS) {
		if (event[field] !== undefined && event[field] !== null) current[field] = event[field];
	}
	return { ...current, ...changes, customerCode };
}
