'use strict';
// What a saved workflow depends on, written out from the built node descriptions: every
// parameter's name, type, default, option values, locator modes, `required` and display
// conditions, for the Venio node (per resource and operation), the Venio Trigger and both
// credentials, per node version. Display names, descriptions and hints are left out: changing them
// breaks no saved workflow. test/parameters/parameters.test.js compares this with the committed
// parameters.snapshot.txt; `npm run snapshot:update` rewrites that file after a deliberate change.
const fs = require('node:fs');
const path = require('node:path');

const DIST = path.join(__dirname, '..', '..', 'dist');
const SNAPSHOT_FILE = path.join(__dirname, 'parameters.snapshot.txt');

const json = (value) => JSON.stringify(value);

/** `key=a|b` for each display condition except the ones named in `skip`. */
function conditions(displayOptions = {}, skip = []) {
	const parts = [];
	for (const kind of ['show', 'hide']) {
		for (const [key, values] of Object.entries(displayOptions[kind] ?? {})) {
			if (skip.includes(key)) continue;
			parts.push(`${kind} ${key}=${values.map((value) => json(value)).join('|')}`);
		}
	}
	return parts.length ? ` [${parts.join('; ')}]` : '';
}

/** One line for a parameter, then one line per nested parameter, indented. */
function parameterLines(parameter, indent, skip) {
	let line = `${indent}${parameter.name}: ${parameter.type}`;
	if ('default' in parameter) line += ` = ${json(parameter.default)}`;
	if (parameter.required) line += ' (required)';
	if (parameter.modes) line += ` modes ${parameter.modes.map((mode) => mode.name).join('|')}`;
	const flat = ['options', 'multiOptions'].includes(parameter.type);
	if (flat && parameter.options) {
		line += ` values ${parameter.options.map((option) => json(option.value)).join('|')}`;
	}
	const source = parameter.typeOptions?.loadOptionsMethod;
	if (source) line += ` from ${source}`;
	line += conditions(parameter.displayOptions, skip);
	const lines = [line];
	if (parameter.type === 'collection') {
		for (const child of parameter.options ?? [])
			lines.push(...parameterLines(child, `${indent}  `, []));
	}
	if (parameter.type === 'fixedCollection') {
		for (const group of parameter.options ?? []) {
			lines.push(`${indent}  ${group.name}:`);
			for (const child of group.values ?? []) {
				lines.push(...parameterLines(child, `${indent}    `, []));
			}
		}
	}
	return lines;
}

/** Whether a parameter shows for `key` = `value`, judged by that key's conditions only. */
function showsFor(parameter, key, value) {
	const { show = {}, hide = {} } = parameter.displayOptions ?? {};
	if (show[key] && !show[key].includes(value)) return false;
	return !(hide[key] && hide[key].includes(value));
}

const conditionedOn = (parameter, key) =>
	Boolean(parameter.displayOptions?.show?.[key] || parameter.displayOptions?.hide?.[key]);

/**
 * The node's parameters grouped as the editor shows them: the ones on every form first, then per
 * resource its Operation dropdown, then per operation what it shows.
 */
function resourceOperationLines(properties) {
	const skip = ['resource', 'operation'];
	const lines = [];
	const everywhere = properties.filter(
		(p) => !conditionedOn(p, 'resource') && !conditionedOn(p, 'operation'),
	);
	everywhere.forEach((p) => lines.push(...parameterLines(p, '', skip)));
	const resources = properties.find((p) => p.name === 'resource').options.map((o) => o.value);
	for (const resource of resources) {
		const selectors = properties.filter(
			(p) => p.name === 'operation' && showsFor(p, 'resource', resource),
		);
		lines.push('', `## ${resource}`);
		selectors.forEach((p) => lines.push(...parameterLines(p, '', skip)));
		for (const operation of selectors.flatMap((p) => p.options.map((o) => o.value))) {
			lines.push(`### ${resource} › ${operation}`);
			const shown = properties.filter(
				(p) =>
					p.name !== 'operation' &&
					conditionedOn(p, 'operation') &&
					showsFor(p, 'resource', resource) &&
					showsFor(p, 'operation', operation),
			);
			shown.forEach((p) => lines.push(...parameterLines(p, '', skip)));
		}
	}
	return lines;
}

/** Every version a node type loads: a versioned node type's versions, else its one description. */
function descriptionsOf(nodeType) {
	if (nodeType.nodeVersions) {
		return Object.entries(nodeType.nodeVersions).map(([version, node]) => [
			version,
			node.description,
		]);
	}
	const { version } = nodeType.description;
	return [[Array.isArray(version) ? version.join(',') : String(version), nodeType.description]];
}

function nodeLines(nodeType) {
	const lines = [];
	for (const [version, description] of descriptionsOf(nodeType)) {
		lines.push('', `# node ${description.name} v${version}`);
		const byResource = description.properties.some((p) => p.name === 'resource');
		if (byResource) lines.push(...resourceOperationLines(description.properties));
		else description.properties.forEach((p) => lines.push(...parameterLines(p, '', [])));
	}
	return lines;
}

function credentialLines(credential) {
	return [
		'',
		`# credential ${credential.name}`,
		...credential.properties.flatMap((p) => parameterLines(p, '', [])),
	];
}

/** The snapshot's text, from dist/ (run `npm run build` first). */
function parameterSnapshot() {
	const load = (file, exportName) => new (require(path.join(DIST, file))[exportName])();
	const lines = [
		'# Parameters saved workflows depend on. Written by `npm run snapshot:update`; do not edit.',
		...nodeLines(load('nodes/Venio/Venio.node.js', 'Venio')),
		...nodeLines(load('nodes/VenioTrigger/VenioTrigger.node.js', 'VenioTrigger')),
		...credentialLines(load('credentials/VenioApi.credentials.js', 'VenioApi')),
		...credentialLines(
			load('credentials/VenioTriggerAuthApi.credentials.js', 'VenioTriggerAuthApi'),
		),
	];
	return `${lines.join('\n')}\n`;
}

if (require.main === module) {
	if (process.argv.includes('--update')) {
		fs.writeFileSync(SNAPSHOT_FILE, parameterSnapshot());
		console.log(
			`Wrote ${path.relative(process.cwd(), SNAPSHOT_FILE)}. Add a line to CHANGELOG.md.`,
		);
	} else {
		process.stdout.write(parameterSnapshot());
	}
}

module.exports = { parameterSnapshot, SNAPSHOT_FILE };
