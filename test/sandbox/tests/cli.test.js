'use strict';
// The sandbox's command line (test/sandbox/cli.js): serving, and sending a webhook.

const http = require('http');
const path = require('path');
const { spawn } = require('child_process');
const { request } = require('./client');

describe('command line', () => {
	const CLI = path.join(__dirname, '..', 'cli.js');

	/** Runs the CLI; resolves { code, stdout } on exit, or early with the child when `until` matches stdout. */
	function run(args, until) {
		return new Promise((resolve, reject) => {
			const child = spawn(process.execPath, [CLI, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
			let stdout = '';
			child.stdout.on('data', (chunk) => {
				stdout += chunk;
				if (until && until.test(stdout)) resolve({ child, stdout });
			});
			child.stderr.on('data', (chunk) => {
				stdout += chunk;
			});
			child.on('error', reject);
			child.on('exit', (code) => resolve({ code, stdout }));
		});
	}

	test('serves until SIGTERM and sends webhooks through a running sandbox', async () => {
		const { child, stdout } = await run(
			['--port', '0', '--customers', '5', '--token-ttl', '60'],
			/Subscription key: \S+/,
		);
		const exited =
			child.exitCode !== null
				? Promise.resolve(child.exitCode)
				: new Promise((resolve) => child.on('exit', resolve));
		const receiver = http.createServer((req, res) => {
			req.resume();
			req.on('end', () => res.writeHead(200).end(`got ${req.url} ${req.headers['x-name']}`));
		});
		try {
			const url = /Venio sandbox listening on (\S+)/.exec(stdout)[1];
			expect(stdout).toMatch(/Client ID:\s+sandbox-client/);
			const token = await request(url, 'POST', '/authorization/connect/token', {
				raw: 'grant_type=client_credentials&client_id=sandbox-client&client_secret=sandbox-secret',
				headers: {
					'Content-Type': 'application/x-www-form-urlencoded',
					'Ocp-Apim-Subscription-Key': 'sandbox-key',
				},
			});
			expect(token.json.expires_in).toBe(60);

			await new Promise((resolve) => receiver.listen(0, '127.0.0.1', resolve));
			const target = `http://127.0.0.1:${receiver.address().port}/webhook/venio`;
			const sent = await run([
				'send-webhook',
				'--sandbox',
				url,
				'--to',
				target,
				'--topic',
				'Customer',
				'--event',
				'Create',
				'--header',
				'X-Name: v1',
				'--query',
				'token=abc',
			]);
			expect(sent.code).toBe(0);
			expect(sent.stdout).toBe('HTTP 200\ngot /webhook/venio?token=abc v1\n');
		} finally {
			child.kill('SIGTERM');
			await new Promise((resolve) => receiver.close(resolve));
		}
		expect(await exited).toBe(0);
	});
});
