import { fixedRows } from '../parameters/collections';
import { invalid } from '../parameters/invalid';
import { toId } from '../parameters/numbers';
import type { VenioAction } from '../types';
import { salesOrderNumberLocator } from './salesOrderFields';

/**
 * Payment statuses. Venio documents only the values 1 and 2; its example marks installment 1 as 2
 * and installment 2 as 1, which reads as 2 = paid, 1 = not yet paid.
 */
const PAYMENT_STATUS_OPTIONS = [
	{ name: 'Not Paid', value: 1, description: 'The installment is still open' },
	{ name: 'Paid', value: 2, description: 'The installment is paid' },
];

const installments = fixedRows(
	{
		displayName: 'Payments',
		name: 'payments',
		type: 'fixedCollection',
		typeOptions: { multipleValues: true },
		placeholder: 'Add Installment',
		default: {},
		required: true,
		description: 'The installments to update, one entry each',
		options: [
			{
				displayName: 'Installment',
				name: 'installment',
				values: [
					{
						displayName: 'Installment Number',
						name: 'periodNo',
						type: 'number',
						typeOptions: { minValue: 1, numberPrecision: 0 },
						default: 1,
						description: 'Which installment: 1 for the first payment, 2 for the second, and so on',
					},
					{
						displayName: 'Payment Status',
						name: 'status',
						type: 'options',
						options: PAYMENT_STATUS_OPTIONS,
						default: 2,
						description: 'Whether this installment is paid',
					},
				],
			},
		],
	},
	'installment',
);

export const updatePayment: VenioAction = {
	value: 'updatePayment',
	name: 'Update Payment',
	action: 'Update the installment payments of a sales order by sales order number',
	description: 'Set the payment status of installments of a sales order',
	endpoint: 'salesOrderPaymentUpdate',
	properties: [salesOrderNumberLocator.property, installments.property],
	request(i) {
		const salesOrderNo = salesOrderNumberLocator.read(this, i);
		const entries = installments.read(this, i);
		if (entries.length === 0) {
			throw invalid(
				this,
				i,
				'Payments: add at least one installment',
				`Add an installment with its number and status.`,
			);
		}
		// Venio's field table calls the installment "InstallmentNumber" but its example (the
		// request actually shown) sends `periodNo`, like every other camelCase body here.
		const payments = entries.map((entry, index) => {
			const where = `Installment ${index + 1}`;
			const status = toId(this, i, `${where}: Status`, entry.status);
			if (!PAYMENT_STATUS_OPTIONS.some((option) => option.value === status)) {
				throw invalid(
					this,
					i,
					`${where}: Payment Status must be Not Paid or Paid`,
					`Got ${status}.`,
				);
			}
			return {
				periodNo: toId(this, i, `${where}: Installment Number`, entry.periodNo),
				status,
			};
		});
		return { pathParams: { salesOrderNo }, body: { payments }, key: { salesOrderNo } };
	},
};
