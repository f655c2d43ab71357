import type { VenioResource } from './types';

export const quotation: VenioResource = {
	value: 'quotation',
	name: 'Quotation',
	actions: [],
};
