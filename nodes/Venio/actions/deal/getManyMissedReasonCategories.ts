import type { VenioAction } from '../types';

export const getManyMissedReasonCategories: VenioAction = {
	value: 'getManyMissedReasonCategories',
	name: 'Get Many Missed Reason Categories',
	action: 'Get many deal missed reason categories',
	description: 'List the reasons a deal can be lost for',
	endpoint: 'dealMissedReasonCategoriesGet',
	paging: 'list',
};
