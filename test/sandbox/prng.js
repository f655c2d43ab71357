'use strict';

// Deterministic pseudo-random numbers for seeding (mulberry32). Each seeded
// collection draws from its own stream, forked by name, so changing one count
// does not shift the draws of the other collections (though which customer a
// deal names still depends on how many customers there are).

function hashString(text) {
	// FNV-1a, enough to turn a stream name into a 32-bit seed.
	let hash = 0x811c9dc5;
	for (let i = 0; i < text.length; i++) {
		hash ^= text.charCodeAt(i);
		hash = Math.imul(hash, 0x01000193);
	}
	return hash >>> 0;
}

function createPrng(seed) {
	let a = seed >>> 0;
	const next = () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
	return {
		next,
		/** Integer in [min, max]. */
		int: (min, max) => min + Math.floor(next() * (max - min + 1)),
		pick: (list) => list[Math.floor(next() * list.length)],
		chance: (probability) => next() < probability,
		/** Between 0 and max distinct items of a list. */
		some: (list, max) => {
			const copy = list.slice();
			const count = Math.floor(next() * (Math.min(max, copy.length) + 1));
			for (let i = 0; i < count; i++) {
				const j = i + Math.floor(next() * (copy.length - i));
				[copy[i], copy[j]] = [copy[j], copy[i]];
			}
			return copy.slice(0, count);
		},
		hex: (length) => {
			let out = '';
			while (out.length < length) out += Math.floor(next() * 16).toString(16);
			return out;
		},
		fork: (name) => createPrng(seed ^ hashString(name)),
	};
}

module.exports = { createPrng };
