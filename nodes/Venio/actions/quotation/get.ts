import { keyInPath } from '../parameters/keyInPath';
import type { VenioAction } from '../types';
import { QUOTATION_SUMMARY, quotationLocator } from './quotationFields';

export const get: VenioAction = {
	value: 'get',
	name: 'Get',
	action: 'Get a quotation by quotation number',
	description: 'Get a quotation by its quotation number',
	endpoint: 'quotationGetByNo',
	...keyInPath(quotationLocator, 'quotationNo'),
	simplify: QUOTATION_SUMMARY,
};
