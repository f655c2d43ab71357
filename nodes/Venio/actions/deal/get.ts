import type { VenioAction } from '../types';
import { DEAL_SUMMARY, dealLocator } from './dealFields';

export const get: VenioAction = {
	value: 'get',
	name: 'Get',
	action: 'Get a deal',
	description: 'Get a deal by its ID',
	endpoint: 'dealGet',
	properties: [dealLocator.property],
	simplify: DEAL_SUMMARY,
	request(i) {
		const id = dealLocator.read(this, i);
		return { pathParams: { id }, key: { dealsId: id } };
	},
};
