import { filtersCollection } from '../parameters/collections';
import { toVenioDate } from '../parameters/dates';
import { salesperson } from '../salesDocument/documentFields';
import type { VenioAction } from '../types';
import { QUOTATION_STATUS_OPTIONS, QUOTATION_SUMMARY } from './quotationFields';

const filters = filtersCollection([
	{
		displayName: 'Customer Code',
		name: 'customerCode',
		type: 'string',
		default: '',
		placeholder: 'e.g. C000001',
		description: 'Only quotations of this customer',
	},
	{
		displayName: 'Quotation Date',
		name: 'quotationDate',
		type: 'dateTime',
		default: '',
		description: 'Only quotations created on this date',
	},
	{
		displayName: 'Quotation Number',
		name: 'quotationNo',
		type: 'string',
		default: '',
		placeholder: 'e.g. QT2402000001',
		description: 'Only the quotation with this number',
	},
	{
		...salesperson,
		description:
			'Only quotations owned by this employee (by staff code). Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
	},
	{
		displayName: 'Quotation Status',
		name: 'quotationStatus',
		type: 'options',
		options: QUOTATION_STATUS_OPTIONS,
		default: 1,
		description: 'Only quotations in this state',
	},
]);

export const getMany: VenioAction = {
	value: 'getMany',
	name: 'Get Many',
	action: 'Search quotations by number, status, salesperson, customer or date',
	description: 'Search quotations by number, status, salesperson, customer or date',
	endpoint: 'quotationEnquiry',
	paging: 'enquiry',
	simplify: QUOTATION_SUMMARY,
	properties: [filters.property],
	request(i) {
		const chosen = filters.read(this, i);
		if (chosen.quotationDate !== undefined) {
			chosen.quotationDate = toVenioDate(this, i, 'Quotation Date', chosen.quotationDate);
		}
		return { body: chosen };
	},
};
