import type { VenioAction } from '../types';

export const getManyInterests: VenioAction = {
	value: 'getManyInterests',
	name: 'Get Many Interests',
	action: 'Get many deal interests',
	description: 'List the interests a deal can be tagged with',
	endpoint: 'dealInterestsGet',
	paging: 'list',
};
