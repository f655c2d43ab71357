import type { VenioAction } from '../types';

export const getManyProperties: VenioAction = {
	value: 'getManyProperties',
	name: 'Get Many Properties',
	action: 'Get many product properties; returns the ID and name of each property a product can have',
	description:
		'List the product properties (variant attributes such as color or size) of the account',
	endpoint: 'productPropertiesGet',
	paging: 'list',
};
