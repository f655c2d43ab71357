import type { INodeProperties } from 'n8n-workflow';

/**
 * Builders for parameters that several actions share, so each is described once.
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

/** A resource locator: "From List" where Venio can search the records, and the key typed. */
export function recordLocator(options: LocatorOptions): INodeProperties {
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
	return locator;
}

export const customerLocator = (name = 'customer', displayName = 'Customer') =>
	recordLocator({
		name,
		displayName,
		searchListMethod: 'searchCustomers',
		typedMode: 'code',
		keyLabel: 'customer code',
		placeholder: 'e.g. C000154',
		description: 'The customer, picked from your Venio account or given by its customer code',
	});

export const productLocator = (name = 'product', displayName = 'Product') =>
	recordLocator({
		name,
		displayName,
		searchListMethod: 'searchProducts',
		typedMode: 'code',
		keyLabel: 'product code',
		placeholder: 'e.g. P001',
		description: 'The product, picked from your Venio account or given by its product code',
	});

export const employeeLocator = (name = 'employee', displayName = 'Employee') =>
	recordLocator({
		name,
		displayName,
		searchListMethod: 'searchEmployees',
		typedMode: 'code',
		keyLabel: 'staff code',
		placeholder: 'e.g. EMP0001',
		description: 'The employee, picked from your Venio account or given by their staff code',
	});

/** The Filters collection of a Get Many. */
export function filtersCollection(options: INodeProperties[]): INodeProperties {
	return {
		displayName: 'Filters',
		name: 'filters',
		type: 'collection',
		placeholder: 'Add Filter',
		default: {},
		options,
	};
}

/** The optional fields of a create (Additional Fields) or of an update (Update Fields). */
export function optionalCollection(
	name: 'additionalFields' | 'updateFields',
	options: INodeProperties[],
): INodeProperties {
	return {
		displayName: name === 'additionalFields' ? 'Additional Fields' : 'Update Fields',
		name,
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		options,
	};
}

/** The Order By filter of Venio's enquiries, which take a column name. */
export const orderByFilter: INodeProperties = {
	displayName: 'Order By',
	name: 'orderBy',
	type: 'string',
	default: '',
	description: 'A column to sort by, as Venio names it',
};
