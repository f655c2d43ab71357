import type { IDataObject, IWebhookFunctions, IWebhookResponseData } from 'n8n-workflow';

import { checkAuthentication } from './auth';
import type { AuthenticationMode } from './auth';
import { readPayload } from './body';
import type { WebhookRequest } from './body';
import { ANY } from './catalog';
import { deliveryKey, seenRecently } from './dedupe';
import {
	DEFAULT_DUPLICATE_WINDOW_SECONDS,
	DEFAULT_MAX_BODY_KB,
	DEFAULT_RECORD_TIME_LIMIT_SECONDS,
} from './description';
import { documentNumberOf, loadRecord, recordSourceOf } from './enrich';
import { normaliseEnvelope } from './webhookEnvelope';
import { accepted, matches } from './filter';
import { acknowledge, answer, quote, STARTED_MESSAGE } from './respond';

/** When a sender should try again after a 503: long enough for a burst to drain. */
const RETRY_AFTER_SECONDS = 30;

interface TriggerOptions {
	duplicateWindowSeconds?: number;
	ignoreDuplicates?: boolean;
	maxBodySizeKb?: number;
	otherEvents?: string;
	otherTopics?: string;
	recordTimeLimitSeconds?: number;
}

function positive(value: number | undefined, fallback: number): number {
	return typeof value === 'number' && Number.isFinite(value) && value > 0 ? value : fallback;
}

/** The answer to a caller that fails the node's authentication, or undefined for one that passes. */
async function refuseStranger(this: IWebhookFunctions): Promise<IWebhookResponseData | undefined> {
	const mode = this.getNodeParameter('authentication', 'none') as AuthenticationMode;
	const auth = await checkAuthentication.call(this, mode);
	if (auth.ok) return undefined;
	// The reason names what was missing or wrong, never a value that was sent or expected.
	this.logger.warn(`Venio Trigger refused a webhook call: ${auth.reason}`, {
		workflowId: this.getWorkflow().id,
		node: this.getNode().name,
	});
	if (auth.unavailable) {
		return answer(this, 503, 'Service unavailable, try again later', {
			'Retry-After': String(RETRY_AFTER_SECONDS),
		});
	}
	const challenge: Record<string, string> =
		mode === 'basicAuth' ? { 'WWW-Authenticate': 'Basic realm="Venio Trigger"' } : {};
	return answer(this, 401, 'Unauthorized', challenge);
}

/** Whether the same delivery came within the duplicate window (and remembers this one). */
function isDuplicate(
	this: IWebhookFunctions,
	options: TriggerOptions,
	envelope: Parameters<typeof deliveryKey>[0],
): boolean {
	const windowMs =
		positive(options.duplicateWindowSeconds, DEFAULT_DUPLICATE_WINDOW_SECONDS) * 1000;
	const key = deliveryKey(envelope, documentNumberOf(envelope));
	const scope = `${this.getWorkflow().id ?? ''}/${this.getNode().id}`;
	return seenRecently(this.getWorkflowStaticData('node'), scope, key, windowMs, Date.now());
}

/**
 * One webhook call, in the order that reveals least to a stranger and costs least: the method,
 * then the secret (before the body is even looked at), then the body's size and shape, then the
 * filters, then duplicates, and only then the Venio API.
 */
export async function receive(this: IWebhookFunctions): Promise<IWebhookResponseData> {
	const request = this.getRequestObject() as WebhookRequest;
	// n8n registers the webhook for POST only; this guards any other route to the node.
	if (String(request.method ?? 'POST').toUpperCase() !== 'POST') {
		return answer(this, 405, 'Only POST is accepted', { Allow: 'POST' });
	}

	const refusal = await refuseStranger.call(this);
	if (refusal) return refusal;

	const options = this.getNodeParameter('options', {}) as TriggerOptions;
	const limitBytes = Math.round(positive(options.maxBodySizeKb, DEFAULT_MAX_BODY_KB) * 1024);
	const payload = await readPayload(request, this.getBodyData(), limitBytes);
	if (payload.kind === 'tooLarge') {
		return answer(
			this,
			413,
			`The body has ${payload.size} bytes; this trigger accepts at most ${limitBytes}`,
		);
	}
	if (payload.kind === 'malformed') return answer(this, 400, payload.reason);
	const normalised = normaliseEnvelope(payload.value);
	if (!normalised.ok) return answer(this, 400, normalised.reason);
	const envelope = normalised.envelope;

	const filter = {
		topics: accepted(this.getNodeParameter('topics', [ANY]) as string[], options.otherTopics ?? ''),
		events: accepted(this.getNodeParameter('events', [ANY]) as string[], options.otherEvents ?? ''),
	};
	if (!matches(filter, envelope)) {
		return acknowledge(
			`Ignored: this trigger does not listen to ${quote(envelope.topic)} ${quote(envelope.event)}`,
		);
	}

	if (options.ignoreDuplicates === true && isDuplicate.call(this, options, envelope)) {
		return acknowledge('Ignored: duplicate of a delivery already received');
	}

	const includeFullRecord = this.getNodeParameter('includeFullRecord', false) as boolean;
	if (!includeFullRecord || recordSourceOf(envelope) === undefined) {
		return { workflowData: [[{ json: envelope }]] };
	}
	// Venio is answered before the record is loaded, so a slow Venio API cannot make Venio's call
	// time out (and come again). A redelivery arriving meanwhile is already known to dedupe.ts.
	answer(this, 200, STARTED_MESSAGE);
	const timeLimitSeconds = positive(
		options.recordTimeLimitSeconds,
		DEFAULT_RECORD_TIME_LIMIT_SECONDS,
	);
	const enrichment: IDataObject = await loadRecord.call(this, envelope, timeLimitSeconds);
	return { workflowData: [[{ json: { ...envelope, ...enrichment } }]], noWebhookResponse: true };
}
