import type { VenioAction } from '../types';

export const getManyHeaderTemplates: VenioAction = {
	value: 'getManyHeaderTemplates',
	name: 'Get Many Header Templates',
	action: 'Get many header templates; returns the ID and name of each document header template (for quotations and sales orders)',
	description:
		'List the document header templates (company letterheads) that quotations and sales orders print with',
	endpoint: 'headerTemplateGet',
	paging: 'list',
};
