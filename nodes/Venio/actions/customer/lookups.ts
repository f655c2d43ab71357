import type { VenioAction } from '../types';
import { customerLocator, filtersCollection, orderByFilter } from '../fields';
import { collection } from '../params';
import { keyInPath } from '../requests';
import { customerNameProperty } from './fields';

/** Customer types of the enquiry filter (Venio's own numbers). */
export const CUSTOMER_TYPE_OPTIONS = [
	{ name: 'Lead', value: 11100 },
	{ name: 'Prospect', value: 11200 },
	{ name: 'Customer', value: 11300 },
];

/** The fields Simplify keeps: enough to identify and contact a customer. */
const CUSTOMER_SUMMARY = [
	'customerId',
	'customerCode',
	'customerName',
	'customerType',
	'customerStateId',
	'email',
	'isActive',
	'customerOwnersStr',
	'dateCreated',
	'dateModified',
] as const;

export const get: VenioAction = {
	value: 'get',
	name: 'Get',
	action: 'Get a customer',
	description: 'Get a customer by its customer code',
	endpoint: 'customerGetByCode',
	...keyInPath(customerLocator(), 'customerCode'),
	simplify: CUSTOMER_SUMMARY,
};

export const getByName: VenioAction = {
	value: 'getByName',
	name: 'Get by Name',
	action: 'Find a customer by name',
	description: 'Get a customer by its exact name',
	endpoint: 'customerGetByName',
	simplify: CUSTOMER_SUMMARY,
	...keyInPath(
		{ ...customerNameProperty, description: 'The full customer name to look up' },
		'customerName',
	),
};

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
			default: 11300,
			description: 'Which kind of customer record to search',
		},
		filtersCollection([
			{
				displayName: 'Keyword',
				name: 'keyword',
				type: 'string',
				default: '',
				description: 'Text to find in the customer name, code or contact details',
			},
			orderByFilter,
		]),
	],
	request(i) {
		return {
			body: {
				customerType: this.getNodeParameter('customerType', i) as number,
				...collection(this, 'filters', i),
			},
		};
	},
};
