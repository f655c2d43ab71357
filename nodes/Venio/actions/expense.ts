import type { VenioResource } from './types';

export const expense: VenioResource = {
	value: 'expense',
	name: 'Expense',
	actions: [],
};
