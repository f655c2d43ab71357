/** The fields Simplify keeps of an activity: what it is, who does it, when and where. */
export const ACTIVITY_SUMMARY = [
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
