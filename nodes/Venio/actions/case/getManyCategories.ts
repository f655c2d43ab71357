import type { VenioAction } from '../types';

export const getManyCategories: VenioAction = {
	value: 'getManyCategories',
	name: 'Get Many Categories',
	action: 'Get many case categories',
	description: 'List the case categories of the account',
	endpoint: 'caseCategoriesGet',
	paging: 'list',
};
