import { z } from 'zod';

import { jsonParameter } from './params';
import type { VenioResource } from './types';

/**
 * Conversation Enquiry is known only from client code that forwards a caller's body unchanged, so
 * its filters are not published: they are given as a JSON object. Its paging fields are not
 * published either; it is paged with `skip` + `take`, as the documented v1 enquiry of the current
 * portal (Quotation Enquiry) is, rather than the legacy enquiries' `pageLength`.
 */
const FILTERS = z.record(z.string(), z.any());

export const conversation: VenioResource = {
	value: 'conversation',
	name: 'Conversation',
	actions: [
		{
			value: 'getMany',
			name: 'Get Many',
			action: 'Get many conversations',
			description:
				'Search chat conversations (LINE, Messenger and other channels connected to Venio)',
			endpoint: 'conversationEnquiry',
			paging: { skipField: 'skip', sizeField: 'take' },
			properties: [
				{
					displayName: 'Filters (JSON)',
					name: 'filtersJson',
					type: 'json',
					default: '{}',
					description:
						'Filters as a JSON object of Venio enquiry fields, sent as the request body. Leave {} for all conversations.',
				},
			],
			request(i) {
				const raw = this.getNodeParameter('filtersJson', i, '') as unknown;
				if (typeof raw === 'string' && raw.trim() === '') return { body: {} };
				return { body: jsonParameter(this, 'filtersJson', i, 'Filters (JSON)', FILTERS) };
			},
		},
	],
};
