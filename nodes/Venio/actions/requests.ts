import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { requiredString } from './params';
import type { RequestParts, VenioAction } from './types';

/**
 * The parameter and request of an action that names one record by its key in the URL path (a
 * Get, a Cancel): the key is read from `parameter` (a locator or a text field), an error names it
 * by its display name, and the output echoes it when Venio answers nothing.
 */
export function keyInPath(
	parameter: INodeProperties,
	key: string,
): Required<Pick<VenioAction, 'properties' | 'request'>> {
	return {
		properties: [parameter],
		request(this: IExecuteFunctions, i: number): RequestParts {
			const value = requiredString(this, parameter.name, i, parameter.displayName);
			return { pathParams: { [key]: value }, key: { [key]: value } };
		},
	};
}
