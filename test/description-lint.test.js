'use strict';
// Every text the user reads in the Venio node and the Venio Trigger (labels, descriptions, hints,
// placeholders and options, of all operations) speaks the user's words: no API field names, raw
// codes, maintainer notes or guesses, and one label means one thing across resources.
const { Venio, VenioTrigger } = require('../index.js');

/** Every parameter, nested ones too, with where it is shown. */
function* parametersOf(properties, where = '') {
	for (const property of properties) {
		const show = property.displayOptions?.show ?? {};
		const at = where || [show.resource, show.operation].filter(Boolean).join(' › ');
		yield { property, at };
		for (const option of property.options ?? []) {
			if (option.values) yield* parametersOf(option.values, `${at} › ${property.displayName}`);
			else if (option.type) yield* parametersOf([option], `${at} › ${property.displayName}`);
		}
	}
}

/** The texts of a parameter a user reads: its own, and those of its options. */
function textsOf(property) {
	const texts = [
		['display name', property.displayName],
		['description', property.description],
		['hint', property.hint],
		['placeholder', property.placeholder],
	];
	for (const option of property.options ?? []) {
		if (option.value === undefined) continue;
		texts.push(['option', option.name], ['option description', option.description]);
	}
	for (const mode of property.modes ?? [])
		texts.push(['mode hint', mode.hint], ['mode placeholder', mode.placeholder]);
	return texts.filter(([, text]) => typeof text === 'string' && text !== '');
}

const FORBIDDEN = [
	['an API field name in parentheses', /\((?:[a-z]+[A-Z]\w*|\w+_\w+)\)/],
	['an API field name', /\b[a-z]+(?:[A-Z][a-z0-9]*)+\b/],
	['a code in parentheses', /\(\d+\)/],
	['a raw code sent', /\bSends \d+/i],
	['a guess', /\blikely\b|\bprobably\b|\bseems\b/i],
	[
		'a maintainer note',
		/not documented|undocumented|Gofive lists|documented example|as Venio names it|as Venio numbers it|older response shape|in flight|Venio:/i,
	],
	['an internal format', /\bGUID\b|\benum\b/i],
	['a reference to the API', /\bthe API\b|\bendpoint\b|\bpayload\b/i],
];

// Words that look like API names but are the user's: brands and n8n's own terms.
const ALLOWED = /\b(?:e\.g|n8n|iPhone|JavaScript|JSON|HTML)\b/g;

/** What `text` has of FORBIDDEN, each as "<kind> has <what>". */
function forbiddenIn(kind, text) {
	// A quoted name is a field of the node's own output, e.g. "record": the user sees it there.
	const plain = text
		.replace(/<a [^>]*>.*?<\/a>/g, '')
		.replace(/"[A-Za-z]+"/g, '')
		.replace(ALLOWED, '');
	return FORBIDDEN.filter(
		// Placeholders show what to type, and a typed value may look like anything.
		([what]) => !(kind.includes('placeholder') && what === 'an API field name'),
	)
		.filter(([, pattern]) => pattern.test(plain))
		.map(([what]) => `${kind} has ${what}: "${text}"`);
}

function findings(description) {
	const found = [];
	for (const { property, at } of parametersOf(description.properties)) {
		// The operation list is checked on its own (operationFindings).
		if (property.name === 'operation') continue;
		for (const [kind, text] of textsOf(property))
			for (const finding of forbiddenIn(kind, text))
				found.push(`${at} › ${property.displayName}: ${finding}`);
	}
	return found;
}

/**
 * The action text is the node creator's entry, the default name of a node added to the canvas and,
 * followed by " in Venio", the description a language model reads of the node as a tool: it has
 * to read well as all three.
 */
const MAX_ACTION_LENGTH = 90;
/** Capitalised words that stay so in sentence case. */
const PROPER_NAMES = new Set(['Venio', 'Codeguard', 'Messenger']);

/** The operation lists: each operation's action text and description. */
function operationFindings(description) {
	const found = [];
	const upsertDescriptions = new Map();
	for (const property of description.properties) {
		if (property.name !== 'operation') continue;
		const resource = property.displayOptions?.show?.resource?.join(', ') ?? '';
		const actions = new Set();
		for (const operation of property.options ?? []) {
			const at = `${resource} › ${operation.name}`;
			const texts = [
				['action', operation.action],
				['description', operation.description],
			].filter(([, text]) => typeof text === 'string' && text !== '');
			for (const [kind, text] of texts)
				for (const finding of forbiddenIn(kind, text)) found.push(`${at}: ${finding}`);
			const action = operation.action ?? '';
			if (action.length > MAX_ACTION_LENGTH)
				found.push(`${at}: action is ${action.length} characters: "${action}"`);
			const titled = action
				.split(/[\s(),]+/)
				.slice(1)
				.filter((word) => /^[A-Z][a-z]/.test(word) && !PROPER_NAMES.has(word));
			if (!/^[A-Z]/.test(action) || titled.length)
				found.push(`${at}: action is not in sentence case: "${action}"`);
			if (actions.has(action)) found.push(`${at}: action shared in its resource: "${action}"`);
			actions.add(action);
			if (/Create or Update/.test(operation.name)) {
				const same = upsertDescriptions.get(operation.description);
				if (same) found.push(`${at}: description shared with ${same}: "${operation.description}"`);
				upsertDescriptions.set(operation.description, at);
			}
		}
	}
	return found;
}

