/**
 * The order in which items of one run may change the same record. An update that reads its record
 * first (current.ts) and sends back what the user left empty would, read alongside an earlier item
 * for the same record, send back the values from before that item's write and undo it. So an
 * item waits for its turn: until the item before it with the same record has been sent and
 * answered (or failed). Items for other records do not wait for each other.
 *
 * Turns are taken in input order, when an item's preparation starts, so an item only ever waits
 * for an earlier one, which is taken first: no two items wait for each other.
 */
export class RecordTurns {
	/** When the last item that took a turn for each record is done. */
	private readonly lastOf = new Map<string, Promise<void>>();

	/** Ends each item's turn, by input index. */
	private readonly ends: Array<() => void> = [];

	private stopped = false;

	/**
	 * Item `i`'s turn for `record`: resolves once the earlier item for that record is done, or
	 * rejects when the run stopped meanwhile (the item will not be sent: it need not read).
	 */
	async take(i: number, record: string | undefined): Promise<void> {
		if (record === undefined) return;
		const earlier = this.lastOf.get(record);
		this.lastOf.set(record, new Promise<void>((resolve) => (this.ends[i] = resolve)));
		await earlier;
		if (this.stopped) throw new Error('The run stopped before this item was sent');
	}

	/** Item `i` was sent and answered, failed, or will not be sent: the next one may go. */
	done(i: number) {
		this.ends[i]?.();
	}

	/** The run stops: no item waits any longer, and none still waiting reads its record. */
	stop() {
		this.stopped = true;
		for (const end of this.ends) end?.();
	}
}
