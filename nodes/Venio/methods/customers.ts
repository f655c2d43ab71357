import type { IDataObject, ILoadOptionsFunctions, INodePropertyOptions } from 'n8n-workflow';

import { venioRequest } from '../transport/request';
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

/** A lookup answer as rows: the reference types event types as one object, in practice a list. */
function rowsOf(data: unknown): IDataObject[] {
	if (Array.isArray(data)) return data as IDataObject[];
	return typeof data === 'object' && data !== null ? [data as IDataObject] : [];
}

export const customerMethods = {
	listSearch: {
		async searchCustomers(this: ILoadOptionsFunctions, filter?: string, token?: string) {
			return await searchEnquiry(this, customers, filter, token);
		},
	},
	loadOptions: {
		/** Customer event types (`eventTypeId` values) for Add/Update Event and the events filter. */
		async getCustomerEventTypes(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
			const rows = rowsOf(await venioRequest.call(this, 'customerEventTypesGet'));
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
