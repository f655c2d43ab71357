import { NodeApiError } from 'n8n-workflow';
import type { IDataObject, IExecuteFunctions, INodeExecutionData, JsonObject } from 'n8n-workflow';

import { ENDPOINTS } from '../../shared/api/endpoints';
import { isRecord } from '../../shared/transport/envelope';
import { isRefusal, venioApiError } from '../../shared/transport/errors';
import { sendRequest } from '../../shared/transport/request';
import type { VenioRun } from '../../shared/transport/run';
import { forEachIndexInParallel } from './inParallel';
import { asItemError, indexRanges } from './itemOutcomes';
import type { ItemError, ItemOutcomes } from './itemOutcomes';
import type { Batching, RequestParts, RowResult, VenioAction, VenioResource } from './types';

/** Items per call unless Options › Batch Size says otherwise; the README explains the choice. */
export const DEFAULT_BATCH_SIZE = 50;

interface Batch {
	items: number[];
	parts: RequestParts[];
	/** Earlier batches acting on a record of this one: it is sent once they were answered. */
	after: Batch[];
	answered: Promise<void>;
	markAnswered: () => void;
}

interface BatchRun {
	run: VenioRun;
	/** Options › Batch Size: items per call. */
	batchSize: number;
	outcomes: ItemOutcomes;
}

function newBatch(): Batch {
	let markAnswered = () => {};
	const answered = new Promise<void>((resolve) => {
		markAnswered = resolve;
	});
	return { items: [], parts: [], after: [], answered, markAnswered };
}

/**
 * Consecutive items, at most `size` a call. An item acting on a record already in the batch starts
 * a new one, and each batch waits for the last earlier batch touching each of its records, so two
 * items for one record take effect in input order whatever order Venio applies a list in.
 */
function groupInBatches(
	requests: Array<RequestParts | undefined>,
	size: number,
	batching: Batching,
) {
	const batches: Batch[] = [];
	const lastWith = new Map<string, Batch>();
	let current: Batch | undefined;
	let currentKeys = new Set<string>();
	requests.forEach((parts, i) => {
		if (!parts) return;
		const keys = batching.keys(parts);
		if (!current || current.items.length >= size || keys.some((key) => currentKeys.has(key))) {
			current = newBatch();
			currentKeys = new Set();
			batches.push(current);
		}
		for (const key of keys) {
			const earlier = lastWith.get(key);
			if (earlier && earlier !== current && !current.after.includes(earlier)) {
				current.after.push(earlier);
			}
			lastWith.set(key, current);
			currentKeys.add(key);
		}
		current.items.push(i);
		current.parts.push(parts);
	});
	return batches;
}

/** The batch's error, as the error of one of its items. */
function forItem(error: ItemError, i: number): ItemError {
	if (!(error instanceof NodeApiError)) return error;
	const { message } = error;
	const copy = {
		message,
		description: error.description ?? undefined,
		httpCode: error.httpCode ?? undefined,
	};
	return new NodeApiError(error.node, copy as JsonObject, { ...copy, itemIndex: i });
}

/** Item i's request, or undefined when building it failed (the failure is the item's). */
async function requestOf(
	this: IExecuteFunctions,
	action: VenioAction,
	run: VenioRun,
	outcomes: ItemOutcomes,
	i: number,
): Promise<RequestParts | undefined> {
	try {
		return action.request ? await action.request.call(this, i, run) : {};
	} catch (error) {
		outcomes.fail(i, asItemError(this, error, i));
		return undefined;
	}
}

/**
 * Every item's request, by input index (undefined for an item that failed). They are built
 * together, as many at once as the run lets requests fly, since building one may read a record
 * first (Product › Create or Update looks the product up): one round trip per item in turn would
 * make the reads the run's slowest part. Once an item failed without Continue On Fail, no further
 * item starts.
 */
async function buildRequests(
	this: IExecuteFunctions,
	action: VenioAction,
	run: VenioRun,
	outcomes: ItemOutcomes,
): Promise<Array<RequestParts | undefined>> {
	const count = this.getInputData().length;
	const requests: Array<RequestParts | undefined> = new Array(count);
	await forEachIndexInParallel(
		count,
		run.pacer.limit,
		async (i) => {
			requests[i] = await requestOf.call(this, action, run, outcomes, i);
		},
		() => outcomes.stopped,
	);
	return requests;
}

/**
 * Builds again the requests of a batch acting on records an earlier batch wrote: built before that
 * write, a request that keeps a record's current values (Product › Create or Update reads the
 * product) would send back what the earlier item changed. An item that now fails leaves the batch.
 */
async function rebuild(
	this: IExecuteFunctions,
	action: VenioAction,
	run: VenioRun,
	outcomes: ItemOutcomes,
	batch: Batch,
): Promise<void> {
	const built = await Promise.all(
		batch.items.map(async (i) => await requestOf.call(this, action, run, outcomes, i)),
	);
	batch.items = batch.items.filter((_, n) => built[n] !== undefined);
	batch.parts = built.filter((parts): parts is RequestParts => parts !== undefined);
}

