'use strict';
// Venio webhook bodies for the trigger's tests.

/**
 * One envelope for each example the Venio payload page lists (its JSON bodies were not kept), built
 * from webhooks.md: its eight reconstructed bodies verbatim, the others from the data-field table,
 * plus Chat / Message as a third-party receiver handles it. Values are invented; shapes documented.
 */
const envelope = (topic, event, data) => ({ modifiedBy: 'EMP0001', webhookName: 'to-n8n', topic, event, data });
const DOCUMENTED_EXAMPLES = [
	envelope('Customer', 'Create', { Owners: ['EMP0003'], customerName: 'ACME Co., Ltd.', CustomerCode: 'C000349', CreatedBy: 'EMP0003' }),
	envelope('Customer', 'Merge', {
		FromCustomerCode: 'C000350',
		FromCustomerName: 'ACME (dup)',
		ToCustomerCode: 'C000349',
		ToCustomerName: 'ACME Co., Ltd.',
		CreatedBy: 'EMP0003',
	}),
	envelope('Customer', 'Convert', { Owners: ['EMP0003'], customerName: 'Lead Co.', CustomerCode: 'C000351', CreatedBy: 'EMP0003' }),
	envelope('Quotation', 'Create', { Owners: ['EMP0003'], QuotationNo: 'QT2402000002', CreatedBy: 'EMP0003' }),
	envelope('Quotation', 'Revise', { Owners: ['EMP0003'], QuotationNo: 'QT2402000001', CreatedBy: 'EMP0003' }),
	envelope('Expense', 'Paid', { ExpenseNo: 'EX2301000001', CreatedBy: 'EMP0007' }),
	envelope('Expense', 'PendingSummary', { ExpenseNo: 'EX2301000002', CreatedBy: 'EMP0007' }),
	envelope('User', 'Inactive', { CompanyName: 'ACME Co., Ltd.', EmployeeRefId: 'EMP0042', CreatedBy: 'EMP0001' }),
	envelope('Payroll', 'Paid', { CompanyName: 'ACME Co., Ltd.', PeriodCalculateNo: 11, Year: 2026, IsExtendPeriod: false, CreatedBy: 'EMP0001' }),
	envelope('SaleOrder', 'Create', { Owners: ['EMP0003'], SaleOrderNo: 'SO260600040', CreatedBy: 'EMP0003' }),
	envelope('SaleOrder', 'Edit', { Owners: ['EMP0003'], SaleOrderNo: 'SO260600041', CreatedBy: 'EMP0003' }),
	envelope('SaleOrder', 'Completed', { Owners: ['EMP0003'], SaleOrderNo: 'SO260600039', CreatedBy: 'EMP0003' }),
	envelope('Asset', 'Edit', { CreatedBy: 'EMP0003' }),
	envelope('Asset', 'Transfer', { CreatedBy: 'EMP0003' }),
	envelope('Case', 'Create', { Owners: ['EMP0003'], CaseNo: 'T250200011', CreatedBy: 'EMP0003' }),
	envelope('Case', 'Edit', { Owners: ['EMP0003'], CaseNo: 'T250200010', CreatedBy: 'EMP0003' }),
	envelope('Case', 'Completed', { Owners: ['EMP0003'], CaseNo: 'T250200012', CreatedBy: 'EMP0003' }),
	envelope('Case', 'Closed', { CaseNo: 'T250200013', CreatedBy: 'EMP0003' }),
	envelope('Chat', 'Message', {
		ChatMessage: { RoomId: 'room-0001', Platform: 1, Content: 'Hello', User: { OriginalName: 'Somchai Jaidee' } },
		CreatedBy: 'EMP0003',
	}),
];

/** The same envelope with PascalCase keys (`Topic`, `Data`), as live receivers read them. */
function pascalCase(body) {
	return Object.fromEntries(Object.entries(body).map(([key, value]) => [key[0].toUpperCase() + key.slice(1), value]));
}

module.exports = { DOCUMENTED_EXAMPLES, pascalCase };
