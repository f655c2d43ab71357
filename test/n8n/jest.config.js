// The real-n8n suite: `npx jest -c test/n8n/jest.config.js` (npm run test:e2e).
// One worker: it starts one n8n (about 1 GB with its task runner) and a sandbox.
// The first run installs n8n into ~/.cache/n8n-nodes-venio (VENIO_N8N_HOME), which takes minutes.
const path = require('path');

module.exports = {
	rootDir: path.resolve(__dirname, '..', '..'),
	testEnvironment: 'node',
	roots: ['<rootDir>/test/n8n'],
	testMatch: ['**/*.test.js'],
	// The queue-mode and AI-tools suites have their own configs (test/n8n/queue/, test/n8n/ai/).
	testPathIgnorePatterns: ['/node_modules/', '<rootDir>/test/n8n/queue/', '<rootDir>/test/n8n/ai/'],
	maxWorkers: 1,
	testTimeout: 15 * 60 * 1000,
	slowTestThreshold: 60,
	verbose: true,
};
