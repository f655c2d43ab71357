import type { VenioAction } from '../types';
import { serialNumber } from './productFields';

const serialNumberField = serialNumber.with({ description: 'The serial number to look up' });

export const getSerialNumberStatus: VenioAction = {
	value: 'getSerialNumberStatus',
	name: 'Get Serial Number Status',
	action: 'Get the registration status of a serial number',
	description: 'Get the registration status of a product serial number',
	endpoint: 'productSerialStatusGet',
	properties: [serialNumberField.property],
	request(i) {
		const serialNumber = serialNumberField.read(this, i);
		return { qs: { serialNumber }, key: { serialNumber } };
	},
};
