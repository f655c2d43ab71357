import type { IExecuteFunctions } from 'n8n-workflow';
import type { ZodType } from 'zod';

import { invalid } from './invalid';

/** The path of the first `__proto__` key in parsed JSON, if any (a loop: JSON may nest deeply). */
function inheritedKeyPath(root: unknown): string | undefined {
	const pending: Array<[unknown, string]> = [[root, '']];
	while (pending.length > 0) {
		const [value, path] = pending.pop() as [unknown, string];
		if (typeof value !== 'object' || value === null) continue;
		for (const [key, child] of Object.entries(value)) {
			const at = Array.isArray(value) ? `${path}[${key}]` : path ? `${path}.${key}` : key;
			if (key === '__proto__') return at;
			pending.push([child, at]);
		}
	}
	return undefined;
}

/**
 * Parses a JSON parameter and checks it with a zod schema. The error names the first wrong field
 * by its path (e.g. `salesOrderDetails[0].qty`) and what was expected.
 */
export function jsonParameter<T>(
	ctx: IExecuteFunctions,
	name: string,
	i: number,
	label: string,
	schema: ZodType<T>,
): T {
	const raw = ctx.getNodeParameter(name, i) as unknown;
	let value: unknown = raw;
	if (typeof raw === 'string') {
		try {
			value = JSON.parse(raw);
		} catch (error) {
			throw invalid(
				ctx,
				i,
				`${label} is not valid JSON`,
				`${(error as Error).message}. Check quotes, commas and brackets.`,
			);
		}
	}
	const inherited = inheritedKeyPath(value);
	if (inherited !== undefined) {
		throw invalid(
			ctx,
			i,
			`${label}: the key "__proto__" cannot be sent`,
			`"${inherited}" is not a Venio field, and JavaScript would drop it rather than send it. Remove or rename it.`,
		);
	}
	const result = schema.safeParse(value);
	if (!result.success) {
		const issue = result.error.issues[0];
		const path = issue.path
			.map((part) => (typeof part === 'number' ? `[${part}]` : `.${String(part)}`))
			.join('')
			.replace(/^\./, '');
		throw invalid(
			ctx,
			i,
			`${label}: ${path || 'the value'} is invalid`,
			`${issue.message} at "${path || '(root)'}". Fix that field in the JSON.`,
		);
	}
	return result.data;
}
