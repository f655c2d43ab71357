import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { invalid } from '../parameters/invalid';
import { toNumber } from '../parameters/numbers';

/**
 * The key a price's own VAT rate goes in: `vatValue` on the product (beside `useDefaultVat`),
 * `vat` on a variant, as Venio's reference spells them.
 */
export type VatKey = 'vatValue' | 'vat';

/**
 * A price tier's fields. Product and variant prices alike take the account's default VAT unless
 * Use Default VAT is turned off: a VAT rate is sent only when the user set one.
 */
const priceFields = (vatKey: VatKey): INodeProperties[] => [
	{
		displayName: 'Price Tier Name',
		name: 'priceTierName',
		type: 'string',
		default: '',
		placeholder: 'e.g. Retail',
		description: 'The price tier (price list) this price belongs to',
	},
	{
		displayName: 'Regular Price',
		name: 'regularPrice',
		type: 'number',
		typeOptions: { minValue: 0, numberPrecision: 2 },
		default: 0,
		description: 'The normal selling price',
	},
	{
		displayName: 'Sale Price',
		name: 'salePrice',
		type: 'number',
		typeOptions: { minValue: 0, numberPrecision: 2 },
		default: 0,
		description: 'A discounted price; 0 means the product has no sale price and it is not sent',
	},
	{
		displayName: 'Use Default VAT',
		name: 'useDefaultVat',
		type: 'boolean',
		default: true,
		description: "Whether to apply the account's default VAT rate instead of a rate of its own",
	},
	{
		displayName: 'VAT (%)',
		name: vatKey,
		type: 'number',
		typeOptions: { minValue: 0, numberPrecision: 2 },
		default: 7,
		description: 'The VAT rate of this price in percent, e.g. 7',
		displayOptions: { show: { useDefaultVat: [false] } },
	},
];

/** The required Cost field, on a single product or on each variant (`subject` names which). */
export const costParameter = (subject: 'product' | 'variant'): INodeProperties => ({
	displayName: 'Cost',
	name: 'cost',
	type: 'number',
	typeOptions: { minValue: 0, numberPrecision: 2 },
	default: 0,
	required: true,
	description: `What the ${subject} costs you`,
});

export const pricesParameter = (
	name: string,
	vatKey: VatKey,
	required: boolean,
): INodeProperties => ({
	displayName: 'Prices',
	name,
	type: 'fixedCollection',
	typeOptions: { multipleValues: true },
	placeholder: 'Add Price',
	default: {},
	required,
	description: 'The selling prices, one per price tier',
	options: [{ displayName: 'Price', name: 'price', values: priceFields(vatKey) }],
});

export type PriceInput = IDataObject & {
	priceTierName?: string;
	regularPrice?: unknown;
	salePrice?: unknown;
	useDefaultVat?: boolean;
	vatValue?: unknown;
	vat?: unknown;
};

export function prices(
	ctx: IExecuteFunctions,
	i: number,
	label: string,
	entries: PriceInput[] | undefined,
	vatKey: VatKey,
): IDataObject[] {
	if (!entries || entries.length === 0) {
		throw invalid(ctx, i, `${label} are required`, `Add at least one price.`);
	}
	return entries.map((entry, n) => {
		const at = `${label} ${n + 1}`;
		const tier = String(entry.priceTierName ?? '').trim();
		if (tier === '') {
			throw invalid(
				ctx,
				i,
				`${at}: Price Tier Name is required`,
				`Enter the price tier, e.g. Retail.`,
			);
		}
		const price: IDataObject = {
			priceTierName: tier,
			regularPrice: toNumber(ctx, i, `${at}: Regular Price`, entry.regularPrice ?? 0),
		};
		const sale = toNumber(ctx, i, `${at}: Sale Price`, entry.salePrice ?? 0);
		if (sale !== 0) price.salePrice = sale;
		const useDefaultVat = entry.useDefaultVat !== false;
		// The product's price says which it uses; a variant's (whose reference has no
		// useDefaultVat) carries a rate only when it has its own.
		if (vatKey === 'vatValue') price.useDefaultVat = useDefaultVat;
		if (!useDefaultVat) price[vatKey] = toNumber(ctx, i, `${at}: VAT`, entry[vatKey] ?? 7);
		return price;
	});
}
