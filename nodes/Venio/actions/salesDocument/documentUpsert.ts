import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import type { EndpointId } from '../../../shared/api/endpoints';
import type { VenioRun } from '../../../shared/transport/run';
import { keepCurrent, kept, readRecord } from '../current';
import type { KeptField } from '../current';
import type { RecordLocator } from '../parameters/locators';
import { defineParameter } from '../parameters/parameter';
import type { Parameter } from '../parameters/parameter';
import { FIELDS_MODE, keyOfBody, upsertMode } from '../parameters/upsertMode';
import type { VenioAction } from '../types';
import { requiredField } from './documentField';
import type { DocumentField } from './documentField';
import { vatMode } from './documentFields';
import { lineItemsProperty, linesOfRecord, readLineItems } from './lineItems';
import type { LineItemOptions } from './lineItems';

/**
 * Create or Update of a quotation or a sales order. Both take the document as JSON or field by
 * field; in Fields mode the document's own fields come first, then the VAT mode, the line items
 * and the Additional Fields, and an update names the document by its number. An update changes
 * only what the user set: Venio needs the whole document on every call, so a field it needs that
 * the update leaves empty (line items included) is read from the document and sent back as it is.
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
	/** The document's own fields in Fields mode, in the order shown (the status last). */
	fields: DocumentField[];
	lines: LineItemOptions;
	/** The Additional Fields (see documentAdditionalFields). */
	additional: Parameter<IDataObject>;
	/**
	 * How an update reads the document (`read`, by its number as `pathKey`) for the fields it left
	 * empty; `also` names Additional Fields Venio needs on an update.
	 */
	keep: { read: EndpointId; pathKey: string; also?: KeptField[] };
}

/** The VAT mode and the line items: the same on both documents, needed to create either. */
function pricingFields(lines: LineItemOptions): DocumentField[] {
	const vat = requiredField(vatMode, {
		key: 'vatCalculation',
		kept: kept('vatCalculation', 'VAT Mode'),
	});
	const lineItems = defineParameter(lineItemsProperty(lines), (ctx, i) =>
		readLineItems(ctx, i, lines),
	);
	const keptLines: KeptField = {
		field: lines.detailsKey,
		label: 'Line Items',
		from: (record) => linesOfRecord(record, lines),
	};
	return [
		vat,
		requiredField(lineItems, {
			key: lines.detailsKey,
			kept: keptLines,
			keepHint: 'Lines given replace all current lines; leave empty to keep them.',
		}),
	];
}

export function documentUpsert(options: DocumentUpsertOptions): VenioAction {
	const { record, numberKey, additional, keep } = options;
	const mode = upsertMode({
		record,
		newKey: 'a new number',
		givenKey: 'the number you give',
		json: options.json,
		toUpdate: options.toUpdate,
	});
	const fields = [...options.fields, ...pricingFields(options.lines)];
	const needed = [...fields.flatMap((field) => field.kept ?? []), ...(keep.also ?? [])];
	const fieldsMode = [...fields.flatMap((field) => field.properties), additional.property].map(
		(property) => ({
			...property,
			displayOptions: { show: { ...FIELDS_MODE.show, ...property.displayOptions?.show } },
		}),
	);
	/** Fields mode: the form's values, and on an update what it left empty kept as it is. */
	async function fieldsBody(
		ctx: IExecuteFunctions,
		run: VenioRun,
		i: number,
	): Promise<IDataObject> {
		const number = mode.keyToUpdate(ctx, i);
		const values = fields.map((field) =>
			number ? field.readChange(ctx, i) : field.readNew(ctx, i),
		);
		const body = Object.assign({}, ...values, additional.read(ctx, i)) as IDataObject;
		if (!number) return body;
		return keepCurrent(ctx, i, { ...body, [numberKey]: number }, needed, () =>
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
		record(i) {
			return mode.recordToUpdate(this, i);
		},
		async request(i, run) {
			const body = mode.usesJson(this, i) ? mode.json(this, i) : await fieldsBody(this, run, i);
			return { body, key: keyOfBody(body, numberKey) };
		},
	};
}
