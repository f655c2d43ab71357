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
