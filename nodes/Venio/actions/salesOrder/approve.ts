import type { VenioAction } from '../types';
import { salesOrderIds } from './salesOrderFields';

export const approve: VenioAction = {
	value: 'approve',
	name: 'Approve',
	action: 'Approve sales orders by sales order ID',
	description: 'Approve one or more sales orders by their IDs',
	endpoint: 'salesOrderApprove',
	properties: [salesOrderIds.property],
	request(i) {
		const ids = salesOrderIds.read(this, i);
		return { body: { salesOrderIds: ids }, key: { salesOrderIds: ids } };
	},
};
