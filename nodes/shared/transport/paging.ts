import type { IDataObject } from 'n8n-workflow';

import type { EndpointId, PagingStyle } from '../api/endpoints';
import { recordsOf } from './envelope';
import { PageReader } from './readAhead';
import { sendRequest } from './request';
import type { VenioRequest } from './request';
import type { VenioRun } from './run';

export const DEFAULT_PAGE_SIZE = 100;

/**
 * The most pages read ahead (readAhead.ts), however many requests may be in flight: near the end of
 * a list each page ahead may be one asked for past it, so more than this costs requests (and, under
 * a rate limit, time) for little.
 */
const MAX_PAGES_AHEAD = 16;

/** What an endpoint that cannot page is asked for when the user wants everything. */
export const UNPAGED_MAX_ROWS = 10_000;

export interface PageOptions<Style = PagingStyle> extends Omit<VenioRequest, 'body'> {
	body?: IDataObject;
	style: Style;
	/** Stop after this many records; undefined means all of them. */
	limit?: number;
	pageSize?: number;
}

/** The first and last record of a page: enough to see a page sent again. */
const signatureOf = (page: IDataObject[]) => JSON.stringify([page[0], page[page.length - 1]]);

/**
 * Yields the records of an enquiry page by page, so callers can stream them into output items
 * without collecting every page first. Each record is yielded exactly once: the offset advances by
 * the rows actually received, and a page larger than asked for is cut to what was asked.
 *
 * A page shorter than asked for is not taken as the last one: a server may serve fewer rows per
 * page than it is asked for (a cap), and stopping there would drop the rest without a word. The
 * list ends on an empty page, which costs one request more than stopping on a short one.
 *
 * The loop reads page by page, but the pages after the one it reads are already requested (see
 * readAhead.ts), so a long list costs about one round trip per Parallel Requests pages (16 at most).
 */
export async function* venioPages(
	run: VenioRun,
	endpointId: EndpointId,
	{
		body = {},
		style,
		limit,
		pageSize = DEFAULT_PAGE_SIZE,
		...request
	}: PageOptions<Required<PagingStyle>>,
): AsyncGenerator<IDataObject[]> {
	let remaining = limit ?? Number.POSITIVE_INFINITY;
	let skip = 0;
	let firstRecord: string | undefined;
	let previous: { signature: string; full: boolean } | undefined;
	// Up to Parallel Requests pages (at most MAX_PAGES_AHEAD) are requested ahead of the one read
	// here (see readAhead.ts).
	const reader = new PageReader(
		async (pageSkip, size) => {
			const pageBody: IDataObject = {
				...body,
				[style.sizeField]: size,
				[style.skipField]: pageSkip,
			};
			return recordsOf(await sendRequest(run, endpointId, { ...request, body: pageBody }));
		},
		Math.min(run.pacer.limit, MAX_PAGES_AHEAD),
		pageSize,
		limit,
	);
	try {
		while (remaining > 0) {
			const size = Math.min(pageSize, remaining);
			const rows = await reader.page(skip, size);
			const page = rows.length > size ? rows.slice(0, size) : rows;
			if (page.length === 0) return;
			const signature = signatureOf(page);
			if (
				previous &&
				(signature === previous.signature || JSON.stringify(page[0]) === firstRecord)
			) {
				// The list ignores the offset: it starts over or repeats a page. After a short page it
				// has sent all it will send; after a full one it would be paged forever, repeating rows.
				if (!previous.full) return;
				throw new Error(
					`Venio sent the same page again at offset ${skip}: this list ignores paging, so Return All cannot collect it. Use a Limit instead.`,
				);
			}
			firstRecord ??= JSON.stringify(page[0]);
			previous = { signature, full: page.length === size };
			yield page;
			remaining -= page.length;
			skip += page.length;
		}
	} finally {
		await reader.finish();
	}
}

/** The records of an endpoint that cannot page, and a warning when more may exist. */
export interface UnpagedAnswer {
	records: IDataObject[];
	mayBeCut?: string;
}

/**
 * Asks an endpoint that cannot page (no offset) once, for `limit` rows or UNPAGED_MAX_ROWS. What
 * it gives is returned; since nothing can be asked beyond it, an answer that may not be the whole
 * list says so: fewer rows than asked for can be all there is or a cap of the server, and the
 * node cannot tell which. Exactly the Limit asked for is what the user wanted.
 */
export async function venioUnpaged(
	run: VenioRun,
	endpointId: EndpointId,
	{ body = {}, style, limit, ...request }: PageOptions,
): Promise<UnpagedAnswer> {
	const size = Math.min(limit ?? UNPAGED_MAX_ROWS, UNPAGED_MAX_ROWS);
	const rows = recordsOf(
		await sendRequest(run, endpointId, {
			...request,
			body: { ...body, [style.sizeField]: size },
		}),
	);
	const records = rows.slice(0, size);
	const what = request.label ?? 'This list';
	if (records.length === 0 || (records.length === size && limit !== undefined)) return { records };
	const mayBeCut =
		records.length === size
			? `${what} returned ${size} records, the most this node asks for, and may be cut: this list cannot be paged, so more may exist.`
			: `${what} returned ${records.length} records, fewer than the ${size} asked for. This list cannot be paged: if Venio caps its answers, it may be cut and the rest are missing; otherwise that is all of them.`;
	return { records, mayBeCut };
}
