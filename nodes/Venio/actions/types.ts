import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import type { EndpointId, EnquiryId } from '../../shared/api/endpoints';
import type { VenioRun } from '../../shared/transport/run';

/** What one action sends, built from one input item's parameters. */
export interface RequestParts {
	pathParams?: Record<string, string | number>;
	body?: IDataObject | IDataObject[];
	qs?: IDataObject;
	/** The record acted on, echoed in `{ success: true, ...key }` when Venio returns nothing. */
	key?: IDataObject;
}

/** Venio's answer for one record of a call that carried several (see Batching). */
export type RowResult =
	/** Carried out: the item's output. */
	| { json: IDataObject }
	/** Venio refused this record, in its own words. */
	| { refused: { message: string; code?: string } }
	/** The answer does not say what became of this record. */
	| { unknown: true };

/**
 * How consecutive items share one call where Venio takes a list (Options › Batch Size): each item's
 * request is built as for a call of its own, then joined.
 */
export interface Batching {
	/**
	 * The records an item acts on (e.g. product codes). Items with one in common never share a call,
	 * and the later one is sent only once the earlier one was answered: the input's order of effect.
	 */
	keys: (parts: RequestParts) => string[];
	/** The body of one call carrying these items' requests, in input order. */
	join: (parts: RequestParts[]) => IDataObject | IDataObject[];
	/** Venio's answer to such a call, as one result per item, in the same order. */
	split: (data: unknown, parts: RequestParts[]) => RowResult[];
}

/** What every action states; see VenioAction. */
interface ActionBase {
	/** The Operation parameter's value, e.g. `getMany`. */
	value: string;
	/** Title Case name, e.g. "Get Many". */
	name: string;
	/** What the action list and AI agents read, e.g. "Get many customers". */
	action: string;
	/** Sentence-case description of what it does. */
	description: string;
	/** Parameters of this action; display options for resource and operation are added for you. */
	properties?: INodeProperties[];
	/**
	 * The request for one item. A read it needs first (read before write, see current.ts) goes
	 * through `run`, the node run's connection, so it is paced, timed and cancelled with the run.
	 */
	request?: (
		this: IExecuteFunctions,
		itemIndex: number,
		run: VenioRun,
	) => RequestParts | Promise<RequestParts>;
	/**
	 * For an update that may read its record first (current.ts): the record an item changes, read
	 * from its parameters without a call; undefined when it creates one. Items of a run with the
	 * same record go in input order, each prepared once the earlier one was answered (recordTurns.ts).
	 */
	record?: (this: IExecuteFunctions, itemIndex: number) => string | number | undefined;
	/**
	 * For a filter Venio cannot be sent (see Get Many Events): which records of a `'list'` answer
	 * to keep, applied before Limit. Returns undefined when the item sets no such filter.
	 */
	keep?: (
		this: IExecuteFunctions,
		itemIndex: number,
	) => ((record: IDataObject) => boolean) | undefined;
	/** `deleted` answers `{ deleted: true, ...key }`, `success` answers `{ success: true, ...key }`. */
	result?: 'data' | 'deleted' | 'success';
	/** Fields kept when Simplify is on; giving it adds the Simplify toggle. */
	simplify?: readonly string[];
	/** Venio takes a list here: items are sent together (adds Options › Batch Size). */
	batch?: Batching;
}

/**
 * `paging` makes an action a Get Many (adding Return All and Limit): `'enquiry'` pages its endpoint
 * as the endpoint table states (`paging` there), `'list'` means the endpoint returns its whole list
 * at once and Limit is applied here.
 */
type Paging =
	| { endpoint: EnquiryId; paging: 'enquiry' }
	| { endpoint: EndpointId; paging?: 'list' };

/**
 * One operation of the Venio node, as data: the UI (`properties`), the endpoint, how an item becomes
 * a request, and how the answer becomes output items. The node's description and its execute
 * router are both derived from these, so an action is written in one place.
 */
export type VenioAction = ActionBase & Paging;

export interface VenioResource {
	value: string;
	name: string;
	actions: VenioAction[];
}
