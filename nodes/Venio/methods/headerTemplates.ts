import { lookupMethod } from './sources';

/** The header templates (company letterheads) quotations and sales orders are printed with. */
export const headerTemplateMethods = {
	listSearch: {},
	loadOptions: {
		getHeaderTemplates: lookupMethod(
			'headerTemplateGet',
			['headerTemplateName', 'templateName', 'name'],
			['headerTemplateId', 'templateId', 'id'],
		),
	},
};
