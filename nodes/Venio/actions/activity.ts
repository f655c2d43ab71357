import type { VenioResource } from './types';

export const activity: VenioResource = {
	value: 'activity',
	name: 'Activity',
	actions: [],
};
