import { ENDPOINTS } from '../../../shared/api/endpoints';
import { filtersCollection } from '../parameters/collections';
import { choice } from '../parameters/parameter';
import type { VenioAction } from '../types';
import { CUSTOMER_TYPE_OPTIONS } from './customerEnums';
import { CUSTOMER_SUMMARY } from './customerFields';

const filters = filtersCollection([
	{
		displayName: 'Keyword',
		name: 'keyword',
		type: 'string',
		default: '',
		description: 'Text to find in the customer name, code or contact details',
	},
]);

/**
 * The enquiry's own default type (customers) as the default; a plain identifier, since the n8n
 * lint rule cannot read member expressions there.
 */
const CUSTOMERS = ENDPOINTS.customersEnquiry.body.customerType;

const customerState = choice<number>({
	displayName: 'Customer State',
	name: 'customerType',
	type: 'options',
	options: CUSTOMER_TYPE_OPTIONS,
	default: CUSTOMERS,
	description: 'Which kind of customer record to search',
});

export const getMany: VenioAction = {
	value: 'getMany',
	name: 'Get Many',
	action: 'Search customers by keyword (name, code, phone or email)',
	description: 'Search customers by type and keyword',
	endpoint: 'customersEnquiry',
	paging: 'enquiry',
	simplify: CUSTOMER_SUMMARY,
	properties: [customerState.property, filters.property],
	request(i) {
		return {
			body: {
				customerType: customerState.read(this, i),
				...filters.read(this, i),
			},
		};
	},
};
