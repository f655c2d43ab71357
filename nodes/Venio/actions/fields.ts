import type { INodeProperties } from 'n8n-workflow';

/**
 * Builders for parameters that several actions share, so each is described once.
 */

export interface LocatorOptions {
	name: string;
	displayName: string;
	/** The listSearch method that fills "From list" (see methods/listSearch.ts). */
	searchListMethod: string;
	/** What the record's key is called in Venio, e.g. "customer code". */
	keyLabel: string;
	placeholder: string;
	description?: string;
}

/** A resource locator that defaults to "From list" and accepts the key typed "By Code". */
export function recordLocator(options: LocatorOptions): INodeProperties {
	return {
		displayName: options.displayName,
		name: options.name,
		type: 'resourceLocator',
		default: { mode: 'list', value: '' },
		required: true,
		description: options.description,
		modes: [
			{
				displayName: 'From List',
				name: 'list',
				type: 'list',
				typeOptions: { searchListMethod: options.searchListMethod, searchable: true },
			},
			{
				displayName: 'By Code',
				name: 'code',
				type: 'string',
				placeholder: options.placeholder,
				hint: `Enter the ${options.keyLabel}`,
			},
		],
	};
}

export const customerLocator = (name = 'customer', displayName = 'Customer') =>
	recordLocator({
		name,
		displayName,
		searchListMethod: 'searchCustomers',
		keyLabel: 'customer code',
		placeholder: 'e.g. C000154',
		description: 'The customer, picked from your Venio account or given by its customer code',
	});
