import type { VenioResource } from '../types';
import { create } from './create';

export const task: VenioResource = {
	value: 'task',
	name: 'Task',
	actions: [create],
};
