import type { VenioResource } from '../types';
import { getMany } from './getMany';

export const conversation: VenioResource = {
	value: 'conversation',
	name: 'Conversation',
	actions: [getMany],
};
