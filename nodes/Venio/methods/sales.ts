export const salesMethods = {
	listSearch: {},
	loadOptions: {},
};
