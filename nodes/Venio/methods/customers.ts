import type { IDataObject, ILoadOptionsFunctions, INodePropertyOptions } from 'n8n-workflow';

import { CUSTOMER_TYPE } from '../actions/customer/customerEnums';
import { venioRequest } from '../transport/request';
import { labelled, SEARCH_PAGE_SIZE, searchMethod } from './sources';
import type { SearchSource } from './sources';

const customers: SearchSource = {
	endpoint: 'customersEnquiry',
	body: (keyword, skip) => ({
		customerType: CUSTOMER_TYPE.customer,
		keyword,
		skip,
		pageLength: SEARCH_PAGE_SIZE,
	}),
	toItem: (record) => ({
		name: labelled(record.customerName, record.customerCode),
		value: String(record.customerCode),
	}),
};

/** The event types as rows: the reference types the answer as one object, in practice a list. */
function eventTypeRows(data: unknown): IDataObject[] {
	if (Array.isArray(data)) return data as IDataObject[];
	return typeof data === 'object' && data !== null ? [data as IDataObject] : [];
}

export const customerMethods = {
	listSearch: {
		searchCustomers: searchMethod(customers),
	},
	loadOptions: {
		/** Customer event types (`eventTypeId` values) for Add/Update Event and the events filter. */
		async getCustomerEventTypes(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
			const rows = eventTypeRows(await venioRequest.call(this, 'customerEventTypesGet'));
			return rows
				.filter((row) => row.eventTypeId !== undefined && row.eventTypeId !== null)
				.map((row) => ({
					name: String(row.eventTypeName ?? row.eventTypeId),
					value: row.eventTypeId as number,
				}))
				.sort((a, b) => a.name.localeCompare(b.name));
		},
	},
};
