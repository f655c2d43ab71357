export const productMethods = {
	listSearch: {},
	loadOptions: {},
};
