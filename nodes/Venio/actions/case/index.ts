import type { VenioResource } from '../types';
import { create } from './create';
import { get } from './get';
import { getManyCategories } from './getManyCategories';
import { update } from './update';

/** Cases (support tickets); `case` is a reserved word, hence the name. */
export const supportCase: VenioResource = {
	value: 'case',
	name: 'Case',
	actions: [create, get, getManyCategories, update],
};
