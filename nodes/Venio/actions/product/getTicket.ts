import { pathId } from '../parameters/numbers';
import { defineParameter, labelOf } from '../parameters/parameter';
import { requiredString } from '../parameters/text';
import type { VenioAction } from '../types';

const ticketId = defineParameter(
	{
		displayName: 'Ticket ID',
		name: 'ticketId',
		type: 'string',
		default: '',
		required: true,
		placeholder: 'e.g. 280',
		description: 'The ID of the ticket',
	},
	(ctx, i, p) => pathId(ctx, i, labelOf(p), requiredString(ctx, p.name, i, labelOf(p))),
);

export const getTicket: VenioAction = {
	value: 'getTicket',
	name: 'Get Ticket',
	action: 'Get a product ticket by ticket ID',
	description: 'Get a product ticket by its ticket ID',
	endpoint: 'productTicketGet',
	properties: [ticketId.property],
	request(i) {
		const id = ticketId.read(this, i);
		return { pathParams: { ticketId: id }, key: { ticketId: id } };
	},
};
