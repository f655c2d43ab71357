import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { invalid } from '../parameters/invalid';
import { toNumber } from '../parameters/numbers';

/**
 * A discount on a line or on the whole document of a quotation or sales order, entered as a
 * percent or as an amount and sent as Venio's `discountType` + `discountValue`.
 */

/** The two ways of giving a discount; `discountType` is true for a percent, false for an amount. */
export function discountOptions(what: string): INodeProperties[] {
	return [
		{
			displayName: 'Discount Amount',
			name: 'discountAmount',
			type: 'number',
			typeOptions: { minValue: 0, numberPrecision: 2 },
			default: 0,
			description: `A discount on ${what} as an amount of money. Use this or Discount Percent, not both.`,
		},
		{
			displayName: 'Discount Percent',
			name: 'discountPercent',
			type: 'number',
			typeOptions: { minValue: 0, maxValue: 100, numberPrecision: 2 },
			default: 0,
			description: `A discount on ${what} in percent. Use this or Discount Amount, not both.`,
		},
	];
}

/**
 * Turns `discountPercent` / `discountAmount` (as entered) into Venio's `discountType` +
 * `discountValue`. Giving both is an error: Venio keeps one discount per line or document.
 */
export function readDiscount(
	ctx: IExecuteFunctions,
	i: number,
	where: string,
	values: IDataObject,
): IDataObject {
	const hasPercent = values.discountPercent !== undefined && values.discountPercent !== '';
	const hasAmount = values.discountAmount !== undefined && values.discountAmount !== '';
	if (hasPercent && hasAmount) {
		throw invalid(
			ctx,
			i,
			`${where}: give Discount Percent or Discount Amount, not both`,
			`Venio keeps one discount per ${where.toLowerCase().startsWith('line') ? 'line' : 'document'}: remove one of the two.`,
		);
	}
	if (hasPercent) {
		const value = toNumber(ctx, i, `${where}: Discount Percent`, values.discountPercent);
		if (value < 0 || value > 100) {
			throw invalid(
				ctx,
				i,
				`${where}: Discount Percent must be between 0 and 100`,
				`"${value}" is not a percentage.`,
			);
		}
		return { discountType: true, discountValue: value };
	}
	if (hasAmount) {
		const value = toNumber(ctx, i, `${where}: Discount Amount`, values.discountAmount);
		if (value < 0) {
			throw invalid(ctx, i, `${where}: Discount Amount cannot be negative`, `Got ${value}.`);
		}
		return { discountType: false, discountValue: value };
	}
	return {};
}

/** Reads the document discount out of an Additional Fields collection, leaving the other fields. */
export function takeDocumentDiscount(
	ctx: IExecuteFunctions,
	i: number,
	fields: IDataObject,
): IDataObject {
	const { discountPercent, discountAmount, ...rest } = fields;
	return {
		...rest,
		...readDiscount(ctx, i, 'Document discount', { discountPercent, discountAmount }),
	};
}
