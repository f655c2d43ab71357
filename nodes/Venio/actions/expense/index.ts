import type { VenioResource } from '../types';
import { create } from './create';
import { get } from './get';
import { getMany } from './getMany';
import { update } from './update';

export const expense: VenioResource = {
	value: 'expense',
	name: 'Expense',
	actions: [create, get, getMany, update],
};
