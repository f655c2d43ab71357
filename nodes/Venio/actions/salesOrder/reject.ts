import type { VenioAction } from '../types';
import { salesOrderIds } from './salesOrderFields';
import { requiredText } from '../parameters/parameter';

const reasonField = requiredText({
	displayName: 'Reason',
	name: 'reason',
	type: 'string',
	typeOptions: { rows: 2 },
	default: '',
	required: true,
	description: 'Why the sales orders are rejected',
});

export const reject: VenioAction = {
	value: 'reject',
	name: 'Reject',
	action: 'Reject sales orders by sales order ID, with a reason',
	description: 'Reject one or more sales orders by their IDs, with a reason',
	endpoint: 'salesOrderReject',
	properties: [salesOrderIds.property, reasonField.property],
	request(i) {
		const ids = salesOrderIds.read(this, i);
		const reason = reasonField.read(this, i);
		// DELETE with a JSON body, as Venio documents it.
		return { body: { salesOrderIds: ids, reason }, key: { salesOrderIds: ids } };
	},
};
