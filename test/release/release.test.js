'use strict';
// `npm run release` in a scratch repository with a scratch remote: it bumps, writes the changelog
// entry, commits, tags and pushes; it refuses a dirty tree and an empty "Unreleased".
const { execFileSync, spawnSync } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const { changelogFor, nextVersion } = require('../../scripts/release');

const SCRIPT = path.join(__dirname, '..', '..', 'scripts', 'release.js');
const REPOSITORY = 'https://github.com/example-owner/example-repo';
const CHANGELOG = `# Changelog

## [Unreleased]

### Fixed

- Deal › Update keeps the stage.

## [0.1.0] - 2026-12-01

### Added

- First release.

[unreleased]: ${REPOSITORY}/compare/0.1.0...HEAD
[0.1.0]: ${REPOSITORY}/releases/tag/0.1.0
`;

const git = (cwd, ...args) => execFileSync('git', args, { cwd, encoding: 'utf8' }).trim();

/** A clone of a fresh bare remote holding a package at 0.1.0, on main, tracking origin/main. */
function scratchRepository(changelog = CHANGELOG) {
	const root = fs.mkdtempSync(path.join(os.tmpdir(), 'venio-release-'));
	const remote = path.join(root, 'remote.git');
	const work = path.join(root, 'work');
	git(root, 'init', '--quiet', '--bare', '--initial-branch=main', remote);
	fs.mkdirSync(work);
	git(work, 'init', '--quiet', '--initial-branch=main');
	git(work, 'remote', 'add', 'origin', remote);
	git(work, 'config', 'user.name', 'Release Test');
	git(work, 'config', 'user.email', 'release@example.test');
	const mark = (file) => `node -e "require('fs').writeFileSync('${file}', '')"`;
	const pkg = {
		name: 'release-scratch',
		version: '0.1.0',
		repository: { type: 'git', url: `git+${REPOSITORY}.git` },
		scripts: { lint: mark('linted.mark'), build: mark('built.mark') },
	};
	fs.writeFileSync(path.join(work, 'package.json'), `${JSON.stringify(pkg, null, 2)}\n`);
	fs.writeFileSync(path.join(work, 'CHANGELOG.md'), changelog);
	fs.writeFileSync(path.join(work, '.gitignore'), '*.mark\n');
	git(work, 'add', '.');
	git(work, 'commit', '--quiet', '-m', 'start');
	git(work, 'push', '--quiet', '-u', 'origin', 'main');
	return { root, remote, work };
}

const release = (cwd, ...args) =>
	spawnSync(process.execPath, [SCRIPT, ...args], { cwd, encoding: 'utf8' });

let scratch;
afterEach(() => scratch && fs.rmSync(scratch.root, { recursive: true, force: true }));

test('bumps, moves "Unreleased" under the version, commits, tags and pushes', () => {
	scratch = scratchRepository();
	const result = release(scratch.work, 'minor');
	expect({ status: result.status, stderr: result.stderr }).toMatchObject({ status: 0 });
	const { remote, work } = scratch;
	expect(fs.existsSync(path.join(work, 'linted.mark'))).toBe(true);
	expect(fs.existsSync(path.join(work, 'built.mark'))).toBe(true);
	expect(git(remote, 'tag', '--list')).toBe('0.2.0');
	expect(git(remote, 'rev-parse', '0.2.0^{commit}')).toBe(git(remote, 'rev-parse', 'main'));
	expect(git(remote, 'log', '-1', '--format=%s', 'main')).toBe('Release 0.2.0');
	expect(JSON.parse(git(remote, 'show', 'main:package.json')).version).toBe('0.2.0');
	const changelog = git(remote, 'show', 'main:CHANGELOG.md');
	const today = new Date().toISOString().slice(0, 10);
	expect(changelog).toContain(
		`## [Unreleased]\n\n## [0.2.0] - ${today}\n\n### Fixed\n\n- Deal › Update keeps the stage.\n\n## [0.1.0]`,
	);
	expect(changelog).toContain(`[unreleased]: ${REPOSITORY}/compare/0.2.0...HEAD`);
	expect(changelog).toContain(`[0.2.0]: ${REPOSITORY}/compare/0.1.0...0.2.0`);
	expect(changelog).toContain(`[0.1.0]: ${REPOSITORY}/releases/tag/0.1.0`);
});

test('refuses uncommitted changes, an empty "Unreleased" and a missing bump, tagging nothing', () => {
	scratch = scratchRepository(CHANGELOG.replace(/### Fixed\n\n- Deal.*\n\n/, ''));
	const empty = release(scratch.work, 'patch');
	expect(empty.status).toBe(1);
	expect(empty.stderr).toContain('says nothing under "Unreleased"');
	expect(release(scratch.work).stderr).toContain('npm run release -- patch|minor|major|X.Y.Z');
	fs.appendFileSync(path.join(scratch.work, 'CHANGELOG.md'), '- more\n');
	const dirty = release(scratch.work, 'patch');
	expect(dirty.status).toBe(1);
	expect(dirty.stderr).toContain('uncommitted changes');
	expect(git(scratch.remote, 'tag', '--list')).toBe('');
	expect(git(scratch.remote, 'log', '--format=%s', 'main')).toBe('start');
});

test('versions: a bump name or an exact version', () => {
	expect(nextVersion('0.1.0', 'patch')).toBe('0.1.1');
	expect(nextVersion('0.1.9', 'minor')).toBe('0.2.0');
	expect(nextVersion('1.4.2', 'major')).toBe('2.0.0');
	expect(nextVersion('0.1.0', '0.3.0-rc.1')).toBe('0.3.0-rc.1');
	expect(nextVersion('0.1.0', 'next')).toBeUndefined();
});

test('a changelog without "Unreleased" links gets them', () => {
	const text = '# Changelog\n\n## [Unreleased]\n\n- One.\n';
	const out = changelogFor(text, {
		version: '1.0.0',
		previous: '0.9.0',
		date: '2026-01-02',
		repository: REPOSITORY,
	});
	expect(out).toBe(
		`# Changelog\n\n## [Unreleased]\n\n## [1.0.0] - 2026-01-02\n\n- One.\n\n[unreleased]: ${REPOSITORY}/compare/1.0.0...HEAD\n[1.0.0]: ${REPOSITORY}/compare/0.9.0...1.0.0\n`,
	);
});
