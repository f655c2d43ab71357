import type { IDataObject } from 'n8n-workflow';

/**
 * The Employees Enquiry body without paging, as the one known client sends it: the filters it
 * does not use go as null and orderBy as 0 (`keyWord` has a capital W). Get Many and the employee
 * dropdowns both send it.
 */
export function employeeEnquiryBody(filters: IDataObject = {}): IDataObject {
	return {
		employeeType: null,
		teamId: null,
		status: null,
		keyWord: '',
		orderBy: 0,
		type: null,
		...filters,
	};
}
