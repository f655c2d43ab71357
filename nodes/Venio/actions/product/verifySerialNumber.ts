import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { additionalFields } from '../parameters/collections';
import { customerLocator } from '../parameters/locators';
import { toVenioDate } from '../parameters/dates';
import { toNumber, wholeNumber } from '../parameters/numbers';
import { requiredString } from '../parameters/text';
import type { VenioAction } from '../types';

const optional = additionalFields([
	{
		displayName: 'Latitude',
		name: 'Latitude',
		type: 'number',
		typeOptions: { numberPrecision: 6, minValue: -90, maxValue: 90 },
		default: 0,
		description: 'Where the serial number was registered, e.g. 13.7563',
	},
	{
		displayName: 'Longitude',
		name: 'Longtitude',
		type: 'number',
		typeOptions: { numberPrecision: 6, minValue: -180, maxValue: 180 },
		default: 0,
		description: 'Where the serial number was registered, e.g. 100.5018',
	},
	{
		displayName: 'Note',
		name: 'Note',
		type: 'string',
		default: '',
		description: 'A note stored with the verification',
	},
	{
		displayName: 'Sales Order Number',
		name: 'SaleOrderNo',
		type: 'string',
		default: '',
		placeholder: 'e.g. SO23080001',
		description: 'The sales order the product was sold on',
	},
]);

const serialVerifyProperties: INodeProperties[] = [
	{
		displayName: 'Serial Number',
		name: 'serialNumber',
		type: 'string',
		default: '',
		required: true,
		description: 'The serial number printed on the product',
	},
	{
		displayName: 'Purchase Date',
		name: 'purchaseDate',
		type: 'dateTime',
		default: '',
		required: true,
		description: 'The day the customer bought the product',
	},
	{
		displayName: 'Identify Customer By',
		name: 'customerBy',
		type: 'options',
		options: [
			{ name: 'Customer Code', value: 'code', description: 'A customer of your Venio account' },
			{ name: 'Customer Name', value: 'name', description: 'The name the buyer gave' },
		],
		default: 'code',
		description: 'Venio needs either the customer code or the customer name',
	},
	customerLocator.with({ displayOptions: { show: { customerBy: ['code'] } } }).property,
	{
		displayName: 'Customer Name',
		name: 'customerName',
		type: 'string',
		default: '',
		required: true,
		placeholder: 'e.g. John Doe',
		description: 'The name of the buyer',
		displayOptions: { show: { customerBy: ['name'] } },
	},
	optional.property,
];

function request(this: IExecuteFunctions, i: number) {
	const SerialNumber = requiredString(this, 'serialNumber', i, 'Serial Number');
	const body: IDataObject = {
		SerialNumber,
		PurchaseDate: toVenioDate(
			this,
			i,
			'Purchase Date',
			this.getNodeParameter('purchaseDate', i, ''),
			'date',
		),
	};
	if (this.getNodeParameter('customerBy', i, 'code') === 'name') {
		body.CustomerName = requiredString(this, 'customerName', i, 'Customer Name');
	} else {
		body.CustomerCode = customerLocator.read(this, i);
	}
	for (const [key, value] of Object.entries(optional.read(this, i))) {
		if (key === 'CustomerType') body[key] = wholeNumber(this, i, 'Customer Type', value);
		else if (key === 'Latitude') body[key] = toNumber(this, i, 'Latitude', value);
		else if (key === 'Longtitude') body[key] = toNumber(this, i, 'Longitude', value);
		else body[key] = typeof value === 'string' ? value.trim() : value;
	}
	return { body, key: { serialNumber: SerialNumber } };
}

export const verifySerialNumber: VenioAction = {
	value: 'verifySerialNumber',
	name: 'Verify Serial Number',
	action: 'Verify a product serial number',
	description: 'Register and verify the serial number of a product a customer bought',
	endpoint: 'productSerialVerify',
	properties: serialVerifyProperties,
	request,
};
