import { requiredId } from '../params';
import type { VenioAction } from '../types';
import { ACTIVITY_SUMMARY } from './activitySummary';

export const get: VenioAction = {
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
};
