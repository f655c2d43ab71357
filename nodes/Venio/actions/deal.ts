import type { VenioResource } from './types';

export const deal: VenioResource = {
	value: 'deal',
	name: 'Deal',
	actions: [],
};
