import type { VenioResource } from './types';

export const supportCase: VenioResource = {
	value: 'case',
	name: 'Case',
	actions: [],
};
