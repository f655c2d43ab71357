import { keyInPath } from '../parameters/keyInPath';
import type { VenioAction } from '../types';
import { caseLocator } from './caseFields';

export const get: VenioAction = {
	value: 'get',
	name: 'Get',
	action: 'Get a case by case number',
	description: 'Get a case by its case number',
	endpoint: 'caseGetByCaseNo',
	...keyInPath(caseLocator, 'caseNo'),
};