/** What an options parameter offers: its options, or the method that loads them. */
function offerOf(property) {
	// A list loaded from the account (e.g. a board's stages) may differ by what it depends on.
	if (property.typeOptions?.loadOptionsMethod) return 'loaded from Venio';
	// What the user sees: the same concept may be coded differently by two Venio calls.
	// "Keep Current …" (value '') is how an update leaves a value as it is, not another meaning.
	const meanings = (property.options ?? []).filter((o) => o.value !== '');
	return JSON.stringify(meanings.map((o) => o.name).sort());
}

describe('the words of the forms', () => {
	test.each([
		['Venio', new Venio().description],
		['Venio Trigger', new VenioTrigger().description],
	])(
		'%s: no API field name, raw code, maintainer note or guess in any text',
		(_name, description) => {
			expect(findings(description)).toEqual([]);
		},
	);

	test('the operation lists: short sentence-case actions, plain words, a description per Create or Update', () => {
		expect(operationFindings(new Venio().description)).toEqual([]);
	});

	test('one label means one thing: a dropdown label offers the same options wherever it is shown', () => {
		const offers = new Map();
		for (const { property, at } of parametersOf(new Venio().description.properties)) {
			if (property.type !== 'options' && property.type !== 'multiOptions') continue;
			if (['Resource', 'Operation'].includes(property.displayName)) continue;
			const label = property.displayName;
			if (!offers.has(label)) offers.set(label, new Map());
			const offer = offerOf(property);
			offers.get(label).set(offer, [...(offers.get(label).get(offer) ?? []), at]);
		}
		const twoMeanings = [...offers]
			.filter(([, byOffer]) => byOffer.size > 1)
			.map(
				([label, byOffer]) =>
					`${label}: ${[...byOffer.values()].map((ats) => ats.join(', ')).join(' | ')}`,
			);
		expect(twoMeanings).toEqual([]);
	});

	test('no default that acts: a field naming one record (an ID, a score) starts empty', () => {
		const acting = [];
		for (const { property, at } of parametersOf(new Venio().description.properties)) {
			// Line ID's 0 means "a new line", which is what an unset line is.
			if (property.name === 'expenseDetailId') continue;
			const empty = property.default === '' || property.default?.value === '';
			if (/ (ID|Score)$|^Score$/.test(property.displayName) && !empty) {
				acting.push(`${at} › ${property.displayName} = ${JSON.stringify(property.default)}`);
			}
		}
		expect(acting).toEqual([]);
	});

	test('Return All and Limit come before the Filters and every other collection', () => {
		const properties = new Venio().description.properties;
		const late = [];
		for (const [n, property] of properties.entries()) {
			if (property.name !== 'returnAll') continue;
			const { resource, operation } = property.displayOptions.show;
			const sameForm = (p) =>
				p.displayOptions?.show?.resource?.[0] === resource[0] &&
				p.displayOptions?.show?.operation?.[0] === operation[0];
			const before = properties.slice(0, n).filter(sameForm);
			const early = before.filter((p) => p.type === 'collection' || /filters/i.test(p.name));
			if (early.length)
				late.push(`${resource} › ${operation}: after ${early.map((p) => p.displayName)}`);
		}
		expect(late).toEqual([]);
	});

	test('the lint finds what it looks for', () => {
		const bad = {
			properties: [
				{
					displayName: 'Deal',
					name: 'deal',
					type: 'string',
					default: '',
					description: 'The deal ID (dealsId)',
				},
				{
					displayName: 'Type',
					name: 'type',
					type: 'options',
					default: 1,
					options: [{ name: 'Not Paid (1)', value: 1 }],
				},
				{
					displayName: 'Note',
					name: 'note',
					type: 'string',
					default: '',
					hint: 'It likely tracks an import (not documented)',
				},
			],
		};
		expect(findings(bad)).toHaveLength(5);
	});

	test('the operation list lint finds what it looks for', () => {
		const upsert = (resource, action) => ({
			displayName: 'Operation',
			name: 'operation',
			type: 'options',
			displayOptions: { show: { resource: [resource] } },
			default: 'upsert',
			options: [
				{
					name: 'Create or Update',
					value: 'upsert',
					action,
					description:
						'Create a new record, or update the current one if it already exists (upsert)',
				},
				{
					name: 'Get',
					value: 'get',
					action: 'Get a Customer by customerCode',
					description: 'Get a product ticket by its ID (Gofive lists it; it likely tracks imports)',
				},
				{ name: 'Get by Code', value: 'getByCode', action: 'Get a Customer by customerCode' },
			],
		});
		const found = operationFindings({
			properties: [
				upsert('customer', 'Create or update a customer by customer code'),
				upsert('product', `Create or update a product by product code; ${'returns it '.repeat(5)}`),
			],
		});
		const about = (what) => found.filter((finding) => finding.includes(what)).length;
		expect(about('an API field name')).toBe(4);
		expect(about('a maintainer note')).toBe(2);
		expect(about('a guess')).toBe(2);
		expect(about('not in sentence case')).toBe(4);
		expect(about('action shared in its resource')).toBe(2);
		expect(about('characters')).toBe(1);
		expect(about('description shared with customer › Create or Update')).toBe(1);
	});
});
