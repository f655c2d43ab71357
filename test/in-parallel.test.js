'use strict';
// The scheduler of the Venio node's items (nodes/Venio/actions/inParallel.ts): items are prepared
// (their parameters read) ahead of those waiting for Venio, performed in order of start, never more
// than the limit at once; with a limit of 1 an item is prepared only after the one before it was
// performed; a stop ends both. The node's own behaviour with it is in parallel.test.js.
const { forEachPreparedInParallel } = require('../dist/nodes/Venio/actions/inParallel');

/** A perform that waits until the test answers it. */
function controlled() {
	const log = [];
	const pending = new Map();
	let performing = 0;
	let peak = 0;
	const prepare = async (i) => {
		log.push(`prepare ${i}`);
		if (i === 13) throw new Error('bad parameter at 13');
		return `parts ${i}`;
	};
	const perform = (i, prepared) =>
		new Promise((resolve) => {
			performing++;
			peak = Math.max(peak, performing);
			log.push(`perform ${i}: ${'error' in prepared ? prepared.error.message : prepared.value}`);
			pending.set(i, () => {
				performing--;
				log.push(`done ${i}`);
				resolve();
			});
		});
	const answer = (i) => pending.get(i)();
	return { log, prepare, perform, answer, pending, peak: () => peak };
}

const turn = () => new Promise((resolve) => setTimeout(resolve, 5));

async function until(condition) {
	for (let i = 0; i < 400 && !condition(); i++) await turn();
	if (!condition()) throw new Error('the condition never came');
}

test('items are prepared ahead (as many as the limit) while the first ones wait; at most the limit perform at once, in order', async () => {
	const c = controlled();
	const done = forEachPreparedInParallel(20, 3, c.prepare, c.perform, () => false);
	// While items 0–2 wait for their answers, the next three (the limit) are already prepared.
	const performs = () => c.log.filter((line) => line.startsWith('perform'));
	await until(() => c.log.includes('prepare 5') && performs().length >= 3);
	await turn();
	expect(performs()).toEqual(['perform 0: parts 0', 'perform 1: parts 1', 'perform 2: parts 2']);
	expect(c.log.filter((line) => line.startsWith('prepare'))).toHaveLength(6);
	for (let i = 0; i < 20; i++) {
		await until(() => c.pending.has(i));
		c.answer(i);
	}
	await done;
	const performed = c.log
		.filter((line) => line.startsWith('perform'))
		.map((l) => Number(l.split(/[ :]/)[1]));
	expect(performed).toEqual([...Array(20).keys()]);
	expect(c.peak()).toBe(3);
	// What preparing threw reaches that item's perform, in its place.
	expect(c.log).toContain('perform 13: bad parameter at 13');
});

test('with a limit of 1, an item is prepared only after the one before it was performed', async () => {
	const c = controlled();
	const done = forEachPreparedInParallel(4, 1, c.prepare, c.perform, () => false);
	for (let i = 0; i < 4; i++) {
		await until(() => c.pending.has(i));
		await turn();
		expect(c.log.filter((line) => line.startsWith('prepare'))).toHaveLength(i + 1);
		c.answer(i);
	}
	await done;
	expect(c.log).toEqual([
		'prepare 0',
		'perform 0: parts 0',
		'done 0',
		'prepare 1',
		'perform 1: parts 1',
		'done 1',
		'prepare 2',
		'perform 2: parts 2',
		'done 2',
		'prepare 3',
		'perform 3: parts 3',
		'done 3',
	]);
});

test('once stopped, no further item is performed and the running ones finish', async () => {
	const c = controlled();
	let stopped = false;
	const done = forEachPreparedInParallel(30, 4, c.prepare, c.perform, () => stopped);
	await until(() => [0, 1, 2, 3].every((i) => c.pending.has(i)));
	c.answer(0);
	await until(() => c.pending.has(4));
	stopped = true; // item 4 failed, say
	for (const i of [1, 2, 3, 4]) c.answer(i);
	await done;
	const performed = c.log.filter((line) => line.startsWith('perform'));
	expect(performed).toHaveLength(5);
	expect(c.log.filter((line) => line.startsWith('done'))).toHaveLength(5);
});

test('after a stop, the run ends only once every preparation started has ended: none outlives it', async () => {
	let releaseRead;
	const slowRead = new Promise((resolve) => (releaseRead = resolve));
	let stopped = false;
	let finished = false;
	const prepare = async (i) => (i === 2 ? await slowRead : i);
	const perform = async (i) => {
		if (i === 0) stopped = true; // item 0 failed, say
	};
	const done = forEachPreparedInParallel(10, 4, prepare, perform, () => stopped).then(() => {
		finished = true;
	});
	await turn();
	await turn();
	expect(stopped).toBe(true);
	expect(finished).toBe(false); // item 2 is still reading
	releaseRead('read');
	await done;
	expect(finished).toBe(true);
});
