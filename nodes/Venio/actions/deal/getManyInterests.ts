import type { VenioAction } from '../types';

export const getManyInterests: VenioAction = {
	value: 'getManyInterests',
	name: 'Get Many Interests',
	action: 'Get many deal interests; returns the ID and name of each interest a deal can be tagged with',
	description: 'List the interests a deal can be tagged with',
	endpoint: 'dealInterestsGet',
	paging: 'list',
};
