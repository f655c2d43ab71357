import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import type { EndpointId } from '../../../shared/api/endpoints';
import type { VenioRun } from '../../../shared/transport/run';
import { keepCurrent, readRecord } from '../current';
import type { KeptField } from '../current';
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
	/**
	 * Fields Venio needs on every call that an update may leave empty: read from the document
	 * (`read`, by its number as `pathKey`) and sent back as they are.
	 */
	keep?: { fields: KeptField[]; read: EndpointId; pathKey: string };
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
	].map((property) => ({
		...property,
		displayOptions: { show: { ...FIELDS_MODE.show, ...property.displayOptions?.show } },
	}));
	/** Fields mode: the form's values, and on an update what it left empty kept as it is. */
	async function fieldsBody(
		ctx: IExecuteFunctions,
		run: VenioRun,
		i: number,
	): Promise<IDataObject> {
		const fields = {
			...options.readFields(ctx, i),
			vatCalculation: vatMode.read(ctx, i),
			[lines.detailsKey]: readLineItems(ctx, i, lines),
			...additional.read(ctx, i),
		};
		const number = mode.keyToUpdate(ctx, i);
		if (!number) return fields;
		const { keep } = options;
		const changes = { ...fields, [numberKey]: number };
		if (!keep) return changes;
		return keepCurrent(ctx, i, changes, keep.fields, () =>
			readRecord(run, i, {
				endpoint: keep.read,
				pathParams: { [keep.pathKey]: number },
				label: `${record} › Create or Update`,
			}),
		);
	}

	return {
		value: 'upsert',
		name: 'Create or Update',
		action: `Create or update a ${record} by ${record} number`,
		description: `Create a new ${record}, or update the current one if it already exists (upsert)`,
		endpoint: options.endpoint,
		properties: [...mode.properties, ...fieldsMode],
		async request(i, run) {
			const body = mode.usesJson(this, i) ? mode.json(this, i) : await fieldsBody(this, run, i);
			return { body, key: keyOfBody(body, numberKey) };
		},
	};
}
