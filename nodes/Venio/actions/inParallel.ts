import { sleep } from 'n8n-workflow';

/**
 * Runs `task` for the indexes 0..count−1 with at most `limit` running at once, starting them in
 * order. Once `stopped()` is true no further index starts; the running ones finish.
 */
export async function forEachIndexInParallel(
	count: number,
	limit: number,
	task: (index: number) => Promise<void>,
	stopped: () => boolean,
): Promise<void> {
	let next = 0;
	const worker = async () => {
		while (next < count && !stopped()) await task(next++);
	};
	await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, count)) }, worker));
}

/** How long preparing items may hold the event loop before answers and sends get a turn. */
const PREPARE_SLICE_MS = 8;

/** An item's prepared value, or why preparing it failed. */
export type Prepared<T> = { value: T } | { error: unknown };

/** Promises that resolve at the next `wake()`: the waiting side of a queue. */
class Wakeup {
	private waiters: Array<() => void> = [];

	wait(): Promise<void> {
		return new Promise<void>((resolve) => this.waiters.push(resolve));
	}

	wake() {
		for (const resolve of this.waiters.splice(0)) resolve();
	}
}

async function settle<T>(value: Promise<T>): Promise<Prepared<T>> {
	try {
		return { value: await value };
	} catch (error) {
		return { error };
	}
}

/** Each item prepared only once the one before it was performed: it sees that one's effect. */
async function oneByOne<T>(
	count: number,
	prepare: (index: number) => Promise<T>,
	perform: (index: number, prepared: Prepared<T>) => Promise<void>,
	stopped: () => boolean,
): Promise<void> {
	for (let i = 0; i < count && !stopped(); i++) await perform(i, await settle(prepare(i)));
}

/**
 * Runs `perform(i, prepared)` for the indexes 0..count−1 in order of start, at most `limit` at
 * once, with `prepare(i)` started ahead, in order: up to `limit` items beyond those performing.
 * Preparations run concurrently once they wait (a read from Venio), and the run ends only when
 * every one started has ended: none outlives it.
 * `prepared` holds what `prepare` gave, or what it threw. Once `stopped()` is true nothing more
 * is prepared or performed; the performing ones finish.
 *
 * Why ahead: preparing an item (its parameters, its expressions) is n8n's work on the CPU, and
 * performing it is mostly waiting for Venio. Prepared only when a slot frees, the items of a round
 * trip are prepared one after the other when its answers come in, while nothing is in flight, and
 * the CPU then idles for the whole next round trip. Prepared ahead, in slices of a few
 * milliseconds that let answers and sends through, the two overlap. With a limit of 1 an item is
 * prepared only after the one before it was performed, so it sees that one's effect.
 */
export async function forEachPreparedInParallel<T>(
	count: number,
	limit: number,
	prepare: (index: number) => Promise<T>,
	perform: (index: number, prepared: Prepared<T>) => Promise<void>,
	stopped: () => boolean,
): Promise<void> {
	if (limit <= 1) return await oneByOne(count, prepare, perform, stopped);
	const ready: Array<Promise<Prepared<T>> | undefined> = [];
	let prepared = 0;
	let taken = 0;
	let preparing = true;
	const room = new Wakeup();
	const arrived = new Wakeup();

	const producer = async () => {
		let sliceStart = Date.now();
		while (prepared < count && !stopped()) {
			if (prepared - taken >= limit) {
				await room.wait();
				sliceStart = Date.now();
				continue;
			}
			// Not awaited: a read it makes first (an update keeping values) flies with the others.
			ready[prepared] = settle(prepare(prepared));
			prepared++;
			arrived.wake();
			if (Date.now() - sliceStart >= PREPARE_SLICE_MS) {
				await sleep(0);
				sliceStart = Date.now();
			}
		}
		preparing = false;
		arrived.wake();
	};
	const worker = async () => {
		while (!stopped()) {
			if (taken < prepared) {
				const i = taken++;
				const item = ready[i]!;
				ready[i] = undefined;
				room.wake();
				const itemPrepared = await item;
				// A stop while it was prepared: it is never sent, as no item after a failure is.
				if (!stopped()) await perform(i, itemPrepared);
			} else if (preparing) {
				await arrived.wait();
			} else {
				return;
			}
		}
		// A stop: the producer and the other workers must see it too.
		room.wake();
		arrived.wake();
	};
	await Promise.all([
		producer(),
		...Array.from({ length: Math.max(1, Math.min(limit, count)) }, worker),
	]);
	// After a stop, items prepared but never performed may still be reading.
	await Promise.all(ready.filter((item) => item !== undefined));
}
