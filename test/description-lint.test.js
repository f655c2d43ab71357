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

function findings(description) {
	const found = [];
	for (const { property, at } of parametersOf(description.properties)) {
		// The operation list's texts are the actions' own descriptions, checked where they are written.
		if (property.name === 'operation') continue;
		for (const [kind, text] of textsOf(property)) {
			// A quoted name is a field of the node's own output, e.g. "record": the user sees it there.
			const plain = text
				.replace(/<a [^>]*>.*?<\/a>/g, '')
				.replace(/"[A-Za-z]+"/g, '')
				.replace(ALLOWED, '');
			for (const [what, pattern] of FORBIDDEN) {
				// Placeholders show what to type, and a typed value may look like anything.
				if (kind.includes('placeholder') && what === 'an API field name') continue;
				if (pattern.test(plain))
					found.push(`${at} › ${property.displayName}: ${kind} has ${what}: "${text}"`);
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
});
