import type { VenioResource } from '../types';
import { createOrUpdateCodeguard } from './codeguard';
import {
	get,
	getMany,
	getManyByStatus,
	getManyGroups,
	getManyProperties,
	getManyUnits,
	getTicket,
} from './lookups';
import { getSerialNumberStatus, verifySerialNumber } from './serialNumbers';
import { updateStock } from './stock';
import { upsert } from './upsert';

export { PRODUCT_TYPE_OPTIONS } from './lookups';

export const product: VenioResource = {
	value: 'product',
	name: 'Product',
	actions: [
		upsert,
		createOrUpdateCodeguard,
		get,
		getMany,
		getManyByStatus,
		getManyGroups,
		getManyProperties,
		getManyUnits,
		getSerialNumberStatus,
		getTicket,
		updateStock,
		verifySerialNumber,
	],
};
