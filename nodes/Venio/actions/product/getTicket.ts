import { pathId } from '../parameters/numbers';
import { requiredString } from '../parameters/text';
import type { VenioAction } from '../types';

export const getTicket: VenioAction = {
	value: 'getTicket',
	name: 'Get Ticket',
	action: "Get a product ticket by its number; returns the ticket's product, serial number and status",
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
		const ticketId = pathId(this, i, 'Ticket ID', requiredString(this, 'ticketId', i, 'Ticket ID'));
		return { pathParams: { ticketId }, key: { ticketId } };
	},
};
