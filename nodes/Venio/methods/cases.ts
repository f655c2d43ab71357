import { lookupMethod } from './sources';

/** Dropdowns of the Case resource: the case categories. */
export const caseMethods = {
	listSearch: {},
	loadOptions: {
		getCaseCategories: lookupMethod(
			'caseCategoriesGet',
			['categoryName', 'caseCategoryName', 'name'],
			['categoryId', 'caseCategoryId', 'id'],
		),
	},
};
