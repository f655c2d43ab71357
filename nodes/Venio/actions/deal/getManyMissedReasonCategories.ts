import type { VenioAction } from '../types';

export const getManyMissedReasonCategories: VenioAction = {
	value: 'getManyMissedReasonCategories',
	name: 'Get Many Missed Reason Categories',
	action: 'Get many deal missed reason categories; returns the ID and name of each reason a deal can be lost for',
	description: 'List the reasons a deal can be lost for',
	endpoint: 'dealMissedReasonCategoriesGet',
	paging: 'list',
};
