// The AI-tools suite: `npm run test:ai` (jest -c test/n8n/ai/jest.config.js).
// One worker: it starts one n8n (about 1 GB with its task runner) and a sandbox, and talks to the
// workflow's MCP Server Trigger with the official MCP client.
const path = require('path');

module.exports = {
	rootDir: path.resolve(__dirname, '..', '..', '..'),
	testEnvironment: 'node',
	roots: ['<rootDir>/test/n8n/ai'],
	testMatch: ['**/*.test.js'],
	maxWorkers: 1,
	testTimeout: 15 * 60 * 1000,
	slowTestThreshold: 120,
	verbose: true,
};
