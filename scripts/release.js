'use strict';
// `npm run release -- <patch|minor|major|X.Y.Z>`: what `n8n-node release` does, without its
// network-installed helpers (release-it, auto-changelog): checks that the working tree is clean, on
// main and tracking a remote, and that CHANGELOG.md says what changed under "Unreleased"; runs lint
// and build; bumps the version (package.json and its lockfile); turns "Unreleased" into the new
// version's entry; commits, tags X.Y.Z and pushes both. The tag starts .github/workflows/publish.yml,
// which tests and publishes with provenance. Nothing is published from this machine.
const { execFileSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

const UNRELEASED = '## [Unreleased]';

function fail(message) {
	console.error(`release: ${message}`);
	process.exit(1);
}

/** The version after `current` for a bump name, or `request` itself when it is a version. */
function nextVersion(current, request) {
	if (/^\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?$/.test(request)) return request;
	const [major, minor, patch] = current.split(/[.-]/).map(Number);
	if (request === 'major') return `${major + 1}.0.0`;
	if (request === 'minor') return `${major}.${minor + 1}.0`;
	if (request === 'patch') return `${major}.${minor}.${patch + 1}`;
	return undefined;
}

/** The GitHub repository's web address, from package.json's `repository`. */
function repositoryUrl(pkg) {
	const url = typeof pkg.repository === 'string' ? pkg.repository : pkg.repository?.url;
	return String(url ?? '')
		.replace(/^git\+/, '')
		.replace(/\.git$/, '');
}

/**
 * CHANGELOG.md with the "Unreleased" entries moved under `version` (dated `date`), an empty
 * "Unreleased" above it, and the compare links at the bottom updated; throws when there is
 * nothing under "Unreleased".
 */
function changelogFor(text, { version, previous, date, repository }) {
	const start = text.indexOf(UNRELEASED);
	if (start < 0) throw new Error(`CHANGELOG.md has no "${UNRELEASED}" heading`);
	const bodyStart = start + UNRELEASED.length;
	const next = text.indexOf('\n## ', bodyStart);
	const end = next < 0 ? text.length : next;
	const entries = text.slice(bodyStart, end).trim();
	if (!entries) throw new Error('CHANGELOG.md says nothing under "Unreleased": write what changed');
	const heading = `${UNRELEASED}\n\n## [${version}] - ${date}\n\n${entries}\n`;
	const released = `${text.slice(0, start)}${heading}${text.slice(end)}`;
	const links = new RegExp(`^\\[unreleased\\]: .*$`, 'im');
	const newLinks = [
		`[unreleased]: ${repository}/compare/${version}...HEAD`,
		`[${version}]: ${repository}/compare/${previous}...${version}`,
	].join('\n');
	return links.test(released)
		? released.replace(links, newLinks)
		: `${released.trimEnd()}\n\n${newLinks}\n`;
}

function main([request] = process.argv.slice(2)) {
	const run = (command, args) => execFileSync(command, args, { stdio: 'inherit' });
	const read = (command, args) => execFileSync(command, args, { encoding: 'utf8' }).trim();
	const pkg = JSON.parse(fs.readFileSync('package.json', 'utf8'));
	const version = nextVersion(pkg.version, request ?? '');
	if (!version) fail('say which release: npm run release -- patch|minor|major|X.Y.Z');
	if (read('git', ['status', '--porcelain'])) fail('the working tree has uncommitted changes');
	const branch = read('git', ['rev-parse', '--abbrev-ref', 'HEAD']);
	if (branch !== 'main') fail(`releases are made from main, not ${branch}`);
	try {
		read('git', ['rev-parse', '--abbrev-ref', '@{upstream}']);
	} catch {
		fail('main tracks no remote branch to push to');
	}
	if (read('git', ['tag', '--list', version])) fail(`tag ${version} exists already`);
	const changelog = changelogFor(fs.readFileSync('CHANGELOG.md', 'utf8'), {
		version,
		previous: pkg.version,
		date: new Date().toISOString().slice(0, 10),
		repository: repositoryUrl(pkg),
	});
	run('npm', ['run', 'lint']);
	run('npm', ['run', 'build']);
	run('npm', ['version', version, '--no-git-tag-version']);
	fs.writeFileSync('CHANGELOG.md', changelog);
	run('git', ['commit', '--all', '--message', `Release ${version}`]);
	run('git', ['tag', '--annotate', version, '--message', `Release ${version}`]);
	run('git', ['push', '--atomic', 'origin', 'HEAD', `refs/tags/${version}`]);
	console.log(`Released ${version}: the tag's publish workflow tests and publishes it.`);
}

if (require.main === module) {
	try {
		main();
	} catch (error) {
		fail(error.message);
	}
}

module.exports = {
	changelogFor,
	nextVersion,
	repositoryUrl,
	CHANGELOG: path.resolve('CHANGELOG.md'),
};
