import { keyInPath } from '../parameters/keyInPath';
import type { VenioAction } from '../types';
import { eventId } from './eventFields';

export const deleteEvent: VenioAction = {
	value: 'deleteEvent',
	name: 'Delete Event',
	action: 'Delete a customer event by event ID',
	description: 'Delete an event from a customer by its event ID',
	endpoint: 'customerEventDelete',
	result: 'deleted',
	...keyInPath(eventId, 'eventId'),
};
