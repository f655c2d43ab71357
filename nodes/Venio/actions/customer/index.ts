import type { VenioResource } from '../types';
import { addEvent } from './addEvent';
import { addSatisfaction } from './addSatisfaction';
import { deleteEvent } from './deleteEvent';
import { get } from './get';
import { getByName } from './getByName';
import { getMany } from './getMany';
import { getManyEvents } from './getManyEvents';
import { getManyEventTypes } from './getManyEventTypes';
import { updateEvent } from './updateEvent';
import { upsert } from './upsert';

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
