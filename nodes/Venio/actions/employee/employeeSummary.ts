/** The fields Simplify keeps of an employee: who they are and how to reach them. */
export const EMPLOYEE_SUMMARY = [
	'userId',
	'staffCode',
	'fullname',
	'nickname',
	'position',
	'teamId',
	'teamName',
	'role',
	'phoneNumber',
	'isActive',
] as const;
