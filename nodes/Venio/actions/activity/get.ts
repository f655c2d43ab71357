import { keyInPath } from '../parameters/keyInPath';
import { requiredId } from '../parameters/parameter';
import type { VenioAction } from '../types';
import { ACTIVITY_SUMMARY } from './activitySummary';

const activity = requiredId({
	displayName: 'Activity ID',
	name: 'activityId',
	type: 'string',
	required: true,
	default: '',
	placeholder: 'e.g. 50012',
	description:
		'The number that identifies the activity, as Get Many returns it (not its activity number, e.g. A20250200028)',
});

export const get: VenioAction = {
	value: 'get',
	name: 'Get',
	action: 'Get an activity by activity ID',
	description: 'Get an activity (visit, call, meeting...) by its ID',
	endpoint: 'activityGet',
	simplify: ACTIVITY_SUMMARY,
	...keyInPath(activity, 'activityId'),
};
