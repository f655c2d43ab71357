import type { ILoadOptionsFunctions } from 'n8n-workflow';

import { labelled, SEARCH_PAGE_SIZE, searchEnquiry } from './sources';
import type { SearchSource } from './sources';

const customers: SearchSource = {
	endpoint: 'customersEnquiry',
	body: (keyword, skip) => ({ customerType: 11300, keyword, skip, pageLength: SEARCH_PAGE_SIZE }),
	toItem: (record) => ({
		name: labelled(record.customerName, record.customerCode),
		value: String(record.customerCode),
	}),
};

export const customerMethods = {
	listSearch: {
		async searchCustomers(this: ILoadOptionsFunctions, filter?: string, token?: string) {
			return await searchEnquiry(this, customers, filter, token);
		},
	},
	loadOptions: {},
};
