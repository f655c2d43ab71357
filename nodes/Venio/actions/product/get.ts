import { keyInPath } from '../parameters/keyInPath';
import { productLocator } from '../parameters/locators';
import type { VenioAction } from '../types';
import { PRODUCT_SUMMARY } from './productFields';

export const get: VenioAction = {
	value: 'get',
	name: 'Get',
	action: 'Get a product by product code',
	description: 'Get a product by its product code',
	endpoint: 'productGetByCode',
	...keyInPath(productLocator, 'productCode'),
	simplify: PRODUCT_SUMMARY,
};
