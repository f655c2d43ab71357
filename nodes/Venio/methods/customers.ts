import type {
	IDataObject,
	ILoadOptionsFunctions,
	INodeListSearchResult,
	INodePropertyOptions,
} from 'n8n-workflow';

import { venioRequest } from '../../shared/transport/request';
import { CUSTOMER_TYPE_OPTIONS } from '../actions/customer/customerEnums';
import { labelled, searchEnquiry } from './sources';
import type { SearchSource } from './sources';

/** The types the picker searches, in the order it lists them: customers first. */
const SEARCHED_TYPES = [...CUSTOMER_TYPE_OPTIONS].sort((a, b) => b.value - a.value);

type CustomerType = (typeof SEARCHED_TYPES)[number];

/** The search of one customer type, each result labelled with that type. */
const customersOfType = (type: CustomerType): SearchSource => ({
	endpoint: 'customersEnquiry',
	match: (keyword) => ({ keyword, customerType: type.value }),
	toItem: (record) => ({
		name: `${labelled(record.customerName, record.customerCode)} · ${type.name}`,
		value: String(record.customerCode),
	}),
});

/**
 * Where each customer type's search stands. n8n hands back the token we return as the user
 * scrolls: `type:offset` for each type that filled its page, comma-separated; no token means
 * every type from the start.
 */
type SearchPosition = Array<{ type: CustomerType; token?: string }>;

function positionOf(token: string | undefined): SearchPosition {
	if (!token) return SEARCHED_TYPES.map((type) => ({ type }));
	return token.split(',').flatMap((part) => {
		const [value, offset] = part.split(':');
		const type = SEARCHED_TYPES.find((option) => option.value === Number(value));
		return type ? [{ type, token: offset }] : [];
	});
}

function tokenOf(position: SearchPosition): string | undefined {
	const parts = position.map(({ type, token }) => `${type.value}:${token}`);
	return parts.length ? parts.join(',') : undefined;
}

/**
 * The customer picker ("From list" of every Customer field). Venio's enquiry searches one customer
 * type at a time, so each type (Customer, Prospect, Lead) is asked for in parallel and the answers
 * are listed together, each labelled with its type: every customer can be found.
 */
async function searchCustomers(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	const position = positionOf(paginationToken);
	const pages = await Promise.all(
		position.map(
			async ({ type, token }) => await searchEnquiry(this, customersOfType(type), filter, token),
		),
	);
	const next = position
		.map(({ type }, n) => ({ type, token: pages[n].paginationToken }))
		.filter(({ token }) => token !== undefined);
	return {
		results: pages.flatMap((page) => page.results),
		paginationToken: tokenOf(next),
	};
}

/** The event types as rows: the reference types the answer as one object, in practice a list. */
function eventTypeRows(data: unknown): IDataObject[] {
	if (Array.isArray(data)) return data as IDataObject[];
	return typeof data === 'object' && data !== null ? [data as IDataObject] : [];
}

export const customerMethods = {
	listSearch: {
		searchCustomers,
	},
	loadOptions: {
		/** Customer event types (`eventTypeId` values) for Add/Update Event and the events filter. */
		async getCustomerEventTypes(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
			const rows = eventTypeRows(await venioRequest.call(this, 'customerEventTypesGet'));
			return rows
				.filter((row) => row.eventTypeId !== undefined && row.eventTypeId !== null)
				.map((row) => ({
					name: String(row.eventTypeName ?? row.eventTypeId),
					value: row.eventTypeId as number,
				}))
				.sort((a, b) => a.name.localeCompare(b.name));
		},
	},
};
