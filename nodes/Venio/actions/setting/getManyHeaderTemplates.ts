import type { VenioAction } from '../types';

export const getManyHeaderTemplates: VenioAction = {
	value: 'getManyHeaderTemplates',
	name: 'Get Many Header Templates',
	action: 'Get many document header templates',
	description:
		'List the document header templates (company letterheads) that quotations and sales orders print with',
	endpoint: 'headerTemplateGet',
	paging: 'list',
};
