import { filtersCollection } from '../parameters/collections';
import { toNumber } from '../parameters/numbers';
import type { VenioAction } from '../types';

const filters = filtersCollection([
	{
		displayName: 'Board Name or ID',
		name: 'boardId',
		type: 'options',
		typeOptions: { loadOptionsMethod: 'getDealBoards' },
		default: '',
		description:
			'Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>',
		hint: 'Only the stages of this board',
	},
]);

export const getManyStages: VenioAction = {
	value: 'getManyStages',
	name: 'Get Many Stages',
	action: 'Get many deal stages with their IDs, of every board or of one',
	description: 'List the deal stages, of every board or of one',
	endpoint: 'dealStagesGet',
	paging: 'list',
	properties: [filters.property],
	request(i) {
		const { boardId } = filters.read(this, i);
		if (boardId === undefined) return {};
		return { qs: { boardId: toNumber(this, i, 'Board', boardId) } };
	},
};
