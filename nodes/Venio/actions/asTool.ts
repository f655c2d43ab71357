import { NodeApiError, NodeOperationError } from 'n8n-workflow';
import type {
	IDataObject,
	IExecuteFunctions,
	INodeExecutionData,
	INodeParameters,
	INodeProperties,
	NodeParameterValueType,
} from 'n8n-workflow';

import { limitParameter, returnAllParameter } from './parameters/numbers';
import type { VenioAction } from './types';

/**
 * The node run as an AI tool (the `venioTool` variant n8n makes of a node with `usableAsTool`):
 * a language model reads the answer and the error, so both are shaped for it. A Get Many is
 * bounded by its Limit and says when more match; an error says what went wrong in the terms the
 * model used (the arguments it passed, not form labels or item indexes) and what to try next.
 */

/** n8n names the tool variant of a node type `<name>Tool` (what its `@tool` display option tests). */
export function isTool(ctx: IExecuteFunctions): boolean {
	return ctx.getNode().type.endsWith('Tool');
}

/**
 * How many records a Get Many asks for: undefined for all. A tool never returns all (its answer
 * goes into a model's context) and asks for one more than Limit, to know whether more match.
 */
export function listLimit(ctx: IExecuteFunctions, i: number): number | undefined {
	if (isTool(ctx)) return limitParameter(ctx, i) + 1;
	if (returnAllParameter(ctx, i)) return undefined;
	return limitParameter(ctx, i);
}

/** Null, blank and empty values: nothing for a model to read, only to pay for. */
function isEmpty(value: unknown): boolean {
	if (value === null || value === '') return true;
	if (Array.isArray(value)) return value.length === 0;
	return typeof value === 'object' && Object.keys(value as object).length === 0;
}

function withoutEmpty(json: IDataObject): IDataObject {
	const kept: IDataObject = {};
	for (const [key, value] of Object.entries(json)) if (!isEmpty(value)) kept[key] = value;
	return kept;
}

/**
 * A tool's answer: the records without their empty fields; a Get Many cut to Limit with a last
 * line saying more match, or that none did.
 */
export function toolAnswer(
	ctx: IExecuteFunctions,
	action: VenioAction,
	output: INodeExecutionData[],
): INodeExecutionData[] {
	const items = output.map((item) => ({ ...item, json: withoutEmpty(item.json) }));
	if (!action.paging) return items;
	const limit = limitParameter(ctx, 0);
	const note = (json: IDataObject) => ({ json, pairedItem: { item: 0 } });
	if (items.length === 0) {
		return [note({ found: 0, note: 'Nothing matched. Try a shorter or different search.' })];
	}
	if (items.length <= limit) return items;
	return [
		...items.slice(0, limit),
		note({
			moreResults: true,
			note: `Only the first ${limit} results are shown; more match. Narrow the search (for example a more specific keyword) to find the others.`,
		}),
	];
}

