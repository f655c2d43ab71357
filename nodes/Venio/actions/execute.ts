import { NodeOperationError } from 'n8n-workflow';
import type { IDataObject, IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';

import { ENDPOINTS, enquiryBody, isRead, pagingOf } from '../../shared/api/endpoints';
import { abortable } from '../../shared/transport/cancel';
import { recordsOf } from '../../shared/transport/envelope';
import { DEFAULT_PARALLEL_REQUESTS } from '../../shared/transport/pacer';
import { venioPages, venioUnpaged } from '../../shared/transport/paging';
import { sendRequest } from '../../shared/transport/request';
import { DEFAULT_TIMEOUT_MS } from '../../shared/transport/retry';
import { VenioRun } from '../../shared/transport/run';
import { isTool, listLimit, toolAnswer, toolError } from './asTool';
import { withCodeNames } from './codeNames';
import { DEFAULT_BATCH_SIZE, runInBatches } from './batching';
import { forEachPreparedInParallel } from './inParallel';
import { asItemError, ItemOutcomes } from './itemOutcomes';
import { RecordTurns } from './recordTurns';
import type { ItemError } from './itemOutcomes';
import type { RequestParts, VenioAction, VenioResource } from './types';

function pick(record: IDataObject, fields: readonly string[]): IDataObject {
	const picked: IDataObject = {};
	for (const field of fields) if (record[field] !== undefined) picked[field] = record[field];
	return picked;
}

function asRecord(value: unknown): IDataObject {
	return typeof value === 'object' && value !== null
		? (value as IDataObject)
		: { value: value as string };
}

/** An answer with nothing to show still produces one item, so the workflow can go on from it. */
function saysNothing(data: unknown): boolean {
	return (
		data === undefined ||
		data === null ||
		data === true ||
		(Array.isArray(data) && data.length === 0)
	);
}

/** Turns what Venio returned into output items for input item `i`, streaming into `out`. */
function emit(
	out: INodeExecutionData[],
	i: number,
	records: unknown[],
	simplify: readonly string[] | undefined,
) {
	for (const record of records) {
		const json = asRecord(record);
		out.push({
			json: simplify ? withCodeNames(pick(json, simplify)) : json,
			pairedItem: { item: i },
		});
	}
}

/**
 * A Get Many: a whole list cut to Limit here, an enquiry paged, or one that cannot page asked
 * once, with a hint on the output when its answer may be cut.
 */
async function getMany(
	this: IExecuteFunctions,
	run: VenioRun,
	action: VenioAction,
	parts: RequestParts,
	i: number,
	label: string,
	emitRecords: (records: unknown[]) => void,
) {
	const limit = listLimit(this, i);
	if (action.paging !== 'enquiry') {
		const all = recordsOf(
			await sendRequest(run, action.endpoint, { ...parts, itemIndex: i, label }),
		);
		const keep = action.keep?.call(this, i);
		const rows = keep ? all.filter(keep) : all;
		emitRecords(limit === undefined ? rows : rows.slice(0, limit));
		return;
	}
	const { skipField, sizeField } = pagingOf(action.endpoint);
	const paging = {
		...parts,
		body: enquiryBody(action.endpoint, parts.body as IDataObject | undefined),
		limit,
		itemIndex: i,
		label,
	};
	if (!skipField) {
		const answer = await venioUnpaged(run, action.endpoint, {
			...paging,
			style: { sizeField },
		});
		emitRecords(answer.records);
		if (answer.mayBeCut) {
			this.addExecutionHints({
				message: `Item ${i}: ${answer.mayBeCut}`,
				type: 'warning',
				location: 'outputPane',
			});
		}
		return;
	}
	const pages = venioPages(run, action.endpoint, {
		...paging,
		style: { skipField, sizeField },
	});
	for await (const page of pages) emitRecords(page);
}

/** What an item needs before its call: its request, read from its parameters. */
interface PreparedAction {
	parts: RequestParts;
	simplify: readonly string[] | undefined;
}

async function prepareAction(
	this: IExecuteFunctions,
	run: VenioRun,
	action: VenioAction,
	i: number,
): Promise<PreparedAction> {
	const parts: RequestParts = action.request ? await action.request.call(this, i, run) : {};
	const simplify =
		action.simplify && (this.getNodeParameter('simplify', i, true) as boolean)
			? action.simplify
			: undefined;
	return { parts, simplify };
}

async function performAction(
	this: IExecuteFunctions,
	run: VenioRun,
	resource: VenioResource,
	action: VenioAction,
	i: number,
	{ parts, simplify }: PreparedAction,
	out: INodeExecutionData[],
): Promise<IDataObject | undefined> {
	const label = `${resource.name} › ${action.name}`;
	if (action.paging) {
		await getMany.call(this, run, action, parts, i, label, (records) =>
			emit(out, i, records, simplify),
		);
		return parts.key;
	}

	const data = await sendRequest(run, action.endpoint, { ...parts, itemIndex: i, label });
	if (action.result === 'deleted') {
		emit(out, i, [{ deleted: true, ...parts.key }], undefined);
	} else if (action.result === 'success' || saysNothing(data)) {
		emit(out, i, [{ success: true, ...parts.key }], undefined);
	} else {
		emit(out, i, Array.isArray(data) ? data : [data], simplify);
	}
	return parts.key;
}

/**
 * The record item `i` changes (VenioAction.record), or undefined; a parameter it cannot read is
 * left to the item's own preparation to report.
 */
function recordOf(context: IExecuteFunctions, action: VenioAction, i: number): string | undefined {
	try {
		const record = action.record?.call(context, i);
		return record === undefined || record === '' ? undefined : String(record);
	} catch {
		return undefined;
	}
}

/** A whole number of 1 or more from the Options every operation shares. */
function option(context: IExecuteFunctions, name: string, fallback: number): number {
	return Math.max(
		1,
		Math.floor(context.getNodeParameter(`options.${name}`, 0, fallback) as number),
	);
}

/** The run's connection to Venio, with the Options every operation shares. */
function runFor(context: IExecuteFunctions): VenioRun {
	return new VenioRun(context, {
		parallelRequests: option(context, 'parallelRequests', DEFAULT_PARALLEL_REQUESTS),
		timeoutMs: option(context, 'timeout', DEFAULT_TIMEOUT_MS),
	});
}

/**
 * Every item's output, or the first failure; as an AI tool (see asTool.ts) the answer and the
 * error are shaped for a language model.
 */
function finish(
	context: IExecuteFunctions,
	action: VenioAction,
	outcomes: ItemOutcomes,
): INodeExecutionData[] {
	if (!isTool(context)) return outcomes.finish();
	try {
		return toolAnswer(context, action, outcomes.finish());
	} catch (failure) {
		throw toolError(context, action, failure as ItemError);
	}
}

/**
 * Runs the chosen action once per input item, up to Options › Parallel Requests items at a time,
 * the next items' parameters read while they wait (inParallel.ts; their requests share one run,
 * see transport/run.ts), or, where Venio takes a list, a batch
 * of items per call (batching.ts). Output keeps the input's order and every output item is paired
 * with its input. With Continue On Fail a failing item becomes an error item and the rest go on;
 * otherwise no further item starts, the items already running finish, and the error of the first
 * failing item (by input order) is thrown, naming the item and what the run did (itemOutcomes.ts).
 */
export async function executeResources(
	this: IExecuteFunctions,
	resources: VenioResource[],
): Promise<INodeExecutionData[][]> {
	const resourceValue = this.getNodeParameter('resource', 0) as string;
	const operation = this.getNodeParameter('operation', 0) as string;
	const resource = resources.find((r) => r.value === resourceValue);
	const action = resource?.actions.find((a) => a.value === operation);
	if (!resource || !action) {
		throw new NodeOperationError(
			this.getNode(),
			`The operation "${operation}" is not known for resource "${resourceValue}"`,
		);
	}
	const run = runFor(this);
	const parallel = run.pacer.limit;

	const count = this.getInputData().length;
	const writes = !isRead(ENDPOINTS[action.endpoint]);
	const outcomes = new ItemOutcomes(count, this.continueOnFail(), writes, run.signal);
	if (action.batch) {
		const batchSize = option(this, 'batchSize', DEFAULT_BATCH_SIZE);
		await runInBatches.call(this, resource, action, action.batch, { run, batchSize, outcomes });
		return [finish(this, action, outcomes)];
	}
	const turns = new RecordTurns();
	await forEachPreparedInParallel(
		count,
		parallel,
		async (i) => {
			// Taken before the first await: preparations start in input order, and so do turns.
			await abortable(turns.take(i, recordOf(this, action, i)), run.signal);
			return await prepareAction.call(this, run, action, i);
		},
		async (i, prepared) => {
			const out: INodeExecutionData[] = [];
			try {
				if ('error' in prepared) throw prepared.error;
				const key = await performAction.call(this, run, resource, action, i, prepared.value, out);
				outcomes.carriedOut(i, out, key);
			} catch (error) {
				outcomes.fail(i, asItemError(this, error, i));
			} finally {
				turns.done(i);
				if (outcomes.stopped) turns.stop();
			}
		},
		() => outcomes.stopped,
	);
	return [finish(this, action, outcomes)];
}
