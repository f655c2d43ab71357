import type { VenioResource } from '../types';
import { cancel } from './cancel';
import { convertToSalesOrder } from './convertToSalesOrder';
import { get } from './get';
import { getMany } from './getMany';
import { upsert } from './upsert';

export const quotation: VenioResource = {
	value: 'quotation',
	name: 'Quotation',
	actions: [upsert, get, getMany, convertToSalesOrder, cancel],
};
