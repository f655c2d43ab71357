import type { VenioResource } from './types';

export const contract: VenioResource = {
	value: 'contract',
	name: 'Contract',
	actions: [],
};
