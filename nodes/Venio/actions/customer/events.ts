import { DateTime } from 'luxon';
import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { customerLocator, filtersCollection, optionalCollection } from '../fields';
import {
	collection,
	requiredId,
	requiredString,
	toEpochMillis,
	toId,
	toVenioDate,
} from '../params';
import type { VenioAction } from '../types';
import { requiredDate } from './readers';

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

export const addEvent: VenioAction = {
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
};

export const getManyEvents: VenioAction = {
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
};

export const updateEvent: VenioAction = {
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
};

export const deleteEvent: VenioAction = {
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
};

export const getManyEventTypes: VenioAction = {
	value: 'getManyEventTypes',
	name: 'Get Many Event Types',
	action: 'Get many customer event types',
	description: 'List the kinds of customer events set up in Venio',
	endpoint: 'customerEventTypesGet',
	paging: 'list',
};
