import type { VenioAction } from '../types';
import { quotationLocator } from './quotationFields';

export const convertToSalesOrder: VenioAction = {
	value: 'convertToSalesOrder',
	name: 'Convert to Sales Order',
	action: 'Convert a quotation to a sales order by quotation number',
	description: 'Create a sales order from a quotation',
	endpoint: 'quotationConvertToSalesOrder',
	properties: [quotationLocator.property],
	request(i) {
		const quotationNo = quotationLocator.read(this, i);
		// Venio documents this body in PascalCase: {"QuotationNo": ...}.
		return {
			pathParams: { quotationNo },
			body: { QuotationNo: quotationNo },
			key: { quotationNo },
		};
	},
};
