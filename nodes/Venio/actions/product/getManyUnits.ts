import type { VenioAction } from '../types';

export const getManyUnits: VenioAction = {
	value: 'getManyUnits',
	name: 'Get Many Units',
	action: 'Get many product units',
	description: 'List the units products are sold in',
	endpoint: 'productUnitsGet',
	paging: 'list',
};
