import type { IDataObject } from 'n8n-workflow';

import type { EndpointId } from '../api/endpoints';
import { recordsOf } from './envelope';
import { pacerOf } from './pacer';
import { PageReader } from './readAhead';
import { venioRequest } from './request';
import type { VenioFunctions, VenioRequest } from './request';

/**
 * How an enquiry endpoint pages. Venio has no cursors and no totals: an offset (`skip`) and a page
 * size (`take` or `pageLength`, per endpoint) go in the JSON body, and a page shorter than asked for
 * is the last one. An endpoint without `skipField` cannot page: it is asked once for `limit` rows.
 */
export interface PagingStyle {
	sizeField: 'take' | 'pageLength';
	skipField?: 'skip';
}

export const DEFAULT_PAGE_SIZE = 100;

/** What an endpoint that cannot page is asked for when the user wants everything. */
export const UNPAGED_MAX_ROWS = 10_000;

export interface PageOptions extends Omit<VenioRequest, 'body'> {
	body?: IDataObject;
	style: PagingStyle;
	/** Stop after this many records; undefined means all of them. */
	limit?: number;
	pageSize?: number;
}

/**
 * Yields the records of an enquiry page by page, so callers can stream them into output items
 * without collecting every page first. Each record is yielded exactly once: the offset advances by
 * the rows actually received, and a page larger than asked for is cut to what was asked.
 */
export async function* venioPages(
	this: VenioFunctions,
	endpointId: EndpointId,
	{ body = {}, style, limit, pageSize = DEFAULT_PAGE_SIZE, ...request }: PageOptions,
): AsyncGenerator<IDataObject[]> {
	let remaining = limit ?? Number.POSITIVE_INFINITY;
	let skip = 0;
	let previousSignature = '';
	// Up to Parallel Requests pages are requested ahead of the one read (see readAhead.ts).
	const reader = new PageReader(
		async (pageSkip, size) =>
			recordsOf(
				await venioRequest.call(this, endpointId, {
					...request,
					body: { ...body, [style.sizeField]: size, [style.skipField ?? 'skip']: pageSkip },
				}),
			),
		pacerOf(this).limit,
		pageSize,
		limit,
	);
	try {
		while (remaining > 0) {
			const size = style.skipField
				? Math.min(pageSize, remaining)
				: Math.min(remaining, UNPAGED_MAX_ROWS);
			let rows: IDataObject[];
			if (style.skipField) {
				rows = await reader.page(skip, size);
			} else {
				rows = recordsOf(
					await venioRequest.call(this, endpointId, {
						...request,
						body: { ...body, [style.sizeField]: size },
					}),
				);
			}
			const page = rows.length > size ? rows.slice(0, size) : rows;
			const signature = page.length > 0 ? JSON.stringify([page[0], page[page.length - 1]]) : '';
			if (skip > 0 && signature === previousSignature) {
				// An endpoint that ignores the offset would otherwise be paged forever, repeating rows.
				throw new Error(
					`Venio sent the same page again at offset ${skip}: this list ignores paging, so Return All cannot collect it. Use a Limit instead.`,
				);
			}
			previousSignature = signature;
			if (page.length > 0) yield page;
			remaining -= page.length;
			skip += page.length;
			if (!style.skipField || page.length < size) return;
		}
	} finally {
		await reader.finish();
	}
}
