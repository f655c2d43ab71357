import { requiredDigits } from '../params';
import type { VenioAction } from '../types';

export const getTicket: VenioAction = {
	value: 'getTicket',
	name: 'Get Ticket',
	action: 'Get a product ticket',
	description:
		'Get a product ticket by its ID (Gofive lists it next to Create or Update; it likely tracks a product import)',
	endpoint: 'productTicketGet',
	properties: [
		{
			displayName: 'Ticket ID',
			name: 'ticketId',
			type: 'string',
			default: '',
			required: true,
			placeholder: 'e.g. 280',
			description: 'The ID of the ticket',
		},
	],
	request(i) {
		const ticketId = requiredDigits(this, 'ticketId', i, 'Ticket ID');
		return { pathParams: { ticketId }, key: { ticketId } };
	},
};
