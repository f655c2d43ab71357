import type { IDataObject } from 'n8n-workflow';

import { CUSTOMER_STATE_OPTIONS, CUSTOMER_TYPE_OPTIONS } from './customer/customerEnums';
import { QUOTATION_STATUS_OPTIONS } from './quotation/quotationFields';
import { SALES_ORDER_STATUS_OPTIONS } from './salesOrder/salesOrderFields';

type CodeNames = Record<number, string>;

function namesOf(options: ReadonlyArray<{ name: string; value: number }>): CodeNames {
	return Object.fromEntries(options.map(({ name, value }) => [value, name]));
}

/**
 * What the codes in Venio's answers mean, by field, and the field the name goes in. The meanings
 * are the ones the node's own dropdowns offer, so a code reads the same in and out.
 */
const CODE_FIELDS: Record<string, { nameField: string; names: CodeNames }> = {
	customerType: { nameField: 'customerTypeName', names: namesOf(CUSTOMER_TYPE_OPTIONS) },
	customerStateId: { nameField: 'customerStateName', names: namesOf(CUSTOMER_STATE_OPTIONS) },
	quotationStatus: { nameField: 'quotationStatusName', names: namesOf(QUOTATION_STATUS_OPTIONS) },
	salesOrderStatus: {
		nameField: 'salesOrderStatusName',
		names: namesOf(SALES_ORDER_STATUS_OPTIONS),
	},
};

/**
 * A simplified record made readable: each known code keeps its value and gets its name beside it
 * (customerType 11300, customerTypeName "Customer"), and empty lists are left out. A code with no
 * known meaning is kept as it is, and a name Venio already sent is not overwritten.
 */
export function withCodeNames(record: IDataObject): IDataObject {
	const readable: IDataObject = {};
	for (const [field, value] of Object.entries(record)) {
		if (Array.isArray(value) && value.length === 0) continue;
		readable[field] = value;
		const code = CODE_FIELDS[field];
		const name = code && typeof value === 'number' ? code.names[value] : undefined;
		if (name !== undefined && record[code.nameField] === undefined) readable[code.nameField] = name;
	}
	return readable;
}
