import type { VenioAction } from '../types';

export const getManyProperties: VenioAction = {
	value: 'getManyProperties',
	name: 'Get Many Properties',
	action: 'Get many product properties',
	description:
		'List the product properties (variant attributes such as color or size) of the account',
	endpoint: 'productPropertiesGet',
	paging: 'list',
};
