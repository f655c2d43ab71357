import type { INodeProperties } from 'n8n-workflow';

import { requiredText } from './parameter';
import type { Parameter } from './parameter';

/**
 * Resource locators: a record picked "From List" where Venio can search the records, or its key
 * typed. Each is read as its key, trimmed; an empty one is an error naming the locator.
 */

const TYPED_MODE_NAMES = { code: 'By Code', number: 'By Number', id: 'By ID' } as const;

export interface LocatorOptions {
	name: string;
	displayName: string;
	description: string;
	/**
	 * The listSearch method behind "From List" (see methods/), which is then the default mode. Left
	 * out where Venio has no search for the records: the key is typed.
	 */
	searchListMethod?: string;
	/** The mode the key is typed in: By Code, By Number or By ID. */
	typedMode: keyof typeof TYPED_MODE_NAMES;
	/** What the record's key is called in Venio, e.g. "customer code"; the hint says "Enter the …". */
	keyLabel: string;
	placeholder: string;
	/** For numeric keys: the message shown while the typed key is not digits only. */
	digitsOnly?: string;
}

export type RecordLocator = Parameter<string>;

export function recordLocator(options: LocatorOptions): RecordLocator {
	const { searchListMethod, typedMode } = options;
	const mode = searchListMethod ? 'list' : typedMode;
	const locator: INodeProperties = {
		displayName: options.displayName,
		name: options.name,
		type: 'resourceLocator',
		default: { mode, value: '' },
		required: true,
		description: options.description,
		modes: [
			{
				displayName: 'From List',
				name: 'list',
				type: 'list',
				typeOptions: { searchListMethod, searchable: true },
			},
			{
				displayName: TYPED_MODE_NAMES[typedMode],
				name: typedMode,
				type: 'string',
				placeholder: options.placeholder,
				hint: `Enter the ${options.keyLabel}`,
				...(options.digitsOnly && {
					validation: [
						{
							type: 'regex',
							properties: { regex: '^\\s*[0-9]+\\s*$', errorMessage: options.digitsOnly },
						},
					],
				}),
			},
		],
	};
	// Without a search, "From List" could list nothing: the key is typed.
	if (!searchListMethod) locator.modes = locator.modes?.slice(1);
	return requiredText(locator);
}

export const customerLocator = recordLocator({
	name: 'customer',
	displayName: 'Customer',
	searchListMethod: 'searchCustomers',
	typedMode: 'code',
	keyLabel: 'customer code',
	placeholder: 'e.g. C000154',
	description: 'The customer, picked from your Venio account or given by its customer code',
});

export const productLocator = recordLocator({
	name: 'product',
	displayName: 'Product',
	searchListMethod: 'searchProducts',
	typedMode: 'code',
	keyLabel: 'product code',
	placeholder: 'e.g. P001',
	description: 'The product, picked from your Venio account or given by its product code',
});

export const employeeLocator = recordLocator({
	name: 'employee',
	displayName: 'Employee',
	searchListMethod: 'searchEmployees',
	typedMode: 'code',
	keyLabel: 'staff code',
	placeholder: 'e.g. EMP0001',
	description: 'The employee, picked from your Venio account or given by their staff code',
});
