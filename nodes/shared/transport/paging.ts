import type { IDataObject } from 'n8n-workflow';

import type { EndpointId, PagingStyle } from '../api/endpoints';
import { recordsOf } from './envelope';
import { PageReader } from './readAhead';
import { sendRequest, type VenioRequest } from './request';
import type { VenioRun } from './run';

export const DEFAULT_PAGE_SIZE = 100;

/** Near the end of a list each page read ahead may be past it: more than this costs for little. */
const MAX_PAGES_AHEAD = 16;

/** What an endpoint that cannot page is asked for when the user wants everything. */
const UNPAGED_MAX_ROWS = 10_000;

export interface PageOptions<Style = PagingStyle> extends Omit<VenioRequest, 'body'> {
	body?: IDataObject;
	style: Style;
	/** Stop after this many records; undefined means all of them. */
	limit?: number;
}

/**
 * Yields the records of an enquiry page by page, each exactly once: the offset advances by the
 * rows received, and a page larger than asked for is cut. A short page is not taken as the last
 * (a server may cap its pages): the list ends on an empty one. The pages after the one read here
 * are already requested (readAhead.ts).
 */
export async function* venioPages(
	run: VenioRun,
	endpointId: EndpointId,
	{ body = {}, style, limit, ...request }: PageOptions<Required<PagingStyle>>,
): AsyncGenerator<IDataObject[]> {
	const fetchPage = async (skip: number, size: number) => {
		const pageBody = { ...body, [style.sizeField]: size, [style.skipField]: skip };
		return recordsOf(await sendRequest(run, endpointId, { ...request, body: pageBody }));
	};
	const ahead = Math.min(run.pacer.limit, MAX_PAGES_AHEAD);
	const reader = new PageReader(fetchPage, ahead, DEFAULT_PAGE_SIZE, limit);
	let remaining = limit ?? Number.POSITIVE_INFINITY;
	let skip = 0;
	let firstRecord: string | undefined;
	let previous: { signature: string; full: boolean } | undefined;
	try {
		while (remaining > 0) {
			const size = Math.min(DEFAULT_PAGE_SIZE, remaining);
			const page = (await reader.page(skip, size)).slice(0, size);
			if (page.length === 0) return;
			// The first and last record: enough to see a page sent again.
			const signature = JSON.stringify([page[0], page[page.length - 1]]);
			const first = JSON.stringify(page[0]);
			if (signature === previous?.signature || first === firstRecord) {
				// The list ignores the offset (starts over or repeats a page). After a short page it has
				// sent all it will send; after a full one it would be paged forever, repeating rows.
				if (!previous?.full) return;
				throw new Error(
					`Venio sent the same page again at offset ${skip}: this list ignores paging, so Return All cannot collect it. Use a Limit instead.`,
				);
			}
			firstRecord ??= first;
			previous = { signature, full: page.length === size };
			yield page;
			remaining -= page.length;
			skip += page.length;
		}
	} finally {
		await reader.finish();
	}
}

/**
 * Asks an endpoint that cannot page (no offset) once, for `limit` rows or UNPAGED_MAX_ROWS. An
 * answer that may not be the whole list says so in `mayBeCut`: fewer rows than asked for may be
 * all there are or a cap of the server. Exactly the Limit asked for is what the user wanted.
 */
export async function venioUnpaged(
	run: VenioRun,
	endpointId: EndpointId,
	{ body = {}, style, limit, ...request }: PageOptions,
): Promise<{ records: IDataObject[]; mayBeCut?: string }> {
	const size = Math.min(limit ?? UNPAGED_MAX_ROWS, UNPAGED_MAX_ROWS);
	const answer = await sendRequest(run, endpointId, {
		...request,
		body: { ...body, [style.sizeField]: size },
	});
	const records = recordsOf(answer).slice(0, size);
	const what = request.label ?? 'This list';
	if (records.length === 0 || (records.length === size && limit !== undefined)) return { records };
	const mayBeCut =
		records.length === size
			? `${what} returned ${size} records, the most this node asks for, and may be cut: this list cannot be paged, so more may exist.`
			: `${what} returned ${records.length} records, fewer than the ${size} asked for. This list cannot be paged: if Venio caps its answers, it may be cut and the rest are missing; otherwise that is all of them.`;
	return { records, mayBeCut };
}
