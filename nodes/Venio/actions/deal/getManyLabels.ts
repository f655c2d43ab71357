import type { VenioAction } from '../types';

export const getManyLabels: VenioAction = {
	value: 'getManyLabels',
	name: 'Get Many Labels',
	action: 'Get many deal labels',
	description: 'List the labels a deal can be tagged with',
	endpoint: 'dealLabelsGet',
	paging: 'list',
};
