// Unit and engine tests (`npm test`). The real-n8n suites have their own configs in test/n8n/ and
// test/ui/.
module.exports = {
	testEnvironment: 'node',
	roots: ['<rootDir>/test'],
	testMatch: ['**/*.test.js'],
	testPathIgnorePatterns: ['/node_modules/', '<rootDir>/test/n8n/', '<rootDir>/test/ui/'],
	testTimeout: 60000,
};
