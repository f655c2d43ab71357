import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import type { EndpointId } from '../../shared/api/endpoints';
import { isRecord } from '../../shared/transport/envelope';
import { sendRequest } from '../../shared/transport/request';
import type { VenioRun } from '../../shared/transport/run';
import { invalid } from './parameters/invalid';

/**
 * Read before write: some Venio updates refuse a body without fields the user did not want to
 * change (Deal › Update needs the name, value, probability, close date and owner every time; a
 * case edit replaces the whole case). Such an update reads the record first and sends its current
 * values back for every field the user left empty, so an update changes only what the user set.
 * This costs one more call, and a change someone makes in between can be overwritten.
 */

/** A field Venio needs on every write: where its current value is found in the record read. */
export interface KeptField {
	/** The body field, e.g. `dealName`. */
	field: string;
	/** What the form calls it, for the error when Venio's record does not have it. */
	label: string;
	/** Its current value in the record read; undefined or null when the record does not say. */
	from: (record: IDataObject) => unknown;
}

/** A record field read as it is, e.g. `kept('assignTo', 'Owner')`; `source` when it is named otherwise. */
export const kept = (field: string, label: string, source = field): KeptField => ({
	field,
	label,
	from: (record) => record[source],
});

/** How to read the record an update changes. */
export interface RecordRead {
	endpoint: EndpointId;
	pathParams?: Record<string, string | number>;
	qs?: IDataObject;
	/** What the user ran, e.g. "Deal › Update"; errors of the read name it. */
	label: string;
}

/**
 * One GET of what an update is about, as Venio answers it; sent through the node run, so it shares
 * the run's pace, Timeout, credential and cancel signal with the writes.
 */
export async function readAnswer(run: VenioRun, i: number, read: RecordRead): Promise<unknown> {
	return await sendRequest(run, read.endpoint, {
		pathParams: read.pathParams,
		qs: read.qs,
		itemIndex: i,
		label: read.label,
	});
}

/** One GET of the record an update is about, as a record (an empty one when Venio says nothing). */
export async function readRecord(run: VenioRun, i: number, read: RecordRead): Promise<IDataObject> {
	const data = await readAnswer(run, i, read);
	return isRecord(data) ? data : {};
}

/**
 * `body` with each of `fields` the user left out filled in from the record: `read` is called once,
 * and only when a field is missing (an update that sets them all costs no extra call). A field the
 * record does not have is an error asking the user to set it, rather than a value made up.
 */
export async function keepCurrent(
	ctx: IExecuteFunctions,
	i: number,
	body: IDataObject,
	fields: KeptField[],
	read: () => Promise<IDataObject>,
): Promise<IDataObject> {
	const missing = fields.filter(({ field }) => body[field] === undefined);
	if (missing.length === 0) return body;
	const record = await read();
	const current: IDataObject = {};
	for (const { field, label, from } of missing) {
		const value = from(record);
		if (value === undefined || value === null) {
			throw invalid(
				ctx,
				i,
				`${label} is required here`,
				`Venio needs ${label} and has no current value to keep (the record is new, or Venio does not return it). Set ${label}.`,
			);
		}
		current[field] = value as IDataObject[string];
	}
	return { ...current, ...body };
}
