import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { additionalFields } from '../parameters/collections';
import { customerLocator } from '../parameters/locators';
import { toNumber } from '../parameters/numbers';
import type { VenioAction } from '../types';
import { serialNumber } from './productFields';
import { choice, requiredDateTime, requiredText } from '../parameters/parameter';

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

const serialNumberField = serialNumber;

const purchaseDate = requiredDateTime(
	{
		displayName: 'Purchase Date',
		name: 'purchaseDate',
		type: 'dateTime',
		default: '',
		required: true,
		description: 'The day the customer bought the product',
	},
	'date',
);

const customerBy = choice<string>({
	displayName: 'Identify Customer By',
	name: 'customerBy',
	type: 'options',
	options: [
		{ name: 'Customer Code', value: 'code', description: 'A customer of your Venio account' },
		{ name: 'Customer Name', value: 'name', description: 'The name the buyer gave' },
	],
	default: 'code',
	description: 'Venio needs either the customer code or the customer name',
});

const buyerName = requiredText({
	displayName: 'Customer Name',
	name: 'customerName',
	type: 'string',
	default: '',
	required: true,
	placeholder: 'e.g. John Doe',
	description: 'The name of the buyer',
	displayOptions: { show: { customerBy: ['name'] } },
});

const serialVerifyProperties: INodeProperties[] = [
	serialNumberField.property,
	purchaseDate.property,
	customerBy.property,
	customerLocator.with({ displayOptions: { show: { customerBy: ['code'] } } }).property,
	buyerName.property,
	optional.property,
];

function request(this: IExecuteFunctions, i: number) {
	const SerialNumber = serialNumberField.read(this, i);
	const body: IDataObject = {
		SerialNumber,
		PurchaseDate: purchaseDate.read(this, i),
	};
	if (customerBy.read(this, i) === 'name') {
		body.CustomerName = buyerName.read(this, i);
	} else {
		body.CustomerCode = customerLocator.read(this, i);
	}
	for (const [key, value] of Object.entries(optional.read(this, i))) {
		if (key === 'Latitude') body[key] = toNumber(this, i, 'Latitude', value);
		else if (key === 'Longtitude') body[key] = toNumber(this, i, 'Longitude', value);
		else body[key] = typeof value === 'string' ? value.trim() : value;
	}
	return { body, key: { serialNumber: SerialNumber } };
}

export const verifySerialNumber: VenioAction = {
	value: 'verifySerialNumber',
	name: 'Verify Serial Number',
	action: 'Verify a serial number and register it to a customer',
	description: 'Register and verify the serial number of a product a customer bought',
	endpoint: 'productSerialVerify',
	properties: serialVerifyProperties,
	request,
};
