export const dealMethods = {
	listSearch: {},
	loadOptions: {},
};
