import type { IExecuteFunctions } from 'n8n-workflow';

import type { RequestParts, VenioAction } from '../types';
import type { Parameter } from './parameter';

/**
 * The parameter and request of an action that names one record by its key in the URL path (a
 * Get, a Cancel): the key is read from `parameter` (a locator or a text field), an error names it
 * by its display name, and the output echoes it when Venio answers nothing.
 */
export function keyInPath(
	parameter: Parameter<string | number>,
	key: string,
): Required<Pick<VenioAction, 'properties' | 'request'>> {
	return {
		properties: [parameter.property],
		request(this: IExecuteFunctions, i: number): RequestParts {
			const value = parameter.read(this, i);
			return { pathParams: { [key]: value }, key: { [key]: value } };
		},
	};
}
