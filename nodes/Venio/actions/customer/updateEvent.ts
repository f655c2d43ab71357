import { customerLocator } from '../parameters/locators';
import type { VenioAction } from '../types';
import { eventId, eventUpdateBody, eventUpdateFields } from './eventFields';

export const updateEvent: VenioAction = {
	value: 'updateEvent',
	name: 'Update Event',
	action: 'Update a customer event by event ID (only the fields set change)',
	description: 'Change an event of a customer; what you leave empty keeps its current value',
	endpoint: 'customerEventEdit',
	properties: [
		eventId.property,
		customerLocator.with({
			description:
				'The customer the event belongs to, picked from your Venio account or given by its customer code',
		}).property,
		eventUpdateFields.property,
	],
	record(i) {
		return eventId.read(this, i);
	},
	async request(i, run) {
		const id = eventId.read(this, i);
		const body = await eventUpdateBody(this, run, i, id);
		return { pathParams: { eventId: id }, body, key: { eventId: id } };
	},
};
