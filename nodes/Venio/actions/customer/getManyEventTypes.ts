import type { VenioAction } from '../types';

export const getManyEventTypes: VenioAction = {
	value: 'getManyEventTypes',
	name: 'Get Many Event Types',
	action: 'Get many customer event types',
	description: 'List the kinds of customer events set up in Venio',
	endpoint: 'customerEventTypesGet',
	paging: 'list',
};
