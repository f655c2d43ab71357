import { labelled, SEARCH_PAGE_SIZE, searchMethod } from './sources';
import type { SearchSource } from './sources';

/**
 * The search behind the Quotation locator. Quotation Enquiry has no keyword search, so the typed
 * filter is sent as the quotation number. (Venio has no sales-order enquiry, so the Sales Order
 * locator has no list.)
 */
const quotations: SearchSource = {
	endpoint: 'quotationEnquiry',
	body: (quotationNo, skip) => ({ quotationNo, skip, take: SEARCH_PAGE_SIZE }),
	toItem: (record) => ({
		name: labelled(record.quotationSubject, record.quotationNo),
		value: String(record.quotationNo),
	}),
};

export const quotationMethods = {
	listSearch: {
		searchQuotations: searchMethod(quotations),
	},
	loadOptions: {},
};
