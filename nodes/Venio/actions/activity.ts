import type { IDataObject } from 'n8n-workflow';
import { z } from 'zod';

import type { VenioResource } from './types';
import { filtersCollection } from './fields';
import { jsonParameter, requiredId } from './params';

/** The fields Simplify keeps: what the activity is, who does it, when and where. */
const ACTIVITY_SUMMARY = [
	'activityId',
	'activityNo',
	'subject',
	'activityTypeId',
	'statusId',
	'assignToUserId',
	'dateAppointmentStart',
	'dateAppointmentEnd',
	'visitLocationName',
	'isActive',
] as const;

/** Extra enquiry filters: any JSON object; paging keys are the node's own. */
const customFilters = z
	.record(z.unknown(), { invalid_type_error: 'Expected a JSON object, e.g. {"statusId": 1}' })
	.refine((filters) => !('skip' in filters) && !('take' in filters), {
		message: 'Leave out skip and take: use Return All and Limit instead',
	});

export const activity: VenioResource = {
	value: 'activity',
	name: 'Activity',
	actions: [
		{
			value: 'get',
			name: 'Get',
			action: 'Get an activity',
			description: 'Get an activity (visit, call, meeting...) by its ID',
			endpoint: 'activityGet',
			simplify: ACTIVITY_SUMMARY,
			properties: [
				{
					displayName: 'Activity ID',
					name: 'activityId',
					type: 'number',
					required: true,
					default: 0,
					description: 'The activityId of the activity (a number, not the activity no.)',
				},
			],
			request(i) {
				const activityId = requiredId(this, 'activityId', i, 'Activity ID', 'an activity ID');
				return { pathParams: { activityId }, key: { activityId } };
			},
		},
		{
			value: 'getMany',
			name: 'Get Many',
			action: 'Get many activities',
			description: 'List activities',
			endpoint: 'activitiesEnquiry',
			paging: { skipField: 'skip', sizeField: 'take' },
			simplify: ACTIVITY_SUMMARY,
			properties: [
				filtersCollection([
					{
						displayName: 'Custom Filters (JSON)',
						name: 'customFilters',
						type: 'json',
						default: '{}',
						description:
							'Filter fields sent as they are in the enquiry body, e.g. {"statusId": 1}. Venio does not document its activity filters.',
					},
				]),
			],
			request(i) {
				const filters = this.getNodeParameter('filters', i, {}) as { customFilters?: unknown };
				if (filters.customFilters === undefined || filters.customFilters === '')
					return { body: {} };
				const body = jsonParameter(
					this,
					'filters.customFilters',
					i,
					'Custom Filters (JSON)',
					customFilters,
				);
				return { body: body as IDataObject };
			},
		},
	],
};
