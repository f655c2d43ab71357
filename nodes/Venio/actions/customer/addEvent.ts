import { additionalFields } from '../parameters/collections';
import type { VenioAction } from '../types';
import { EVENT_OPTIONS, eventBody, eventProperties } from './eventFields';

const optional = additionalFields(EVENT_OPTIONS);

export const addEvent: VenioAction = {
	value: 'addEvent',
	name: 'Add Event',
	action: 'Add an event (meeting, call, birthday) to a customer by customer code',
	description: 'Add a dated event (meeting, call, birthday...) to a customer',
	endpoint: 'customerEventAdd',
	properties: eventProperties(optional),
	request(i) {
		const body = eventBody(this, i, optional);
		return { body, key: { customerCode: body.customerCode } };
	},
};
