import { keyInPath } from '../parameters/keyInPath';
import type { VenioAction } from '../types';
import { DEAL_SUMMARY, dealLocator } from './dealFields';

export const get: VenioAction = {
	value: 'get',
	name: 'Get',
	action: 'Get a deal by deal ID',
	description: 'Get a deal by its ID',
	endpoint: 'dealGet',
	simplify: DEAL_SUMMARY,
	...keyInPath(dealLocator, 'dealsId', 'id'),
};
