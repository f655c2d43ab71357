import { additionalFields } from '../parameters/collections';
import { requiredString } from '../parameters/text';
import type { VenioAction } from '../types';
import { salesOrderNumberLocator } from './salesOrderFields';

const optional = additionalFields([
	{
		displayName: 'Shipping Document URL',
		name: 'shippingDocumentUrl',
		type: 'string',
		default: '',
		description: 'A link to the shipping document, e.g. the waybill PDF',
	},
]);

export const updateTrackingNumber: VenioAction = {
	value: 'updateTrackingNumber',
	name: 'Update Tracking Number',
	action: 'Update the tracking number of a sales order by sales order number; returns what Venio saved',
	description: 'Set the shipment tracking number of a sales order',
	endpoint: 'salesOrderTrackingNumberUpdate',
	properties: [
		salesOrderNumberLocator.property,
		{
			displayName: 'Tracking Number',
			name: 'trackingNo',
			type: 'string',
			default: '',
			required: true,
			description: "The carrier's tracking number of the shipment",
		},
		optional.property,
	],
	request(i) {
		const salesOrderNo = salesOrderNumberLocator.read(this, i);
		const trackingNo = requiredString(this, 'trackingNo', i, 'Tracking Number');
		return {
			pathParams: { salesOrderNo },
			body: { trackingNo, ...optional.read(this, i) },
			key: { salesOrderNo, trackingNo },
		};
	},
};
