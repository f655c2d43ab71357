import { PRODUCT_TYPE } from '../actions/product/productFields';
import { labelled, lookupMethod, SEARCH_PAGE_SIZE, searchMethod } from './sources';
import type { SearchSource } from './sources';

const products: SearchSource = {
	endpoint: 'productsGetByFilter',
	// Active and inactive products: stock can be updated on inactive ones too.
	body: (smartSearch, skip) => ({
		productType: PRODUCT_TYPE.product,
		status: [true, false],
		smartSearch,
		skip,
		take: SEARCH_PAGE_SIZE,
	}),
	toItem: (record) => ({
		name: labelled(record.productName, record.productCode),
		value: String(record.productCode),
	}),
};

// Venio's lookup lists are not documented field by field: the first key a record has is used.
const GROUP_NAME = ['productGroupName', 'groupName', 'name'];
const GROUP_ID = ['productGroupId', 'groupId', 'id'];
const UNIT_NAME = ['productUnitName', 'unitName', 'name'];
const PROPERTY_NAME = ['propertyName', 'productPropertyName', 'name'];

export const productMethods = {
	listSearch: {
		searchProducts: searchMethod(products),
	},
	loadOptions: {
		/** Product groups by id: the Get Many filter takes group ids. */
		getProductGroups: lookupMethod('productGroupsGet', GROUP_NAME, GROUP_ID),
		/** Units by name: the product upsert takes the unit's name (`productUnitName`). */
		getProductUnits: lookupMethod('productUnitsGet', UNIT_NAME, UNIT_NAME),
		/** Properties by name: a variant's attributes are named (`attributeName`). */
		getProductProperties: lookupMethod('productPropertiesGet', PROPERTY_NAME, PROPERTY_NAME),
	},
};
