import type { VenioResource } from './types';

export const employee: VenioResource = {
	value: 'employee',
	name: 'Employee',
	actions: [],
};
