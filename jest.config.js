// Unit and engine tests (`npm test`). The real-n8n suite has its own config in test/n8n/.
module.exports = {
	testEnvironment: 'node',
	roots: ['<rootDir>/test'],
	testMatch: ['**/*.test.js'],
	testPathIgnorePatterns: ['/node_modules/', '<rootDir>/test/n8n/'],
	testTimeout: 60000,
};
