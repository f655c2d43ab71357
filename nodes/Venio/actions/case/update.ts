import type { VenioAction } from '../types';
import { caseLocator, caseUpdateBody, newCustomer, updateOptions } from './caseFields';

export const update: VenioAction = {
	value: 'update',
	name: 'Update',
	action: 'Update a case by case number (only the fields set change)',
	description:
		'Change a case by its case number, e.g. its status or assignee; what you leave empty keeps its current value',
	endpoint: 'caseEditByCaseNo',
	properties: [caseLocator.property, newCustomer.property, updateOptions.property],
	record(i) {
		return caseLocator.read(this, i);
	},
	async request(i, run) {
		const caseNo = caseLocator.read(this, i);
		return {
			pathParams: { caseNo },
			body: await caseUpdateBody(this, run, i, caseNo),
			key: { caseNo },
		};
	},
};
