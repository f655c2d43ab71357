import type {
	IDataObject,
	ILoadOptionsFunctions,
	INodeListSearchItems,
	INodeListSearchResult,
	INodePropertyOptions,
} from 'n8n-workflow';

import type { EndpointId } from '../api/endpoints';
import { venioRequest } from '../transport/request';

export const SEARCH_PAGE_SIZE = 50;

export interface SearchSource {
	endpoint: EndpointId;
	/** The enquiry body for one page of matches to `filter`. */
	body: (filter: string | undefined, skip: number) => IDataObject;
	toItem: (record: IDataObject) => INodeListSearchItems;
}

/**
 * Pages an enquiry for a "From list" dropdown: n8n passes back the token we return to load the
 * next page as the user scrolls, so nothing beyond the visible page is fetched.
 */
export async function searchEnquiry(
	context: ILoadOptionsFunctions,
	source: SearchSource,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	const skip = Number(paginationToken ?? 0);
	const data = await venioRequest.call(context, source.endpoint, {
		body: source.body(filter?.trim() || undefined, skip),
	});
	const rows = Array.isArray(data) ? (data as IDataObject[]) : [];
	return {
		results: rows.map(source.toItem),
		paginationToken: rows.length === SEARCH_PAGE_SIZE ? String(skip + rows.length) : undefined,
	};
}

/** `Name (CODE)`, or the code alone when the record has no name. */
export function labelled(name: unknown, code: unknown): string {
	return name ? `${String(name)} (${String(code)})` : String(code);
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
	const data = await venioRequest.call(context, endpoint, { qs });
	const rows = Array.isArray(data) ? (data as IDataObject[]) : [];
	const first = (record: IDataObject, keys: string[]) =>
		keys.map((key) => record[key]).find((value) => value !== undefined && value !== null);
	return rows
		.map((record) => ({
			name: String(first(record, nameKeys) ?? first(record, valueKeys)),
			value: first(record, valueKeys) as string | number,
		}))
		.filter((option) => option.value !== undefined)
		.sort((a, b) => a.name.localeCompare(b.name));
}
