import type { VenioResource } from '../types';
import { addEvent, deleteEvent, getManyEvents, getManyEventTypes, updateEvent } from './events';
import { get, getByName, getMany } from './lookups';
import { addSatisfaction } from './satisfaction';
import { upsert } from './upsert';

export { CUSTOMER_TYPE_OPTIONS } from './lookups';

export const customer: VenioResource = {
	value: 'customer',
	name: 'Customer',
	actions: [
		upsert,
		get,
		getByName,
		getMany,
		addSatisfaction,
		addEvent,
		getManyEvents,
		updateEvent,
		deleteEvent,
		getManyEventTypes,
	],
};
