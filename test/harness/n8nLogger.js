'use strict';

/**
 * The Logger that n8n-core hands nodes as `this.logger` (n8n-core has its own copies of @n8n/di and
 * @n8n/backend-common, so they are resolved from there). Tests spy on it.
 */
function n8nLogger() {
	const fromCore = (id) => require(require.resolve(id, { paths: [require.resolve('n8n-core')] }));
	const { Container } = fromCore('@n8n/di');
	const { Logger } = fromCore('@n8n/backend-common');
	return Container.get(Logger);
}

module.exports = { n8nLogger };
