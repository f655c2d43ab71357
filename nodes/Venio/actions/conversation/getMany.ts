import { z } from 'zod';

import { jsonBody } from '../parameters/parameter';
import type { VenioAction } from '../types';

/**
 * Conversation Enquiry is known only from client code that forwards a caller's body unchanged, so
 * its filters are not published: they are given as a JSON object (nor are its paging fields: see
 * its line in the endpoint table).
 */
const filtersJson = jsonBody(
	{
		displayName: 'Filters (JSON)',
		name: 'filtersJson',
		type: 'json',
		default: '{}',
		description:
			'Filters as a JSON object of Venio enquiry fields, sent as the request body. Leave {} for all conversations.',
	},
	z.record(z.string(), z.any()),
);

export const getMany: VenioAction = {
	value: 'getMany',
	name: 'Get Many',
	action: 'Get many chat conversations (LINE, Messenger and other channels)',
	description: 'Search chat conversations (LINE, Messenger and other channels connected to Venio)',
	endpoint: 'conversationEnquiry',
	paging: 'enquiry',
	properties: [filtersJson.property],
	request(i) {
		const raw = this.getNodeParameter(filtersJson.property.name, i, '') as unknown;
		if (typeof raw === 'string' && raw.trim() === '') return { body: {} };
		return { body: filtersJson.read(this, i) };
	},
};
