import type { VenioResource } from '../types';
import { createOrUpdateServiceAgreement } from './createOrUpdateServiceAgreement';

export const contract: VenioResource = {
	value: 'contract',
	name: 'Contract',
	actions: [createOrUpdateServiceAgreement],
};
