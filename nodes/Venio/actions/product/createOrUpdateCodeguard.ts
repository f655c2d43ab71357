import type { IDataObject } from 'n8n-workflow';
import { z } from 'zod';

import { jsonParameter } from '../parameters/json';
import type { VenioAction } from '../types';

const jsonObject = z.record(z.unknown()).refine((value) => Object.keys(value).length > 0, {
	message: 'Expected at least one field',
});
const codeguardBody = z.union([jsonObject, z.array(jsonObject).min(1)], {
	errorMap: () => ({ message: 'Expected a JSON object with fields, or a list of such objects' }),
});

export const createOrUpdateCodeguard: VenioAction = {
	value: 'createOrUpdateCodeguard',
	name: 'Create or Update Codeguard Product',
	action: 'Create or update a Codeguard product by product code',
	description:
		'Create or update a Codeguard (serial-number protected) product from JSON, keyed by its product code',
	endpoint: 'codeguardProductsCreateOrUpdate',
	properties: [
		{
			displayName: 'Product (JSON)',
			name: 'productJson',
			type: 'json',
			default: '{\n  "products": [\n    { "productCode": "", "productName": "" }\n  ]\n}',
			required: true,
			description:
				'The body Venio expects, as JSON: an object (e.g. a products list, as in Create or Update) or a list of objects. It is sent as given.',
		},
	],
	request(i) {
		const body = jsonParameter(this, 'productJson', i, 'Product (JSON)', codeguardBody);
		return { body: body as IDataObject | IDataObject[] };
	},
};
