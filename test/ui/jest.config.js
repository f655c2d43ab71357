// The real-browser suite: `npm run test:ui`. One worker: it starts one n8n (about 1 GB with its
// task runner), a sandbox and a headless Chromium. n8n is installed by test/n8n/host.js (minutes,
// the first time); Chromium by apt-get when /usr/bin/chromium is missing.
const path = require('path');

module.exports = {
	rootDir: path.resolve(__dirname, '..', '..'),
	testEnvironment: 'node',
	roots: ['<rootDir>/test/ui'],
	testMatch: ['**/*.test.js'],
	maxWorkers: 1,
	testTimeout: 6 * 60 * 1000,
	slowTestThreshold: 120,
	verbose: true,
};
