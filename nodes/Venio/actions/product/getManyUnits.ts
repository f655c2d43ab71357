import type { VenioAction } from '../types';

export const getManyUnits: VenioAction = {
	value: 'getManyUnits',
	name: 'Get Many Units',
	action: 'Get many product units; returns the ID and name of each unit products are sold in',
	description: 'List the units products are sold in',
	endpoint: 'productUnitsGet',
	paging: 'list',
};
