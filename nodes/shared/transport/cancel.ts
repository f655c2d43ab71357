import { sleep } from 'n8n-workflow';

/**
 * n8n's execution cancel signal reaches a node through its context: a stopped execution or the
 * workflow's timeout fires it. Every wait of a run listens to it, so nothing outlives the stop.
 */
export function cancelSignalOf(context: object): AbortSignal | undefined {
	return 'getExecutionCancelSignal' in context
		? (
				context as { getExecutionCancelSignal(): AbortSignal | undefined }
			).getExecutionCancelSignal()
		: undefined;
}

/** The run's signal joined with one request's own (a lookup abandoned early). */
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
