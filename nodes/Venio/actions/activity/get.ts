import { keyInPath } from '../parameters/keyInPath';
import { requiredId } from '../parameters/parameter';
import type { VenioAction } from '../types';
import { ACTIVITY_SUMMARY } from './activitySummary';

const activity = requiredId(
	{
		displayName: 'Activity ID',
		name: 'activityId',
		type: 'number',
		required: true,
		default: 0,
		description: 'The activityId of the activity (a number, not the activity no.)',
	},
	'an activity ID',
);

export const get: VenioAction = {
	value: 'get',
	name: 'Get',
	action: 'Get an activity (visit, call, meeting) by its numeric ID; returns its type, time, customer, owner and notes',
	description: 'Get an activity (visit, call, meeting...) by its ID',
	endpoint: 'activityGet',
	simplify: ACTIVITY_SUMMARY,
	...keyInPath(activity, 'activityId'),
};
