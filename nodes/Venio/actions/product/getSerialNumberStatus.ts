import { requiredString } from '../parameters/text';
import type { VenioAction } from '../types';

export const getSerialNumberStatus: VenioAction = {
	value: 'getSerialNumberStatus',
	name: 'Get Serial Number Status',
	action: 'Get the status of a serial number; returns whether the product serial number is registered, and to whom',
	description: 'Get the registration status of a product serial number',
	endpoint: 'productSerialStatusGet',
	properties: [
		{
			displayName: 'Serial Number',
			name: 'serialNumber',
			type: 'string',
			default: '',
			required: true,
			description: 'The serial number to look up',
		},
	],
	request(i) {
		const serialNumber = requiredString(this, 'serialNumber', i, 'Serial Number');
		return { qs: { serialNumber }, key: { serialNumber } };
	},
};
