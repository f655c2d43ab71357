import type { VenioResource } from '../types';
import { get } from './get';
import { getMany } from './getMany';

export const activity: VenioResource = {
	value: 'activity',
	name: 'Activity',
	actions: [get, getMany],
};
