export const employeeMethods = {
	listSearch: {},
	loadOptions: {},
};
