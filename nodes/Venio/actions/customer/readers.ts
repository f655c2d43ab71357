import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { requiredString, toVenioDate } from '../params';

// Small readers shared by the customer actions

/** A required date picked or typed as ISO 8601, in Venio's format. */
export function requiredDate(
	ctx: IExecuteFunctions,
	name: string,
	i: number,
	label: string,
): string {
	requiredString(ctx, name, i, label);
	return toVenioDate(ctx, i, label, ctx.getNodeParameter(name, i));
}

export function withoutBlanks(values: IDataObject | undefined): IDataObject {
	const kept: IDataObject = {};
	for (const [key, value] of Object.entries(values ?? {})) {
		if (
			value !== undefined &&
			value !== null &&
			!(typeof value === 'string' && value.trim() === '')
		) {
			kept[key] = typeof value === 'string' ? value.trim() : value;
		}
	}
	return kept;
}
