import { keyInPath } from '../parameters/keyInPath';
import { customerLocator } from '../parameters/locators';
import type { VenioAction } from '../types';
import { CUSTOMER_SUMMARY } from './customerFields';

export const get: VenioAction = {
	value: 'get',
	name: 'Get',
	action: 'Get a customer by customer code',
	description: 'Get a customer by its customer code',
	endpoint: 'customerGetByCode',
	...keyInPath(customerLocator, 'customerCode'),
	simplify: CUSTOMER_SUMMARY,
};
