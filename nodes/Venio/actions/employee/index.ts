import type { VenioResource } from '../types';
import { get } from './get';
import { getMany } from './getMany';

export const employee: VenioResource = {
	value: 'employee',
	name: 'Employee',
	actions: [get, getMany],
};
