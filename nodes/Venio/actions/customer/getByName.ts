import { keyInPath } from '../parameters/keyInPath';
import type { VenioAction } from '../types';
import { CUSTOMER_SUMMARY, customerName } from './customerFields';

export const getByName: VenioAction = {
	value: 'getByName',
	name: 'Get by Name',
	action: 'Get a customer by exact name',
	description: 'Get a customer by its exact name',
	endpoint: 'customerGetByName',
	simplify: CUSTOMER_SUMMARY,
	...keyInPath(
		customerName.with({ description: 'The full customer name to look up' }),
		'customerName',
	),
};
