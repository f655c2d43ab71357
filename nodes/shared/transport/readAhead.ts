import type { IDataObject } from 'n8n-workflow';

export type FetchPage = (skip: number, size: number) => Promise<IDataObject[]>;

interface Pending {
	size: number;
	rows: Promise<IDataObject[]>;
}

/**
 * Reads an offset-paged list ahead of its reader: when page `skip` is asked for, the pages after it
 * (at `skip + k × step`) are requested too. Like TCP's slow start, it begins with one page and
 * doubles the pages in flight with every full page, up to `ahead`, so a short list is not asked
 * for pages it does not have. The reader still decides where the list ends; a page fetched at an
 * offset it then does not ask for is dropped unread, so no record is emitted twice or skipped.
 *
 * `step` is the rows a page is expected to hold: the size asked for, or, after a short page, what
 * that page held (a server that caps its pages keeps serving that many).
 */
export class PageReader {
	private readonly pending = new Map<number, Pending>();

	private step: number;

	/** Pages in flight wanted now: from 1, doubled by every page of `step` rows, up to `ahead`. */
	private depth = 1;

	constructor(
		private readonly fetchPage: FetchPage,
		private readonly ahead: number,
		private readonly pageSize: number,
		/** No page beyond this offset is fetched early (the Limit). */
		private readonly end = Number.POSITIVE_INFINITY,
	) {
		this.step = pageSize;
	}

	/** The rows at `skip` (`size` asked for), and the next pages requested meanwhile. */
	async page(skip: number, size: number): Promise<IDataObject[]> {
		let wanted = this.pending.get(skip);
		if (wanted?.size !== size) {
			this.pending.clear();
			wanted = this.fetch(skip, size);
		}
		for (const offset of this.pending.keys()) if (offset <= skip) this.pending.delete(offset);
		this.fillAfter(skip + this.step);
		const rows = await wanted.rows;
		if (rows.length > 0 && rows.length < size && rows.length !== this.step) {
			// The pages fetched early assumed pages of `step` rows; the reader will ask elsewhere.
			// A short page is most often the last one: start slowly again.
			this.step = rows.length;
			this.depth = 1;
			this.pending.clear();
		} else if (rows.length >= this.step) {
			this.depth = Math.min(this.ahead, this.depth * 2);
		}
		return rows;
	}

	/** Drops what was fetched early and waits for it, so none of the run's requests outlives it. */
	async finish() {
		const unread = [...this.pending.values()].map(({ rows }) => rows.catch(() => undefined));
		this.pending.clear();
		await Promise.all(unread);
	}

	private fetch(skip: number, size: number): Pending {
		const rows = this.fetchPage(skip, size);
		// A page fetched early may fail after it was dropped; nobody waits for it then.
		rows.catch(() => undefined);
		return { size, rows };
	}

	private fillAfter(from: number) {
		const wanted = this.depth - 1;
		for (let skip = from; this.pending.size < wanted && skip < this.end; skip += this.step) {
			if (!this.pending.has(skip)) {
				this.pending.set(skip, this.fetch(skip, Math.min(this.pageSize, this.end - skip)));
			}
		}
	}
}
