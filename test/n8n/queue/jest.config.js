// The queue-mode suite: `npm run test:queue` (jest -c test/n8n/queue/jest.config.js).
// One worker: it starts PostgreSQL, Redis and four n8n processes (about 4 GB together).
const path = require('path');

module.exports = {
	rootDir: path.resolve(__dirname, '..', '..', '..'),
	testEnvironment: 'node',
	roots: ['<rootDir>/test/n8n/queue'],
	testMatch: ['**/*.test.js'],
	maxWorkers: 1,
	testTimeout: 10 * 60 * 1000,
	slowTestThreshold: 120,
	verbose: true,
};
