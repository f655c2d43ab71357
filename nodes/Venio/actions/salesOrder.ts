import type { VenioResource } from './types';

export const salesOrder: VenioResource = {
	value: 'salesOrder',
	name: 'Sales Order',
	actions: [],
};
