import { DateTime } from 'luxon';
import type { IDataObject } from 'n8n-workflow';

import { filtersCollection } from '../parameters/collections';
import { customerLocator } from '../parameters/locators';
import { toEpochMillis, toVenioDate } from '../parameters/dates';
import { toId } from '../parameters/numbers';
import type { VenioAction } from '../types';
import { eventTypeOptions } from './eventFields';

const filters = filtersCollection([
	{
		displayName: 'Event Type Name or ID',
		name: 'eventType',
		type: 'options',
		typeOptions: eventTypeOptions,
		default: '',
		description:
			'Only events of this kind. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
	},
	{
		displayName: 'From',
		name: 'dateFrom',
		type: 'dateTime',
		default: '',
		description: 'Only events on or after this date and time',
	},
	{
		displayName: 'To',
		name: 'dateTo',
		type: 'dateTime',
		default: '',
		description: 'Only events on or before this date and time',
	},
]);

export const getManyEvents: VenioAction = {
	value: 'getManyEvents',
	name: 'Get Many Events',
	action: 'Get many events of a customer by customer code',
	description: 'List the events of a customer, optionally by type and date range',
	endpoint: 'customerEventsGetByCustomerCode',
	paging: 'list',
	properties: [customerLocator.property, filters.property],
	request(i) {
		const customerCode = customerLocator.read(this, i);
		const chosen = filters.read(this, i);
		const qs: IDataObject = { customerCode };
		if (chosen.eventType !== undefined) {
			qs.eventTypeIds = toId(this, i, 'Event Type', chosen.eventType);
		}
		// Venio documents the date range as a JSON body on this GET, but n8n's HTTP client drops
		// every GET body. The range goes in the query instead, and `keep` below applies it to
		// the answer, so the result is right whichever of the two Venio reads.
		if (chosen.dateFrom !== undefined) qs.DateFrom = toVenioDate(this, i, 'From', chosen.dateFrom);
		if (chosen.dateTo !== undefined) qs.DateTo = toVenioDate(this, i, 'To', chosen.dateTo);
		return { qs, key: { customerCode } };
	},
	keep(i) {
		const { dateFrom, dateTo } = filters.read(this, i);
		if (dateFrom === undefined && dateTo === undefined) return undefined;
		const from = dateFrom === undefined ? -Infinity : toEpochMillis(this, i, 'From', dateFrom);
		const to = dateTo === undefined ? Infinity : toEpochMillis(this, i, 'To', dateTo);
		return (event) => {
			const at = DateTime.fromISO(String(event.eventDate ?? '')).toMillis();
			return at >= from && at <= to;
		};
	},
};
