import { NodeApiError, NodeOperationError } from 'n8n-workflow';
import type { IDataObject, IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';

export type ItemError = NodeApiError | NodeOperationError;

/** Keyed items listed by name in a failed run's description; beyond this, index ranges only. */
const MAX_KEYS_LISTED = 50;

/** Fields that name a record, the ones people look records up by first (a code before an ID). */
const KEY_FIELDS = [/Code$/, /No$/, /Id$/];

export function asItemError(context: IExecuteFunctions, error: unknown, i: number): ItemError {
	return error instanceof NodeApiError || error instanceof NodeOperationError
		? error
		: new NodeOperationError(context.getNode(), error as Error, { itemIndex: i });
}

/** "0–15, 17, 20–22": sorted indexes as ranges. */
export function indexRanges(indexes: number[]): string {
	const ranges: string[] = [];
	for (let n = 0; n < indexes.length; n++) {
		const first = indexes[n];
		while (n + 1 < indexes.length && indexes[n + 1] === indexes[n] + 1) n++;
		ranges.push(first === indexes[n] ? String(first) : `${first}–${indexes[n]}`);
	}
	return ranges.join(', ');
}

const isNamed = ([, value]: [string, unknown]) =>
	value !== undefined && value !== null && value !== '' && typeof value !== 'object';

/**
 * "customerCode C001": the record an item acted on, by the code or ID its request named, else (a
 * create) the first one its output names, else whatever its request was keyed by.
 */
function keyText(key: IDataObject | undefined, out: INodeExecutionData[]): string | undefined {
	const asText = ([name, value]: [string, unknown]) =>
		`${name} ${Array.isArray(value) ? value.join(', ') : String(value)}`;
	const given = Object.entries(key ?? {}).filter(
		(entry) => isNamed(entry) || (Array.isArray(entry[1]) && entry[1].length > 0),
	);
	const ids = given.filter(([name]) => KEY_FIELDS.some((field) => field.test(name)));
	if (ids.length > 0) return ids.map(asText).join(', ');
	const fields = Object.entries(out[0]?.json ?? {}).filter(isNamed);
	const made = KEY_FIELDS.map((field) => fields.find(([name]) => field.test(name))).find(Boolean);
	if (made) return asText(made);
	return given.length > 0 ? given.map(asText).join(', ') : undefined;
}

/**
 * What became of each input item in one run: its output, its error, or nothing yet. Output keeps
 * the input's order and pairs every item with its input. With Continue On Fail an error becomes
 * an error item in its place; otherwise the run stops starting work and `finish` throws the first
 * failure (by input order), its description saying which items Venio already carried out (so they
 * are not run again) and which were never sent. A stopped execution (`cancelled`) starts no more
 * work either, and an item it cut short is neither output nor error: n8n then records the
 * execution as stopped, not failed, with the items Venio carried out as the node's output.
 */
export class ItemOutcomes {
	private readonly outputs: Array<INodeExecutionData[] | undefined>;

	private readonly keys: Array<string | undefined>;

	private readonly failures: Array<ItemError | undefined>;

	private failed = false;

	constructor(
		count: number,
		private readonly continueOnFail: boolean,
		/** The action changes records in Venio: a failed run says which items it already changed. */
		private readonly writes: boolean,
		/** n8n's cancel signal: the user stopped the execution, or its timeout passed. */
		private readonly cancelled?: AbortSignal,
	) {
		this.outputs = new Array(count);
		this.keys = new Array(count);
		this.failures = new Array(count);
	}

	/** No further work should start: an item failed and Continue On Fail is off, or a stop. */
	get stopped(): boolean {
		return this.failed || Boolean(this.cancelled?.aborted);
	}

	carriedOut(i: number, out: INodeExecutionData[], key?: IDataObject) {
		this.outputs[i] = out;
		if (this.writes) this.keys[i] = keyText(key, out);
	}

	fail(i: number, error: ItemError) {
		if (this.cancelled?.aborted) return;
		if (this.continueOnFail) {
			const { message, description } = error;
			this.outputs[i] = [
				{
					json: { error: message, description: description ?? undefined },
					pairedItem: { item: i },
				},
			];
			return;
		}
		this.failures[i] = error;
		this.failed = true;
	}

	/** The output of every item, or the first failure, saying what the run did. */
	finish(): INodeExecutionData[] {
		const first = this.failures.findIndex(Boolean);
		if (first === -1) return this.outputs.flatMap((out) => out ?? []);
		const failure = this.failures[first] as ItemError;
		const report = this.report(first);
		if (report) failure.description = `${failure.description ?? failure.message} ${report}`;
		throw failure;
	}

	private report(first: number): string | undefined {
		if (!this.writes || this.outputs.length < 2) return undefined;
		const done: number[] = [];
		const failed: number[] = [];
		const unsent: number[] = [];
		// A plain loop: forEach would skip the slots of items never sent.
		for (let i = 0; i < this.outputs.length; i++) {
			if (this.failures[i]) failed.push(i);
			else if (this.outputs[i]) done.push(i);
			else unsent.push(i);
		}
		const parts = [`The run stopped at item ${first}.`];
		parts.push(
			done.length === 0
				? 'Venio carried out no item of this run.'
				: `Venio already carried out ${this.listed(done)}; run only the others again.`,
		);
		if (failed.length > 1) parts.push(`Failed: items ${indexRanges(failed)}.`);
		if (unsent.length > 0) parts.push(`Never sent: items ${indexRanges(unsent)}.`);
		return parts.join(' ');
	}

	/** "items 0 (customerCode C1), 2 (customerCode C2)", then ranges past MAX_KEYS_LISTED. */
	private listed(indexes: number[]): string {
		const keyed = indexes
			.slice(0, MAX_KEYS_LISTED)
			.map((i) => (this.keys[i] ? `${i} (${this.keys[i]})` : String(i)));
		const rest = indexes.slice(MAX_KEYS_LISTED);
		const text = `item${indexes.length > 1 ? 's' : ''} ${keyed.join(', ')}`;
		return rest.length > 0 ? `${text} and ${indexRanges(rest)}` : text;
	}
}
