import { keyInPath } from '../parameters/keyInPath';
import type { VenioAction } from '../types';
import { quotationLocator } from './quotationFields';

export const cancel: VenioAction = {
	value: 'cancel',
	name: 'Cancel',
	action: 'Cancel a quotation by quotation number',
	description: 'Cancel a quotation by its quotation number',
	endpoint: 'quotationCancel',
	...keyInPath(quotationLocator, 'quotationNo'),
};
