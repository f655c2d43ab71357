import type { IDataObject } from 'n8n-workflow';
import { z } from 'zod';

import { ENDPOINTS } from '../../../shared/api/endpoints';
import { filtersCollection } from '../parameters/collections';
import { jsonParameter } from '../parameters/json';
import type { VenioAction } from '../types';
import { ACTIVITY_SUMMARY } from './activitySummary';

const { skipField, sizeField } = ENDPOINTS.activitiesEnquiry.paging;

/** Extra enquiry filters: any JSON object; paging keys are the node's own. */
const customFilters = z
	.record(z.unknown(), { invalid_type_error: 'Expected a JSON object, e.g. {"statusId": 1}' })
	.refine((filters) => !(skipField in filters) && !(sizeField in filters), {
		message: `Leave out ${skipField} and ${sizeField}: use Return All and Limit instead`,
	});

const filters = filtersCollection([
	{
		displayName: 'Custom Filters (JSON)',
		name: 'customFilters',
		type: 'json',
		default: '{}',
		description: 'Filters as a JSON object, sent to Venio as they are, e.g. {"statusId": 1}',
	},
]);

export const getMany: VenioAction = {
	value: 'getMany',
	name: 'Get Many',
	action: 'Get many activities (visits, calls, meetings)',
	description: 'List activities: visits, calls and meetings',
	endpoint: 'activitiesEnquiry',
	paging: 'enquiry',
	simplify: ACTIVITY_SUMMARY,
	properties: [filters.property],
	request(i) {
		const { name } = filters.property;
		const chosen = this.getNodeParameter(name, i, {}) as { customFilters?: unknown };
		if (chosen.customFilters === undefined || chosen.customFilters === '') return { body: {} };
		const body = jsonParameter(
			this,
			`${name}.customFilters`,
			i,
			'Custom Filters (JSON)',
			customFilters,
		);
		return { body: body as IDataObject };
	},
};
