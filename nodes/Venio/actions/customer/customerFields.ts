import { requiredText } from '../parameters/parameter';

/** The fields Simplify keeps: enough to identify and contact a customer. */
export const CUSTOMER_SUMMARY = [
	'customerId',
	'customerCode',
	'customerName',
	'customerType',
	'customerStateId',
	'email',
	'isActive',
	'customerOwnersStr',
	'dateCreated',
	'dateModified',
] as const;

/** A customer's name, which Venio keeps unique: Create or Update sends it, Get by Name looks it up. */
export const customerName = requiredText({
	displayName: 'Customer Name',
	name: 'customerName',
	type: 'string',
	required: true,
	default: '',
	placeholder: 'e.g. Acme Co., Ltd.',
});
