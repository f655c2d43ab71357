'use strict';
// What npm gets: the files a user needs and nothing else, metadata that agrees with itself (n8n
// checks that npm and GitHub agree), and no way to publish without a provenance statement.
const { execFileSync, spawn } = require('node:child_process');
const fs = require('node:fs');
const http = require('node:http');
const os = require('node:os');
const path = require('node:path');

const ROOT = path.join(__dirname, '..', '..');
const pkg = require('../../package.json');

const REPOSITORY = pkg.repository.url.replace(/^git\+/, '').replace(/\.git$/, '');

test('npm pack lists exactly dist/, index.js, README, LICENSE, CHANGELOG and package.json', () => {
	const [report] = JSON.parse(
		execFileSync('npm', ['pack', '--dry-run', '--json'], { cwd: ROOT, encoding: 'utf8' }),
	);
	const files = report.files.map((file) => file.path);
	const outside = files.filter((file) => !file.startsWith('dist/'));
	expect(outside.sort()).toEqual([
		'CHANGELOG.md',
		'LICENSE.md',
		'README.md',
		'index.js',
		'package.json',
	]);
	expect(files).toContain('dist/nodes/Venio/Venio.node.js');
	expect(files).toContain('dist/credentials/VenioApi.credentials.js');
	expect(files.filter((file) => file.endsWith('.tsbuildinfo'))).toEqual([]);
});

test('repository, homepage, bugs, author and the changelog name one GitHub repository', () => {
	expect(REPOSITORY).toMatch(/^https:\/\/github\.com\/[\w.-]+\/[\w.-]+$/);
	expect(pkg.repository.type).toBe('git');
	expect(pkg.homepage).toBe(`${REPOSITORY}#readme`);
	expect(pkg.bugs).toEqual({ url: `${REPOSITORY}/issues` });
	expect(pkg.author).toMatchObject({ name: expect.any(String), url: REPOSITORY });
	const links = fs
		.readFileSync(path.join(ROOT, 'CHANGELOG.md'), 'utf8')
		.match(/^\[[^\]]+\]: \S+$/gm);
	expect(links.length).toBeGreaterThan(1);
	for (const link of links) expect(link.split(': ')[1].startsWith(`${REPOSITORY}/`)).toBe(true);
});

/** A registry on loopback that answers 404 to everything and records what it was asked. */
function fakeRegistry() {
	const requests = [];
	const server = http.createServer((request, response) => {
		requests.push(`${request.method} ${request.url}`);
		request.resume();
		response.writeHead(404, { 'content-type': 'application/json' }).end('{}');
	});
	return new Promise((resolve) =>
		server.listen(0, '127.0.0.1', () => resolve({ server, requests, port: server.address().port })),
	);
}

test('a plain npm publish outside GitHub Actions is refused before anything is uploaded', async () => {
	const registry = await fakeRegistry();
	const home = fs.mkdtempSync(path.join(os.tmpdir(), 'venio-publish-'));
	const url = `http://127.0.0.1:${registry.port}/`;
	fs.writeFileSync(
		path.join(home, '.npmrc'),
		`//127.0.0.1:${registry.port}/:_authToken=not-a-token\n`,
	);
	try {
		// A laptop's environment: no CI variables, logged in to the registry.
		const env = { PATH: process.env.PATH, HOME: home, npm_config_cache: path.join(home, 'cache') };
		const child = spawn('npm', ['publish', '--registry', url], { cwd: ROOT, env });
		let output = '';
		child.stdout.on('data', (chunk) => (output += chunk));
		child.stderr.on('data', (chunk) => (output += chunk));
		const status = await new Promise((resolve) => child.on('close', resolve));
		expect(status).not.toBe(0);
		expect(output).toContain('Automatic provenance generation not supported');
		expect(registry.requests.filter((request) => request.startsWith('PUT'))).toEqual([]);
	} finally {
		registry.server.close();
		fs.rmSync(home, { recursive: true, force: true });
	}
});
