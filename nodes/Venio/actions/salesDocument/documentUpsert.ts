import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import type { EndpointId } from '../../../shared/api/endpoints';
import type { RecordLocator } from '../parameters/locators';
import type { Parameter } from '../parameters/parameter';
import { FIELDS_MODE, keyOfBody, upsertMode } from '../parameters/upsertMode';
import type { VenioAction } from '../types';
import { vatMode } from './documentFields';
import { lineItemsProperty, readLineItems } from './lineItems';
import type { LineItemOptions } from './lineItems';

/**
 * Create or Update of a quotation or a sales order. Both take the document as JSON or field by
 * field; in Fields mode the document's own fields come first, then the VAT mode, the line items
 * and the Additional Fields, and an update names the document by its number.
 */
export interface DocumentUpsertOptions {
	/** What is created or updated, in lower case: "quotation" or "sales order". */
	record: string;
	endpoint: EndpointId;
	/** The body key of the document's number: given to update, left out to create. */
	numberKey: 'quotationNo' | 'salesOrderNo';
	/** The whole body as JSON (JSON mode), checked by the document's schema. */
	json: Parameter<unknown>;
	/** The document to update, by its number. */
	toUpdate: RecordLocator;
	/** The document's own fields in Fields mode, in the order shown. */
	fields: INodeProperties[];
	/** Reads `fields` of item i into the body. */
	readFields(ctx: IExecuteFunctions, i: number): IDataObject;
	lines: LineItemOptions;
	/** The Additional Fields (see documentAdditionalFields). */
	additional: Parameter<IDataObject>;
}

export function documentUpsert(options: DocumentUpsertOptions): VenioAction {
	const { record, numberKey, lines, additional } = options;
	const mode = upsertMode({
		record,
		newKey: 'a new number',
		givenKey: 'the number you give',
		json: options.json,
		toUpdate: options.toUpdate,
	});
	const fieldsMode = [
		...options.fields,
		vatMode.property,
		lineItemsProperty(lines),
		additional.property,
	].map((property) => ({ ...property, displayOptions: FIELDS_MODE }));
	return {
		value: 'upsert',
		name: 'Create or Update',
		action: `Create or update a ${record}: without a number Venio creates one, with a number it updates that ${record}; returns the ${record} as saved`,
		description: 'Create a new record, or update the current one if it already exists (upsert)',
		endpoint: options.endpoint,
		properties: [...mode.properties, ...fieldsMode],
		request(i) {
			const body = mode.body(this, i, () => {
				const fields = {
					...options.readFields(this, i),
					vatCalculation: vatMode.read(this, i),
					[lines.detailsKey]: readLineItems(this, i, lines),
					...additional.read(this, i),
				};
				const number = mode.keyToUpdate(this, i);
				return number ? { ...fields, [numberKey]: number } : fields;
			});
			return { body, key: keyOfBody(body, numberKey) };
		},
	};
}
