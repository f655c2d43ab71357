import type { IExecuteFunctions } from 'n8n-workflow';

import type { RequestParts, VenioAction } from '../types';
import type { Parameter } from './parameter';

/**
 * The parameter and request of an action that names one record by its key in the URL path (a
 * Get, a Cancel, a Delete): the key is read from `parameter` (a locator, a text or an id field), an
 * error names it by its display name, and the output echoes it as `key` when Venio answers
 * nothing. `pathKey` is the path's own name for it where that differs (e.g. `{id}`).
 */
export function keyInPath(
	parameter: Parameter<string | number>,
	key: string,
	pathKey = key,
): Required<Pick<VenioAction, 'properties' | 'request'>> {
	return {
		properties: [parameter.property],
		request(this: IExecuteFunctions, i: number): RequestParts {
			const value = parameter.read(this, i);
			return { pathParams: { [pathKey]: value }, key: { [key]: value } };
		},
	};
}
