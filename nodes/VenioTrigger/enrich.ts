import { sleep } from 'n8n-workflow';
import type { IDataObject, IWebhookFunctions } from 'n8n-workflow';

import type { EndpointId } from '../shared/api/endpoints';
import { isRecord } from '../shared/transport/envelope';
import { venioRequest } from '../shared/transport/request';
import type { VenioEnvelope } from './webhookEnvelope';

interface RecordSource {
	/** Keys in the webhook's `data` holding the record's number, tried in order. */
	dataKeys: string[];
	endpoint: EndpointId;
	pathParam: string;
	label: string;
}

/**
 * Which record a webhook is about, and the call that loads it: the one place this mapping lives.
 * A merge names the surviving customer as ToCustomerCode (the FromCustomerCode record is gone).
 * Expense is left out: Venio gets an expense by its id, not by the ExpenseNo the webhook carries
 * (a Venio node's Expense enquiry after the trigger can find it). User and Payroll belong to
 * Gofive's HR product, which the Venio API does not serve.
 */
// A Map, not an object literal: a topic is the sender's text, and `constructor` or `__proto__` must
// find nothing rather than an inherited property.
const RECORD_SOURCES = new Map<string, RecordSource>([
	[
		'customer',
		{
			dataKeys: ['CustomerCode', 'ToCustomerCode'],
			endpoint: 'customerGetByCode',
			pathParam: 'customerCode',
			label: 'Customer',
		},
	],
	[
		'quotation',
		{ dataKeys: ['QuotationNo'], endpoint: 'quotationGetByNo', pathParam: 'quotationNo', label: 'Quotation' },
	],
	[
		'saleorder',
		{ dataKeys: ['SaleOrderNo'], endpoint: 'salesOrderGetByNo', pathParam: 'salesOrderNo', label: 'Sales order' },
	],
	['case', { dataKeys: ['CaseNo'], endpoint: 'caseGetByCaseNo', pathParam: 'caseNo', label: 'Case' }],
]);

export function recordSourceOf(envelope: VenioEnvelope): RecordSource | undefined {
	return RECORD_SOURCES.get(envelope.topic.trim().toLowerCase());
}

/** The record's number from `data`; key case is ignored, as Venio's casing varies. */
export function documentNumberOf(envelope: VenioEnvelope): string | undefined {
	const source = recordSourceOf(envelope);
	if (!source || !isRecord(envelope.data)) return undefined;
	const data = envelope.data;
	const keys = Object.keys(data);
	for (const wanted of source.dataKeys) {
		const key = keys.find((candidate) => candidate.toLowerCase() === wanted.toLowerCase());
		const value = key === undefined ? undefined : data[key];
		if ((typeof value === 'string' && value.trim() !== '') || typeof value === 'number') {
			return String(value).trim();
		}
	}
	return undefined;
}

/** What the time limit's sleep resolves to, so the race can tell it from a record. */
const OUT_OF_TIME = Symbol('out of time');

function seconds(count: number): string {
	return `${count} second${count === 1 ? '' : 's'}`;
}

/**
 * What "Include Full Record" adds to the item: `record`, or `recordError` saying why there is none.
 * Never throws: the event is worth more than its enrichment, so it always goes out.
 *
 * Venio has been answered by now, so until the item goes out the event exists only in this
 * process's memory. The whole load, token call and retry waits included, therefore gets
 * `timeLimitSeconds`; after that the event goes out without its record, and the request and any
 * retry wait are cancelled, so nothing keeps running for an event that has moved on.
 */
export async function loadRecord(
	this: IWebhookFunctions,
	envelope: VenioEnvelope,
	timeLimitSeconds: number,
): Promise<IDataObject> {
	const source = recordSourceOf(envelope);
	if (!source) return {};
	const number = documentNumberOf(envelope);
	if (number === undefined) {
		return { recordError: `The event's data has no ${source.dataKeys.join(' or ')} to load the record by` };
	}
	const abandon = new AbortController();
	// Settles either way: aborted once the record is in, it must not reject unobserved.
	const timeLimit = sleep(timeLimitSeconds * 1000, abandon.signal).then(
		() => OUT_OF_TIME,
		() => OUT_OF_TIME,
	);
	try {
		const record = await Promise.race([
			venioRequest.call(this, source.endpoint, {
				pathParams: { [source.pathParam]: number },
				label: `Venio Trigger › load ${source.label} ${number}`,
				abortSignal: abandon.signal,
			}),
			timeLimit,
		]);
		if (record === OUT_OF_TIME) {
			return {
				recordError: `Could not load ${source.label} ${number} within the Record Time Limit of ${seconds(timeLimitSeconds)}, so the event went out without it. Load it in a later step, or raise the limit under Options.`,
			};
		}
		return { record: record as IDataObject };
	} catch (error) {
		// The transport's errors carry Venio's message and a hint on what to fix; both are kept.
		const { message, description } = error as { message?: string; description?: string | null };
		const why = [message, description]
			.filter((part): part is string => typeof part === 'string' && part.trim() !== '')
			.map((part) => part.trim().replace(/([^.!?)])$/, '$1.'));
		return {
			recordError: `Could not load ${source.label} ${number}. ${why.join(' ') || 'Unknown error.'}`,
		};
	} finally {
		abandon.abort();
	}
}
