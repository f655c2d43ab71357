import type { VenioResource } from './types';
import { customerLocator } from './fields';
import { collection, requiredString } from './params';

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

export const customer: VenioResource = {
	value: 'customer',
	name: 'Customer',
	actions: [
		{
			value: 'get',
			name: 'Get',
			action: 'Get a customer',
			description: 'Get a customer by its customer code',
			endpoint: 'customerGetByCode',
			properties: [customerLocator()],
			simplify: CUSTOMER_SUMMARY,
			request(i) {
				const customerCode = requiredString(this, 'customer', i, 'Customer');
				return { pathParams: { customerCode }, key: { customerCode } };
			},
		},
		{
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
				{
					displayName: 'Filters',
					name: 'filters',
					type: 'collection',
					placeholder: 'Add Filter',
					default: {},
					options: [
						{
							displayName: 'Keyword',
							name: 'keyword',
							type: 'string',
							default: '',
							description: 'Text to find in the customer name, code or contact details',
						},
						{
							displayName: 'Order By',
							name: 'orderBy',
							type: 'string',
							default: '',
							description: 'A column to sort by, as Venio names it',
						},
					],
				},
			],
			request(i) {
				return {
					body: {
						customerType: this.getNodeParameter('customerType', i) as number,
						...collection(this, 'filters', i),
					},
				};
			},
		},
	],
};
