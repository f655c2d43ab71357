import { updateFields } from '../parameters/collections';
import type { VenioAction } from '../types';
import { EVENT_OPTIONS, eventBody, eventId, eventProperties } from './eventFields';

const optional = updateFields(EVENT_OPTIONS);

export const updateEvent: VenioAction = {
	value: 'updateEvent',
	name: 'Update Event',
	action: 'Update an event of a customer by its event ID; needs its name, type and date again, returns the event as saved',
	description: 'Change an event of a customer; Venio needs all its fields again',
	endpoint: 'customerEventEdit',
	properties: [eventId.property, ...eventProperties(optional)],
	request(i) {
		const id = eventId.read(this, i);
		const body = eventBody(this, i, optional);
		return { pathParams: { eventId: id }, body, key: { eventId: id } };
	},
};
