'use strict';
// The GitHub Actions workflows, checked here since they only run on GitHub: a schema check of
// their structure (the parts of GitHub's workflow syntax they use), what the issue asks of each,
// and that every npm script they run exists.
const fs = require('node:fs');
const path = require('node:path');
const YAML = require('yaml');

const ROOT = path.join(__dirname, '..', '..');
const DIR = path.join(ROOT, '.github', 'workflows');
const pkg = require('../../package.json');

const files = fs.readdirSync(DIR).filter((file) => /\.ya?ml$/.test(file));
const workflows = Object.fromEntries(
	files.map((file) => [file, YAML.parse(fs.readFileSync(path.join(DIR, file), 'utf8'))]),
);

const WORKFLOW_KEYS = [
	'name',
	'run-name',
	'on',
	'permissions',
	'concurrency',
	'env',
	'defaults',
	'jobs',
];
const JOB_KEYS = [
	'name',
	'runs-on',
	'needs',
	'permissions',
	'if',
	'env',
	'strategy',
	'timeout-minutes',
	'services',
	'concurrency',
	'outputs',
	'environment',
	'defaults',
	'container',
	'continue-on-error',
	'steps',
];
const STEP_KEYS = [
	'name',
	'id',
	'if',
	'uses',
	'run',
	'with',
	'env',
	'shell',
	'working-directory',
	'continue-on-error',
	'timeout-minutes',
];
const EVENTS = ['push', 'pull_request', 'workflow_dispatch', 'release', 'schedule'];
const PERMISSION_LEVELS = ['read', 'write', 'none'];

/** Every string in a parsed YAML value. */
const stringsIn = (value) =>
	typeof value === 'string'
		? [value]
		: value && typeof value === 'object'
			? Object.values(value).flatMap(stringsIn)
			: [];

const unknownKeys = (object, allowed) =>
	Object.keys(object).filter((key) => !allowed.includes(key));

/** What is wrong with a workflow, in words; empty when it follows the syntax. */
function schemaProblems(workflow) {
	const problems = [];
	const say = (where, what) => problems.push(`${where}: ${what}`);
	if (!workflow || typeof workflow !== 'object') return ['not a mapping'];
	for (const key of unknownKeys(workflow, WORKFLOW_KEYS)) say('workflow', `unknown key ${key}`);
	if (!workflow.on) say('workflow', 'no `on` trigger');
	for (const event of Object.keys(workflow.on ?? {})) {
		if (!EVENTS.includes(event)) say('on', `unknown event ${event}`);
	}
	const permissionProblems = (where, permissions = {}) => {
		for (const [scope, level] of Object.entries(permissions)) {
			if (!PERMISSION_LEVELS.includes(level)) say(where, `permission ${scope}: ${level}`);
		}
	};
	permissionProblems('workflow', workflow.permissions);
	const jobs = workflow.jobs ?? {};
	if (!Object.keys(jobs).length) say('workflow', 'no jobs');
	for (const [id, job] of Object.entries(jobs)) {
		for (const key of unknownKeys(job, JOB_KEYS)) say(`job ${id}`, `unknown key ${key}`);
		if (!job['runs-on']) say(`job ${id}`, 'no runs-on');
		permissionProblems(`job ${id}`, job.permissions);
		for (const need of [job.needs ?? []].flat()) {
			if (!jobs[need]) say(`job ${id}`, `needs unknown job ${need}`);
		}
		if (!Array.isArray(job.steps) || !job.steps.length) say(`job ${id}`, 'no steps');
		(job.steps ?? []).forEach((step, index) => {
			const where = `job ${id} step ${index + 1}`;
			for (const key of unknownKeys(step, STEP_KEYS)) say(where, `unknown key ${key}`);
			if ('uses' in step === 'run' in step) say(where, 'needs exactly one of uses and run');
			if (step.uses && !/^[\w.-]+\/[\w./-]+@[\w.-]+$/.test(step.uses)) {
				say(where, `uses ${step.uses} is not owner/repo@ref`);
			}
			if (step.with && 'run' in step) say(where, '`with` belongs to a `uses` step');
		});
	}
	for (const value of stringsIn(workflow)) {
		if ((value.match(/\$\{\{/g) ?? []).length !== (value.match(/\}\}/g) ?? []).length) {
			say('workflow', `an expression is not closed: ${value}`);
		}
	}
	return problems;
}

