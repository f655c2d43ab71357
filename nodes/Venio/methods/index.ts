import { customerMethods } from './customers';
import { dealMethods } from './deals';
import { employeeMethods } from './employees';
import { productMethods } from './products';
import { salesMethods } from './sales';

/** Dropdown methods of the Venio node: `listSearch` for "From list" locators, `loadOptions` for options. */
const groups = [customerMethods, dealMethods, employeeMethods, productMethods, salesMethods];

export const methods = {
	listSearch: Object.assign({}, ...groups.map((group) => group.listSearch)),
	loadOptions: Object.assign({}, ...groups.map((group) => group.loadOptions)),
};
