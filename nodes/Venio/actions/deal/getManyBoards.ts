import type { VenioAction } from '../types';

export const getManyBoards: VenioAction = {
	value: 'getManyBoards',
	name: 'Get Many Boards',
	action: 'Get many deal boards (pipelines)',
	description: 'List the deal boards (pipelines) of the account',
	endpoint: 'dealBoardsGet',
	paging: 'list',
};