/**
 * Runs an action whose endpoint takes a list: every item's request is built first (so a bad
 * parameter fails the run before anything is sent, unless Continue On Fail), then consecutive
 * items go to Venio together, Options › Batch Size per call, up to Parallel Requests calls at
 * once, and Venio's answer for each record becomes its item's output or error.
 */
export async function runInBatches(
	this: IExecuteFunctions,
	resource: VenioResource,
	action: VenioAction,
	batching: Batching,
	batchRun: BatchRun,
): Promise<void> {
	const { run, outcomes } = batchRun;
	const requests = await buildRequests.call(this, action, run, outcomes);
	if (outcomes.stopped) return;
	const batches = groupInBatches(requests, batchRun.batchSize, batching);
	const label = `${resource.name} › ${action.name}`;
	await forEachIndexInParallel(
		batches.length,
		run.pacer.limit,
		async (b) => {
			const batch = batches[b];
			await Promise.all(batch.after.map((earlier) => earlier.answered));
			if (batch.after.length > 0) await rebuild.call(this, action, run, outcomes, batch);
			if (batch.items.length === 0 || outcomes.stopped) return batch.markAnswered();
			try {
				await sendBatch.call(this, { run, action, batching, label, outcomes }, batch);
			} finally {
				batch.markAnswered();
			}
		},
		() => outcomes.stopped,
	);
}

interface Sending {
	run: VenioRun;
	action: VenioAction;
	batching: Batching;
	label: string;
	outcomes: ItemOutcomes;
}

/**
 * One call for the batch. A call Venio refused as a whole carried nothing out, so each of its items
 * is then sent alone, to find exactly which Venio refuses; any other failure (an outcome unknown
 * included: such a call is never sent again) is every item's.
 */
async function sendBatch(this: IExecuteFunctions, sending: Sending, batch: Batch): Promise<void> {
	const { action, batching, outcomes } = sending;
	const alone = batch.items.length === 1;
	const label = alone
		? sending.label
		: `${sending.label} (items ${indexRanges(batch.items)} in one call)`;
	let data: unknown;
	try {
		data = await sendRequest(sending.run, action.endpoint, {
			body: batching.join(batch.parts),
			itemIndex: alone ? batch.items[0] : undefined,
			label,
			rowResults: true,
		});
	} catch (error) {
		if (!alone && isRefusal(error)) {
			await Promise.all(
				batch.items.map((i, n) =>
					sendBatch.call(this, sending, { ...batch, items: [i], parts: [batch.parts[n]] }),
				),
			);
			return;
		}
		const failure = asItemError(this, error, batch.items[0]);
		for (const i of batch.items) outcomes.fail(i, forItem(failure, i));
		return;
	}
	const results = batching.split(data, batch.parts);
	batch.items.forEach((i, n) => settle.call(this, sending, i, batch.parts[n], results[n]));
}

/** One item's row of the answer: its output, or its error. */
function settle(
	this: IExecuteFunctions,
	{ action, label, outcomes }: Sending,
	i: number,
	parts: RequestParts,
	result: RowResult | undefined,
) {
	if (result && 'json' in result) {
		const out: INodeExecutionData[] = [{ json: result.json, pairedItem: { item: i } }];
		outcomes.carriedOut(i, out, parts.key);
		return;
	}
	const context = { label, itemIndex: i, attempts: 1, baseUrl: '' };
	if (result && 'refused' in result) {
		const { message, code } = result.refused;
		outcomes.fail(
			i,
			venioApiError(this.getNode(), { apiMessage: message, businessCode: code ?? '' }, context),
		);
		return;
	}
	const endpoint = ENDPOINTS[action.endpoint];
	const check = 'check' in endpoint ? endpoint.check : 'the record was saved';
	const message = `Outcome unknown: Venio may have carried out ${label}`;
	const description = `Venio answered the call but did not say what became of this record, so whether Venio carried it out is unknown. It was not sent again, as that could apply it twice. Check in Venio whether ${check} before running this item again. (item ${i}, ${label})`;
	outcomes.fail(
		i,
		new NodeApiError(this.getNode(), { message, description } as JsonObject, {
			message,
			description,
			itemIndex: i,
		}),
	);
}

/**
 * Venio's row for the n-th of the records sent: the row naming its code (codes are unique within a
 * call, see groupInBatches), else the n-th row when there are as many rows as records.
 */
export function rowOf(
	rows: unknown[],
	n: number,
	sent: number,
	code: unknown,
	codeField = 'productCode',
): IDataObject | undefined {
	const named = rows.find((row) => isRecord(row) && code !== undefined && row[codeField] === code);
	if (named) return named as IDataObject;
	const nth = rows.length === sent ? rows[n] : undefined;
	return isRecord(nth) ? nth : undefined;
}

/** A row carrying Venio's `isSuccess` and `error`: the output `json`, or the record's refusal. */
export function resultOfRow(row: IDataObject | undefined, json = row): RowResult {
	if (!row || !json) return { unknown: true };
	if (row.isSuccess !== false) return { json };
	const error = isRecord(row.error) ? row.error : {};
	const message =
		typeof error.description === 'string' && error.description !== ''
			? error.description
			: 'Venio did not carry out this record and gave no reason';
	return { refused: { message, code: error.code === undefined ? undefined : String(error.code) } };
}
