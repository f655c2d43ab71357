'use strict';

/** Seed bodies are built to be valid; an error here is a sandbox bug. */
function assertSeedable(what, errors) {
	if (errors.length) throw new Error(`Seeding a ${what} failed: ${errors.join('; ')}`);
}

module.exports = { assertSeedable };
