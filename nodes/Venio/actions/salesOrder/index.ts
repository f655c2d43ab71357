import type { VenioResource } from '../types';
import { approve } from './approve';
import { get } from './get';
import { getById } from './getById';
import { getManyAttachments } from './getManyAttachments';
import { reject } from './reject';
import { updatePayment } from './updatePayment';
import { updateTrackingNumber } from './updateTrackingNumber';
import { upsert } from './upsert';

export const salesOrder: VenioResource = {
	value: 'salesOrder',
	name: 'Sales Order',
	actions: [
		upsert,
		get,
		getById,
		getManyAttachments,
		approve,
		reject,
		updatePayment,
		updateTrackingNumber,
	],
};
