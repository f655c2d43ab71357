/** Venio's expense types (the Create Expense and Expense Enquiry field tables). */
export const EXPENSE_TYPE = {
	accommodation: 1001,
	entertainment: 1002,
	fuel: 1003,
	other: 1004,
	training: 1005,
	travelling: 1006,
	meetingWithStaff: 1007,
	meetingWithSales: 1008,
} as const;

export const EXPENSE_TYPE_OPTIONS = [
	{ name: 'Accommodation', value: EXPENSE_TYPE.accommodation },
	{ name: 'Entertainment', value: EXPENSE_TYPE.entertainment },
	{ name: 'Fuel', value: EXPENSE_TYPE.fuel },
	{ name: 'Meeting With Sales', value: EXPENSE_TYPE.meetingWithSales },
	{ name: 'Meeting With Staff', value: EXPENSE_TYPE.meetingWithStaff },
	{ name: 'Other', value: EXPENSE_TYPE.other },
	{ name: 'Training', value: EXPENSE_TYPE.training },
	{ name: 'Travelling', value: EXPENSE_TYPE.travelling },
];
