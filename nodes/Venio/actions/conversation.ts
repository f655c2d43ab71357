import type { VenioResource } from './types';

export const conversation: VenioResource = {
	value: 'conversation',
	name: 'Conversation',
	actions: [],
};