/** `$fromAI('key', …)` in a parameter value: the key the model fills it with. */
const FROM_AI = /\$fromAI\(\s*['"`]([\w-]+)['"`]/g;

/** Which top-level parameter each `$fromAI()` key fills, e.g. `customerCode` fills `customer`. */
function argumentsOf(parameters: INodeParameters): Map<string, string> {
	const keys = new Map<string, string>();
	const visit = (top: string, value: NodeParameterValueType | INodeParameters) => {
		if (typeof value === 'string') {
			for (const match of value.matchAll(FROM_AI)) keys.set(match[1], top);
		} else if (value && typeof value === 'object') {
			for (const inner of Object.values(value)) visit(top, inner as NodeParameterValueType);
		}
	};
	for (const [name, value] of Object.entries(parameters)) visit(name, value);
	return keys;
}

/** The labels a form field goes by in the node's messages: "Stage Name or ID" is also "Stage". */
function labelsOf(property: INodeProperties | undefined): string[] {
	if (!property) return [];
	const label = property.displayName;
	const short = label.replace(/ Name or ID$/, '').replace(/ \([^)]*\)$/, '');
	return [...new Set([label, short, `${short} ID`])].sort((a, b) => b.length - a.length);
}

const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The node's words in the model's terms: each `$fromAI()` parameter's form label becomes the
 * argument's name ("Probability (%)" → "probability"), unless it begins a longer label
 * ("Customer" in "Customer State" stays).
 */
function inArgumentTerms(words: string, parameters: INodeParameters, action: VenioAction): string {
	let text = words;
	for (const [key, parameter] of argumentsOf(parameters)) {
		const property = action.properties?.find((p) => p.name === parameter);
		for (const label of labelsOf(property)) {
			text = text.replace(new RegExp(`\\b${escaped(label)}(?! [A-Z])`, 'g'), key);
		}
	}
	return text;
}

/** Whether `text` names `word` as a word of its own. */
const names = (text: string, word: string) => new RegExp(`\\b${escaped(word)}\\b`).test(text);

const shownValue = (value: unknown) => {
	const text = typeof value === 'string' ? value : JSON.stringify(value);
	return text.length > 80 ? `${text.slice(0, 77)}...` : text;
};

/** What to try next, by what went wrong: the model cannot fix a credential or an outage. */
function nextStep(error: Error & { httpCode?: string | null }, fromVenio: boolean): string {
	if (!fromVenio) return 'Correct that argument and call the tool again.';
	const status = Number(error.httpCode);
	if (status === 401 || status === 403 || /credential/i.test(error.message)) {
		return 'This is a setup problem in n8n, not in your input: tell the user the Venio API credential needs fixing.';
	}
	const unanswered = /could not be reached|cut off|malformed/i.test(error.message);
	if (status === 429 || status >= 500 || unanswered) {
		return 'Tell the user if it keeps failing.';
	}
	return 'If you are not sure of a code or ID, look it up with a search or list tool first.';
}

/**
 * The error a tool call ends with, for the model: the node's own message with the form labels of
 * the `$fromAI()` parameters replaced by their argument names, no item index or "Resource ›
 * Operation" label, the arguments it is about, and what to try next. n8n hands the model
 * `<name>: <message>\n\nDetails: <description>`, so the name is what the message is about.
 */
export function toolError(
	ctx: IExecuteFunctions,
	action: VenioAction,
	error: Error & { description?: string | null; httpCode?: string | null },
): NodeOperationError {
	const args = (ctx.getInputData()[0]?.json ?? {}) as IDataObject;
	const fromVenio = error instanceof NodeApiError;
	const ours = `${error.message}\n${error.description ?? ''}`
		.replace(/\s*\(item \d+(, [^)]*)?\)/g, '')
		.replace(/\bItem \d+: /g, '')
		.replace(/\b[A-Z][\w ]* › [A-Z][\w ]*/g, 'this call');
	// Venio's own words name Venio's things ("Customer C999999 was not found"): kept as they are.
	const words = fromVenio ? ours : inArgumentTerms(ours, ctx.getNode().parameters, action);
	// The arguments the message is about: named in it, or their value quoted (a code, a name).
	const about = Object.keys(args).filter((key) => {
		const value = shownValue(args[key]);
		return names(words, key) || (value.length >= 3 && words.includes(value));
	});
	const passed = (about.length ? about : Object.keys(args))
		.map((key) => `${key} ${shownValue(args[key])}`)
		.join(', ');
	const [message, hint] = [
		words.slice(0, words.indexOf('\n')),
		words.slice(words.indexOf('\n') + 1),
	];
	const toolMessage = new NodeOperationError(ctx.getNode(), message.replace(/^Venio: /, ''), {
		description: [passed && `You passed ${passed}.`, hint, nextStep(error, fromVenio)]
			.filter(Boolean)
			.join(' '),
	});
	toolMessage.name = fromVenio ? 'Venio' : 'Invalid input';
	return toolMessage;
}
