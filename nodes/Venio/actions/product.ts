import type { VenioResource } from './types';

export const product: VenioResource = {
	value: 'product',
	name: 'Product',
	actions: [],
};
