import { filtersCollection, orderByFilter } from '../parameters/collections';
import type { VenioAction } from '../types';
import { CUSTOMER_TYPE, CUSTOMER_TYPE_OPTIONS } from './customerEnums';
import { CUSTOMER_SUMMARY } from './customerFields';

const filters = filtersCollection([
	{
		displayName: 'Keyword',
		name: 'keyword',
		type: 'string',
		default: '',
		description: 'Text to find in the customer name, code or contact details',
	},
	orderByFilter,
]);

/** A plain identifier as the default: the n8n lint rule cannot read member expressions there. */
const CUSTOMERS = CUSTOMER_TYPE.customer;

export const getMany: VenioAction = {
	value: 'getMany',
	name: 'Get Many',
	action: 'Get many customers',
	description: 'Search customers by type and keyword',
	endpoint: 'customersEnquiry',
	paging: { skipField: 'skip', sizeField: 'pageLength' },
	simplify: CUSTOMER_SUMMARY,
	properties: [
		{
			displayName: 'Customer Type',
			name: 'customerType',
			type: 'options',
			options: CUSTOMER_TYPE_OPTIONS,
			default: CUSTOMERS,
			description: 'Which kind of customer record to search',
		},
		filters.property,
	],
	request(i) {
		return {
			body: {
				customerType: this.getNodeParameter('customerType', i) as number,
				...filters.read(this, i),
			},
		};
	},
};
