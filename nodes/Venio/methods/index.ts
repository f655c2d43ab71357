import { caseMethods } from './cases';
import { customerMethods } from './customers';
import { dealMethods } from './deals';
import { employeeMethods } from './employees';
import { headerTemplateMethods } from './headerTemplates';
import { productMethods } from './products';
import { quotationMethods } from './quotations';

/** Dropdown methods of the Venio node: `listSearch` for "From list" locators, `loadOptions` for options. */
const groups = [
	caseMethods,
	customerMethods,
	dealMethods,
	employeeMethods,
	headerTemplateMethods,
	productMethods,
	quotationMethods,
];

export const methods = {
	listSearch: Object.assign({}, ...groups.map((group) => group.listSearch)),
	loadOptions: Object.assign({}, ...groups.map((group) => group.loadOptions)),
};
