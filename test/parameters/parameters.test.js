'use strict';
// Saved workflows stay loadable: a workflow stores parameter names and option values, so renaming
// one, removing a value or changing a default silently changes or breaks every saved workflow
// that used it. Any change to what test/parameters/snapshot.js writes out fails here until the
// committed snapshot is updated on purpose.
const fs = require('node:fs');

const { parameterSnapshot, SNAPSHOT_FILE } = require('./snapshot');
const { RESOURCES } = require('../../dist/nodes/Venio/actions');

/** Each line keyed by the section it sits in (the same line appears under many operations). */
function keyed(lines) {
	let section = '';
	return lines.map((line, index) => {
		if (line.startsWith('#')) section = line;
		return { key: `${section}\n${line}`, text: `  ${index + 1}: ${line}    (in ${section})` };
	});
}

/** Lines of `a` that `b` lacks in the same section, as many times as `a` has more of them. */
function linesMissingFrom(a, b) {
	const counts = new Map();
	for (const { key } of keyed(b)) counts.set(key, (counts.get(key) ?? 0) + 1);
	const missing = [];
	for (const { key, text } of keyed(a)) {
		const left = counts.get(key) ?? 0;
		if (left > 0) counts.set(key, left - 1);
		else missing.push(text);
	}
	return missing;
}

function changeReport(committed, built) {
	const removed = linesMissingFrom(committed, built);
	const added = linesMissingFrom(built, committed);
	return [
		'The parameters of the built nodes differ from test/parameters/parameters.snapshot.txt.',
		'',
		'In the snapshot, not in the build (renamed, removed or changed):',
		...(removed.length ? removed : ['  (none)']),
		'In the build, not in the snapshot (new or changed):',
		...(added.length ? added : ['  (none)']),
		'',
		'A renamed parameter, a removed option value or a changed default breaks or changes saved',
		'workflows: put such a change into a new node version instead (docs/development.md,',
		'"Changing parameters"). When the change is meant:',
		'  1. npm run snapshot:update',
		'  2. add a line to CHANGELOG.md under "Unreleased" saying what changed for saved workflows.',
	].join('\n');
}

test('the parameters saved workflows depend on match the committed snapshot', () => {
	const built = parameterSnapshot();
	const committed = fs.readFileSync(SNAPSHOT_FILE, 'utf8');
	if (built !== committed) throw new Error(changeReport(committed.split('\n'), built.split('\n')));
});

test('the snapshot has a section for every operation of the node', () => {
	const sections = parameterSnapshot()
		.split('\n')
		.filter((line) => line.startsWith('### '));
	const operations = RESOURCES.flatMap((resource) =>
		resource.actions.map((action) => `### ${resource.value} › ${action.value}`),
	);
	expect(sections).toEqual(operations);
});

test('a renamed parameter is reported with what to do', () => {
	const committed = ['# node venio v1', '### customer › get', 'customer: resourceLocator'];
	const built = ['# node venio v1', '### customer › get', 'customerCode: resourceLocator'];
	const report = changeReport(committed, built);
	expect(report).toContain('3: customer: resourceLocator    (in ### customer › get)');
	expect(report).toContain('3: customerCode: resourceLocator');
	expect(report).toContain('npm run snapshot:update');
	expect(report).toContain('CHANGELOG.md');
});
