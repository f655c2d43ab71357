import type {
	IDataObject,
	ILoadOptionsFunctions,
	INodeListSearchItems,
	INodeListSearchResult,
	INodePropertyOptions,
} from 'n8n-workflow';

import { ENDPOINTS, enquiryBody } from '../../shared/api/endpoints';
import type { EndpointId, PagedId } from '../../shared/api/endpoints';
import { recordsOf } from '../../shared/transport/envelope';
import { venioRequest } from '../../shared/transport/request';

export const SEARCH_PAGE_SIZE = 50;

export interface SearchSource {
	endpoint: PagedId;
	/** What the enquiry body holds to match `filter`; paging and the default body are added. */
	match: (filter: string | undefined) => IDataObject;
	toItem: (record: IDataObject) => INodeListSearchItems;
}

/**
 * Pages an enquiry for a "From list" dropdown: n8n passes back the token we return to load the
 * next page as the user scrolls, so nothing beyond the visible page is fetched. A short page is
 * not the end (Venio may serve fewer than asked); an empty one is.
 */
export async function searchEnquiry(
	context: ILoadOptionsFunctions,
	source: SearchSource,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	const skip = Number(paginationToken ?? 0);
	const { skipField, sizeField } = ENDPOINTS[source.endpoint].paging;
	const body = enquiryBody(source.endpoint, source.match(filter?.trim() || undefined));
	body[skipField] = skip;
	body[sizeField] = SEARCH_PAGE_SIZE;
	const rows = recordsOf(await venioRequest.call(context, source.endpoint, { body }));
	return {
		results: rows.map(source.toItem),
		paginationToken: rows.length > 0 ? String(skip + rows.length) : undefined,
	};
}

/** The listSearch method of a "From list" locator backed by `source`. */
export function searchMethod(source: SearchSource) {
	return async function (this: ILoadOptionsFunctions, filter?: string, paginationToken?: string) {
		return await searchEnquiry(this, source, filter, paginationToken);
	};
}

/** `Name (CODE)`, or the code alone when the record has no name. */
export function labelled(name: unknown, code: unknown): string {
	return name ? `${String(name)} (${String(code)})` : String(code);
}

/** The first of `keys` a record has a value for: Venio's lookup lists do not share field names. */
export function first(record: IDataObject, keys: string[]): unknown {
	return keys.map((key) => record[key]).find((value) => value !== undefined && value !== null);
}

/**
 * Loads a lookup list from the account for a dropdown: `name` and `value` are read from the first
 * of the given keys that a record has, since Venio's lookup lists do not share field names.
 */
export async function lookupOptions(
	context: ILoadOptionsFunctions,
	endpoint: EndpointId,
	nameKeys: string[],
	valueKeys: string[],
	qs?: IDataObject,
): Promise<INodePropertyOptions[]> {
	const rows = recordsOf(await venioRequest.call(context, endpoint, { qs }));
	return rows
		.map((record) => ({
			name: String(first(record, nameKeys) ?? first(record, valueKeys)),
			value: first(record, valueKeys) as string | number,
		}))
		.filter((option) => option.value !== undefined)
		.sort((a, b) => a.name.localeCompare(b.name));
}

/** The loadOptions method of a dropdown filled from a lookup list (see lookupOptions). */
export function lookupMethod(endpoint: EndpointId, nameKeys: string[], valueKeys: string[]) {
	return async function (this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
		return await lookupOptions(this, endpoint, nameKeys, valueKeys);
	};
}
