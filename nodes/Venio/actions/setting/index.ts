import type { VenioResource } from '../types';
import { getManyHeaderTemplates } from './getManyHeaderTemplates';

export const setting: VenioResource = {
	value: 'setting',
	name: 'Setting',
	actions: [getManyHeaderTemplates],
};
