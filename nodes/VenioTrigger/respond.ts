import type { IWebhookFunctions, IWebhookResponseData } from 'n8n-workflow';

/**
 * The parts of the response object used here. They are Node's own `http.ServerResponse` methods,
 * which express's response inherits, so an answer works on either.
 */
interface HttpResponse {
	statusCode: number;
	headersSent?: boolean;
	setHeader(name: string, value: string): unknown;
	end(body?: string): unknown;
}

/** The body n8n itself sends when a webhook starts a workflow, so callers see no difference. */
export const STARTED_MESSAGE = 'Workflow was started';

/**
 * Answers the request here and tells n8n not to answer it again. This is how a trigger replies
 * with a status other than n8n's 200 (401, 400, 413, 405), or replies before it has finished.
 */
export function answer(
	context: IWebhookFunctions,
	status: number,
	message: string,
	headers: Record<string, string> = {},
): IWebhookResponseData {
	const response = context.getResponseObject() as HttpResponse;
	if (response.headersSent !== true) {
		response.statusCode = status;
		response.setHeader('Content-Type', 'application/json; charset=utf-8');
		for (const [name, value] of Object.entries(headers)) response.setHeader(name, value);
		response.end(JSON.stringify({ message }));
	}
	return { noWebhookResponse: true };
}

/** How much of a sender's text an answer quotes back. */
const MAX_QUOTED_LENGTH = 40;

/**
 * The start of `text`, for an answer: enough to recognise it, never the whole of what the sender
 * chose to send (an answer must not echo half a megabyte back).
 */
export function quote(text: string): string {
	if (text.length <= MAX_QUOTED_LENGTH) return text;
	// Not cut between the two halves of a surrogate pair.
	return `${text.slice(0, MAX_QUOTED_LENGTH).replace(/[\uD800-\uDBFF]$/, '')}…`;
}

/** A 200 that starts nothing, answered by n8n with this body. */
export function acknowledge(message: string): IWebhookResponseData {
	return { webhookResponse: { message } };
}
