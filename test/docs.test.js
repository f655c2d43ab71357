'use strict';
// The user's guide: a README of about 200 lines, and every relative link and anchor in it, in
// docs/ and in the changelog resolving, as do the documentation URLs of the nodes' codex files
// (*.node.json), which point at this repository's README.
const fs = require('node:fs');
const path = require('node:path');

const ROOT = path.join(__dirname, '..');
const pkg = require('../package.json');

const REPOSITORY = pkg.repository.url.replace(/^git\+/, '').replace(/\.git$/, '');
const DOCUMENTS = [
	'README.md',
	'CHANGELOG.md',
	...fs
		.readdirSync(path.join(ROOT, 'docs'))
		.filter((f) => f.endsWith('.md'))
		.map((f) => `docs/${f}`),
];

const read = (file) => fs.readFileSync(path.join(ROOT, file), 'utf8');

/** Markdown without fenced code blocks and inline code, where links are not links. */
const prose = (text) => text.replace(/^```[\s\S]*?^```/gm, '').replace(/`[^`\n]*`/g, '');

/** GitHub's anchor for a heading: lower case, punctuation dropped, spaces as hyphens. */
const slug = (heading) =>
	heading
		.trim()
		.toLowerCase()
		.replace(/[^\p{L}\p{N} _-]/gu, '')
		.replace(/ /g, '-');

/** The anchors of a Markdown file's headings; a repeated heading gets -1, -2... */
function anchorsOf(text) {
	const seen = new Map();
	const anchors = new Set();
	for (const [, heading] of text.replace(/^```[\s\S]*?^```/gm, '').matchAll(/^#{1,6} (.+)$/gm)) {
		const base = slug(heading);
		const count = seen.get(base) ?? 0;
		seen.set(base, count + 1);
		anchors.add(count ? `${base}-${count}` : base);
	}
	return anchors;
}

/** Why a link from `from` (a repository path) does not resolve, or undefined when it does. */
function brokenLink(from, target, readFile = read) {
	if (/^[a-z]+:/i.test(target)) return undefined;
	const [file, anchor] = target.split('#');
	const resolved = file
		? path.posix.normalize(path.posix.join(path.posix.dirname(from), file))
		: from;
	if (!fs.existsSync(path.join(ROOT, resolved))) return `${from}: ${target}: no file ${resolved}`;
	if (anchor === undefined) return undefined;
	if (!resolved.endsWith('.md'))
		return `${from}: ${target}: an anchor into a file that is not Markdown`;
	if (!anchorsOf(readFile(resolved)).has(anchor))
		return `${from}: ${target}: no heading #${anchor} in ${resolved}`;
	return undefined;
}

function brokenLinksIn(file, readFile = read) {
	const links = [...prose(readFile(file)).matchAll(/!?\[[^\]]*\]\(([^)\s]+)\)/g)].map((m) => m[1]);
	return links.map((target) => brokenLink(file, target, readFile)).filter(Boolean);
}

test('the README has at most 200 lines, starting with the commands to try and test it', () => {
	const readme = read('README.md');
	expect(readme.split('\n').length).toBeLessThanOrEqual(200);
	expect(readme).toContain('npm ci && npm start   # try it');
	expect(readme).toContain('npm test              # test it');
	for (const script of ['start', 'test']) expect(pkg.scripts[script]).toBeDefined();
});

test.each(DOCUMENTS)('every relative link and anchor in %s resolves', (file) => {
	expect(brokenLinksIn(file)).toEqual([]);
});

test('the README shows the editor screenshot and links every docs/ page', () => {
	const readme = read('README.md');
	expect(readme).toContain('](docs/images/venio-node.png)');
	for (const file of DOCUMENTS.filter((f) => f.startsWith('docs/'))) {
		expect(readme).toContain(`](${file})`);
	}
});

test('a missing file, a missing heading and a repeated heading are told apart', () => {
	const files = {
		'README.md':
			'# Title\n\n## Setup\n\n## Setup\n\n[a](#setup-1) [b](#nope) [c](docs/none.md) [d](#title)\n```\n[e](#in-code)\n```\n',
	};
	expect(brokenLinksIn('README.md', (file) => files[file])).toEqual([
		'README.md: #nope: no heading #nope in README.md',
		'README.md: docs/none.md: no file docs/none.md',
	]);
	expect(slug('Try it in a real n8n: `npm start`')).toBe('try-it-in-a-real-n8n-npm-start');
	expect(slug('What the package shares through n8n, and what it does not')).toBe(
		'what-the-package-shares-through-n8n-and-what-it-does-not',
	);
});

test("the nodes' documentation URLs into this repository resolve", () => {
	const codex = ['nodes/Venio/Venio.node.json', 'nodes/VenioTrigger/VenioTrigger.node.json'];
	const urls = codex.flatMap((file) =>
		Object.values(JSON.parse(read(file)).resources).flatMap((list) => list.map((r) => r.url)),
	);
	const ours = urls.filter((url) => url.startsWith(REPOSITORY));
	expect(ours.length).toBeGreaterThanOrEqual(2);
	for (const url of urls) expect(url).toMatch(/^https:\/\//);
	const broken = ours
		.map((url) => {
			const rest = url.slice(REPOSITORY.length);
			const target = rest.startsWith('/blob/main/')
				? rest.slice('/blob/main/'.length)
				: `README.md${rest}`;
			return brokenLink('README.md', target);
		})
		.filter(Boolean);
	expect(broken).toEqual([]);
});
