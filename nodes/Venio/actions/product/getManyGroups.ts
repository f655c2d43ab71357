import type { VenioAction } from '../types';

export const getManyGroups: VenioAction = {
	value: 'getManyGroups',
	name: 'Get Many Groups',
	action: 'Get many product groups',
	description: 'List the product groups of the account',
	endpoint: 'productGroupsGet',
	paging: 'list',
};