/** Every step's command, with the job it is in, in order. */
const runSteps = (workflow) =>
	Object.entries(workflow.jobs).flatMap(([job, { steps }]) =>
		steps.filter((step) => step.run).map((step) => ({ job, run: step.run })),
	);

/** The npm scripts a command runs: `npm run x`, `npm test`, `npm start`. */
const scriptsRun = (command) => [
	...[...command.matchAll(/\bnpm run ([\w:.-]+)/g)].map((match) => match[1]),
	...[...command.matchAll(/\bnpm (test|start)\b/g)].map((match) => match[1]),
];

test('the workflows are ci.yml and publish.yml', () => {
	expect(files.sort()).toEqual(['ci.yml', 'publish.yml']);
});

test.each(files)('%s follows the workflow syntax', (file) => {
	expect(schemaProblems(workflows[file])).toEqual([]);
});

test('the schema check catches a broken workflow', () => {
	const broken = {
		on: { push: {}, pushh: {} },
		permissions: { 'id-token': 'writ' },
		jobs: {
			a: {
				needs: 'b',
				steps: [
					{ run: 'npm ci', uses: 'actions/checkout@v4' },
					{ uses: 'checkout', env: { X: '${{ github.ref' } },
				],
			},
		},
	};
	expect(schemaProblems(broken)).toEqual([
		'on: unknown event pushh',
		'workflow: permission id-token: writ',
		'job a: no runs-on',
		'job a: needs unknown job b',
		'job a step 1: needs exactly one of uses and run',
		'job a step 2: uses checkout is not owner/repo@ref',
		'workflow: an expression is not closed: ${{ github.ref',
	]);
});

test.each(files)('every npm script %s runs exists in package.json', (file) => {
	const scripts = runSteps(workflows[file]).flatMap(({ run }) => scriptsRun(run));
	expect(scripts.length).toBeGreaterThan(0);
	expect(scripts.filter((script) => !(script in pkg.scripts))).toEqual([]);
});

test('ci.yml: on push and pull request, lint, build and npm test; the real-n8n suites in their own job', () => {
	const ci = workflows['ci.yml'];
	expect(Object.keys(ci.on).sort()).toEqual(['pull_request', 'push']);
	const steps = runSteps(ci);
	const jobOf = (command) => steps.find((step) => step.run === command)?.job;
	const unit = jobOf('npm test');
	expect(unit).toBeDefined();
	for (const command of ['npm ci', 'npm run lint', 'npm run build']) {
		expect(steps.some((step) => step.job === unit && step.run === command)).toBe(true);
	}
	const suites = ['npm run test:e2e', 'npm run test:queue', 'npm run test:ui'].map(jobOf);
	expect(new Set(suites).size).toBe(1);
	expect(suites[0]).toBeDefined();
	expect(suites[0]).not.toBe(unit);
});

test('publish.yml: on a version tag, OIDC permission, publishes with provenance after lint, build and tests', () => {
	const publish = workflows['publish.yml'];
	expect(publish.on).toEqual({ push: { tags: ['*.*.*'] } });
	const [job] = Object.values(publish.jobs);
	expect(job.permissions).toEqual({ 'id-token': 'write', contents: 'read' });
	const commands = job.steps.filter((step) => step.run).map((step) => step.run);
	const at = (pattern) => commands.findIndex((command) => pattern.test(command));
	const publishing = at(/^npm publish --provenance/);
	expect(publishing).toBeGreaterThan(-1);
	for (const before of [/^npm ci$/, /^npm run lint$/, /^npm run build$/, /^npm test$/]) {
		expect(at(before)).toBeGreaterThan(-1);
		expect(at(before)).toBeLessThan(publishing);
	}
	const step = job.steps.find((s) => s.run && /^npm publish/.test(s.run));
	expect(step.env.NODE_AUTH_TOKEN).toBe('${{ secrets.NPM_TOKEN }}');
});
