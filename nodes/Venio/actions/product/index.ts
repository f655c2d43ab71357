import type { VenioResource } from '../types';
import { createOrUpdateCodeguard } from './createOrUpdateCodeguard';
import { get } from './get';
import { getMany } from './getMany';
import { getManyByStatus } from './getManyByStatus';
import { getManyGroups } from './getManyGroups';
import { getManyProperties } from './getManyProperties';
import { getManyUnits } from './getManyUnits';
import { getSerialNumberStatus } from './getSerialNumberStatus';
import { getTicket } from './getTicket';
import { updateStock } from './updateStock';
import { upsert } from './upsert';
import { verifySerialNumber } from './verifySerialNumber';

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
