import type { VenioResource } from './types';

export const setting: VenioResource = {
	value: 'setting',
	name: 'Setting',
	actions: [],
};
