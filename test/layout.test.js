'use strict';
// The house rules of the source tree (issue 9), checked so that they hold after the next change:
// small files, one meaning per file name, dropdowns that do not lean on operation modules.
const fs = require('node:fs');
const path = require('node:path');

const ROOT = path.join(__dirname, '..');

/** Files below `dir` (relative to the repository) whose names end with `ending`. */
function filesUnder(dir, ending) {
	const found = [];
	const walk = (relative) => {
		for (const entry of fs.readdirSync(path.join(ROOT, relative), { withFileTypes: true })) {
			const child = path.posix.join(relative, entry.name);
			if (entry.isDirectory() && entry.name !== 'node_modules') walk(child);
			else if (entry.isFile() && entry.name.endsWith(ending)) found.push(child);
		}
	};
	walk(dir);
	return found;
}

const lineCount = (file) => fs.readFileSync(path.join(ROOT, file), 'utf8').split('\n').length - 1;

const SOURCES = [...filesUnder('nodes', '.ts'), ...filesUnder('credentials', '.ts')];

test('no source file under nodes/ or credentials/ is over 300 lines', () => {
	const long = SOURCES.filter((file) => lineCount(file) > 300);
	expect(long).toEqual([]);
});

test('no test file is over 600 lines', () => {
	const long = filesUnder('test', '.test.js').filter((file) => lineCount(file) > 600);
	expect(long).toEqual([]);
});

test('a file name means one thing: shared only by index.ts and the modules of each resource', () => {
	// actions/<resource>/ holds modules named for their role in that resource (getMany.ts,
	// upsertParameters.ts...); anywhere else, two files of one name would mean two things.
	const perResource = /^nodes\/Venio\/actions\/[^/]+\/[^/]+\.ts$/;
	const byName = new Map();
	for (const file of SOURCES.filter((f) => !perResource.test(f))) {
		const name = path.basename(file);
		if (name !== 'index.ts') byName.set(name, [...(byName.get(name) ?? []), file]);
	}
	const twice = [...byName.values()].filter((files) => files.length > 1);
	expect(twice).toEqual([]);
});

test('methods/ imports no operation module', () => {
	const { RESOURCES } = require('../dist/nodes/Venio/actions');
	const operationModules = new Set(
		RESOURCES.flatMap((resource) =>
			resource.actions.map((action) => `nodes/Venio/actions/${resource.value}/${action.value}`),
		),
	);
	const leaning = [];
	for (const file of filesUnder('nodes/Venio/methods', '.ts')) {
		const text = fs.readFileSync(path.join(ROOT, file), 'utf8');
		for (const [, target] of text.matchAll(/from '(\.[^']+)'/g)) {
			const resolved = path.posix.join(path.posix.dirname(file), target);
			if (operationModules.has(resolved)) leaning.push(`${file} -> ${resolved}`);
		}
	}
	expect(operationModules.size).toBeGreaterThan(50);
	expect(leaning).toEqual([]);
});
