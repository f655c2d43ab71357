import { filtersCollection } from '../parameters/collections';
import type { VenioAction } from '../types';
import { DEAL_SUMMARY, numbers } from './dealFields';

const filters = filtersCollection([
	{
		displayName: 'Keyword',
		name: 'keyword',
		type: 'string',
		default: '',
		description: 'Text to find in the deal name, deal number or customer name',
	},
	{
		displayName: 'Stage Names or IDs',
		name: 'dealStageIds',
		type: 'multiOptions',
		typeOptions: { loadOptionsMethod: 'getDealStages' },
		default: [],
		description:
			'Choose from the list, or specify IDs using an <a href="https://docs.n8n.io/code/expressions/">expression</a>',
		hint: 'Only deals in these stages',
	},
]);

export const getMany: VenioAction = {
	value: 'getMany',
	name: 'Get Many',
	action: 'Search deals by keyword or stage',
	description: 'Search deals by keyword and stage',
	endpoint: 'dealEnquiry',
	paging: 'enquiry',
	simplify: DEAL_SUMMARY,
	properties: [filters.property],
	request(i) {
		const chosen = filters.read(this, i);
		if (chosen.dealStageIds !== undefined) {
			chosen.dealStageIds = numbers(this, i, 'Stages', chosen.dealStageIds);
			if ((chosen.dealStageIds as number[]).length === 0) delete chosen.dealStageIds;
		}
		return { body: chosen };
	},
};
