import { NodeOperationError } from 'n8n-workflow';
import type { IExecuteFunctions } from 'n8n-workflow';

/**
 * How a parameter reader refuses a value: before anything is sent, with a NodeOperationError that
 * names the field, the item and the fix, so bad input never reaches Venio.
 */

/**
 * The error for a bad value of item `i`: `message` names the field, `description` the fix; the
 * item is named here, at the end of the description, for every such error.
 */
export function invalid(ctx: IExecuteFunctions, i: number, message: string, description: string) {
	const withItem = `${description.replace(/\.$/, '')} (item ${i}).`;
	return new NodeOperationError(ctx.getNode(), message, { itemIndex: i, description: withItem });
}

/** Nothing given: undefined, null or blank text. */
export function isBlank(value: unknown): boolean {
	return (
		value === undefined || value === null || (typeof value === 'string' && value.trim() === '')
	);
}

/** A value as the user will recognise it in a message: text as typed, anything else as JSON. */
export function shown(value: unknown): string {
	return typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value));
}
