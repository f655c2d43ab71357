import { sleep } from 'n8n-workflow';

/** The run's cancel signal joined with one request's own (a lookup abandoned early). */
export function joinSignals(run?: AbortSignal, own?: AbortSignal): AbortSignal | undefined {
	return run && own ? AbortSignal.any([run, own]) : (run ?? own);
}

/** Waits for `promise`, or rejects with the signal's reason as soon as `signal` fires. */
export function abortable<T>(promise: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
	if (!signal) return promise;
	signal.throwIfAborted();
	return new Promise<T>((resolve, reject) => {
		const abandon = () => reject(signal.reason);
		signal.addEventListener('abort', abandon, { once: true });
		promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', abandon));
	});
}

/** Waits `ms`, or rejects with the signal's reason as soon as it fires. */
export async function pause(ms: number, signal: AbortSignal | undefined): Promise<void> {
	await sleep(ms, signal);
	signal?.throwIfAborted();
}
