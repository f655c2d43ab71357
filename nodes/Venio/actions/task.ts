import type { VenioResource } from './types';

export const task: VenioResource = {
	value: 'task',
	name: 'Task',
	actions: [],
};
