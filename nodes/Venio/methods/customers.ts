import type {
	IDataObject,
	ILoadOptionsFunctions,
	INodeListSearchItems,
	INodeListSearchResult,
	INodePropertyOptions,
} from 'n8n-workflow';

import { CUSTOMER_TYPE_OPTIONS } from '../actions/customer';
import { recordsOf } from '../transport/envelope';
import { venioRequest } from '../transport/request';
import { labelled, SEARCH_PAGE_SIZE } from './sources';

/** The types the picker searches, in the order it lists them: customers first. */
const SEARCHED_TYPES = [...CUSTOMER_TYPE_OPTIONS].sort((a, b) => b.value - a.value);

/** Where each customer type's search stands: the types that may have more, and their next offset. */
type SearchPosition = Array<{ type: number; skip: number }>;

function positionOf(token: string | undefined): SearchPosition {
	if (!token) return SEARCHED_TYPES.map(({ value }) => ({ type: value, skip: 0 }));
	return token.split(',').map((part) => {
		const [type, skip] = part.split(':').map(Number);
		return { type, skip };
	});
}

/**
 * The customer picker ("From list" of every Customer field). Venio's enquiry searches one customer
 * type at a time, so each type (Customer, Prospect, Lead) is asked for in parallel and the answers
 * are listed together, each labelled with its type: every customer can be found. Scrolling pages
 * on the types that filled their page.
 */
async function searchCustomers(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	const keyword = filter?.trim() || undefined;
	const position = positionOf(paginationToken);
	const pages = await Promise.all(
		position.map(async ({ type, skip }) =>
			recordsOf(
				await venioRequest.call(this, 'customersEnquiry', {
					body: { customerType: type, keyword, skip, pageLength: SEARCH_PAGE_SIZE },
				}),
			),
		),
	);
	const results: INodeListSearchItems[] = [];
	const next: SearchPosition = [];
	position.forEach(({ type, skip }, n) => {
		const typeName = SEARCHED_TYPES.find((option) => option.value === type)?.name ?? type;
		for (const record of pages[n]) {
			results.push({
				name: `${labelled(record.customerName, record.customerCode)} · ${typeName}`,
				value: String(record.customerCode),
			});
		}
		if (pages[n].length === SEARCH_PAGE_SIZE) next.push({ type, skip: skip + SEARCH_PAGE_SIZE });
	});
	return {
		results,
		paginationToken: next.length
			? next.map(({ type, skip }) => `${type}:${skip}`).join(',')
			: undefined,
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
