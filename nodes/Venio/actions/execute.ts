import { NodeApiError, NodeOperationError } from 'n8n-workflow';
import type { IDataObject, IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';

import { enquiryBody, pagingOf } from '../../shared/api/endpoints';
import { recordsOf } from '../../shared/transport/envelope';
import { DEFAULT_PARALLEL_REQUESTS } from '../../shared/transport/pacer';
import { venioPages, venioUnpaged } from '../../shared/transport/paging';
import { sendRequest } from '../../shared/transport/request';
import { DEFAULT_TIMEOUT_MS } from '../../shared/transport/retry';
import { VenioRun } from '../../shared/transport/run';
import { isTool, listLimit, toolAnswer, toolError } from './asTool';
import { withCodeNames } from './codeNames';
import { forEachIndexInParallel } from './inParallel';
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

async function runAction(
	this: IExecuteFunctions,
	run: VenioRun,
	resource: VenioResource,
	action: VenioAction,
	i: number,
	out: INodeExecutionData[],
) {
	const parts: RequestParts = action.request ? await action.request.call(this, i) : {};
	const label = `${resource.name} › ${action.name}`;
	const simplify =
		action.simplify && (this.getNodeParameter('simplify', i, true) as boolean)
			? action.simplify
			: undefined;

	if (action.paging) {
		await getMany.call(this, run, action, parts, i, label, (records) =>
			emit(out, i, records, simplify),
		);
		return;
	}

	const data = await sendRequest(run, action.endpoint, { ...parts, itemIndex: i, label });
	if (action.result === 'deleted') {
		emit(out, i, [{ deleted: true, ...parts.key }], undefined);
	} else if (action.result === 'success' || saysNothing(data)) {
		emit(out, i, [{ success: true, ...parts.key }], undefined);
	} else {
		emit(out, i, Array.isArray(data) ? data : [data], simplify);
	}
}

function asNodeError(this: IExecuteFunctions, error: unknown, i: number) {
	return error instanceof NodeApiError || error instanceof NodeOperationError
		? error
		: new NodeOperationError(this.getNode(), error as Error, { itemIndex: i });
}

/** The run's connection to Venio, with the Options every operation shares. */
function runFor(context: IExecuteFunctions): VenioRun {
	const option = (name: string, fallback: number) =>
		Math.max(1, Math.floor(context.getNodeParameter(`options.${name}`, 0, fallback) as number));
	return new VenioRun(context, {
		parallelRequests: option('parallelRequests', DEFAULT_PARALLEL_REQUESTS),
		timeoutMs: option('timeout', DEFAULT_TIMEOUT_MS),
	});
}

/**
 * Runs the chosen action once per input item, up to Options › Parallel Requests items at a time
 * (their requests share one run, see transport/run.ts). Output keeps the input's order and every
 * output item is paired with its input. With Continue On Fail a failing item becomes an error item
 * and the rest go on; otherwise no further item starts, the items already running finish, and the
 * error of the first failing item (by input order) is thrown, naming the item.
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

	const items = this.getInputData();
	const outputs: INodeExecutionData[][] = new Array(items.length);
	const failures: Array<NodeApiError | NodeOperationError> = [];
	await forEachIndexInParallel(
		items.length,
		parallel,
		async (i) => {
			const out: INodeExecutionData[] = [];
			try {
				await runAction.call(this, run, resource, action, i, out);
				outputs[i] = out;
			} catch (error) {
				const failure = asNodeError.call(this, error, i);
				if (!this.continueOnFail()) {
					failures[i] = failure;
					return;
				}
				outputs[i] = [
					{
						json: { error: failure.message, description: failure.description ?? undefined },
						pairedItem: { item: i },
					},
				];
			}
		},
		() => failures.length > 0,
	);
	const firstFailure = failures.find(Boolean);
	// As an AI tool (see asTool.ts) the answer and the error are shaped for a language model.
	if (isTool(this)) {
		if (firstFailure) throw toolError(this, action, firstFailure);
		return [toolAnswer(this, action, outputs.flat())];
	}
	if (firstFailure) throw firstFailure;
	return [outputs.flat()];
}
