import type { VenioResource } from '../types';
import { create } from './create';
import { get } from './get';
import { getMany } from './getMany';
import { getManyBoards } from './getManyBoards';
import { getManyInterests } from './getManyInterests';
import { getManyLabels } from './getManyLabels';
import { getManyMissedReasonCategories } from './getManyMissedReasonCategories';
import { getManyStages } from './getManyStages';
import { update } from './update';

export const deal: VenioResource = {
	value: 'deal',
	name: 'Deal',
	actions: [
		create,
		get,
		getMany,
		getManyBoards,
		getManyInterests,
		getManyLabels,
		getManyMissedReasonCategories,
		getManyStages,
		update,
	],
};
