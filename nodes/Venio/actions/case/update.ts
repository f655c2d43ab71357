import type { VenioAction } from '../types';
import { caseBody, caseLocator, coreFields, updateOptions } from './caseFields';

export const update: VenioAction = {
	value: 'update',
	name: 'Update',
	action: 'Update a case (support ticket) by its case number, e.g. its status or assignee; returns the case as saved',
	description: 'Edit a case by its case number',
	endpoint: 'caseEditByCaseNo',
	properties: [caseLocator.property, ...coreFields, updateOptions.property],
	request(i) {
		const caseNo = caseLocator.read(this, i);
		return { pathParams: { caseNo }, body: caseBody(this, i, updateOptions), key: { caseNo } };
	},
};
