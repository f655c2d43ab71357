'use strict';
// `npm run demo` (docs/sandbox.md) runs `node test/demo.js`: it must run the example workflow
// end to end and show what Venio returned.
const { execFileSync } = require('node:child_process');
const path = require('node:path');

test('the demo runs the example workflow against the sandbox and prints its items', () => {
	const output = execFileSync(process.execPath, [path.join(__dirname, 'demo.js')], {
		encoding: 'utf8',
		timeout: 60000,
	});
	expect(output).toMatch(/Venio sandbox listening on http:\/\/127\.0\.0\.1:\d+/);
	expect(output).toMatch(/Create customer: 1 item\(s\)\n {2}\{"customerId":\d+,.*"customerCode":"C\d+"/);
	expect(output).toMatch(/Get customer: 1 item\(s\)/);
	expect(output).toMatch(/List deals: 10 item\(s\)/);
	expect(output).toMatch(/token calls: 1\)/);
	expect(output).not.toMatch(/sandbox-secret|sandbox-key/);
});
