'use strict';
// What the node shows and declares: its parameters, credentials and webhook, and lifecycle methods
// that succeed without calling anything (Venio has no webhook API).
const { NodeHelpers } = require('n8n-workflow');

const { VenioTrigger } = require('../../index.js');

const node = new VenioTrigger();
const { description } = node;
const property = (name) => description.properties.find((p) => p.name === name);

/** The credentials n8n would ask for with these parameter values (its own displayOptions logic). */
function credentialsShownFor(parameters) {
	const values = NodeHelpers.getNodeParameters(description.properties, parameters, true, false, null, description);
	return description.credentials
		.filter((credential) => NodeHelpers.displayParameter(values, credential, null, null))
		.map((credential) => credential.name);
}

test('is a trigger with one POST webhook that answers on receipt', () => {
	expect(description).toMatchObject({ name: 'venioTrigger', group: ['trigger'], inputs: [], version: 1 });
	// responseData '' makes n8n answer a started event with {"message":"Workflow was started"}.
	expect(description.webhooks).toEqual([
		{ name: 'default', httpMethod: 'POST', responseMode: 'onReceived', path: 'webhook', responseData: '' },
	]);
	expect(description.usableAsTool).toBeUndefined();
});

test('tells the user to paste the production URL into Venio, and how to add the token', () => {
	const notice = property('setupNotice');

	expect(notice.type).toBe('notice');
	expect(notice.displayName).toMatch(/Production URL/);
	expect(notice.displayName).toMatch(/Venio's integration settings/);
	expect(notice.displayName).toMatch(/\?token=/);
});

test('offers the four authentication modes, None by default', () => {
	const authentication = property('authentication');

	expect(authentication.options.map((o) => o.value)).toEqual(['basicAuth', 'none', 'headerSecret', 'querySecret']);
	expect(authentication.default).toBe('none');
});

test('topics: the documented ones, those seen in practice, and Any (the default)', () => {
	const topics = property('topics');

	expect(topics.type).toBe('multiOptions');
	expect(topics.default).toEqual(['*']);
	expect(topics.options.map((o) => o.value).sort()).toEqual(
		['*', 'Asset', 'Case', 'Chat', 'Customer', 'Expense', 'Payroll', 'Quotation', 'SaleOrder', 'User'].sort(),
	);
});

test('labels say "Sales Order" as the Venio node does, and descriptions speak to the user', () => {
	const topics = property('topics').options;
	expect(topics.find((o) => o.value === 'SaleOrder').name).toBe('Sales Order');
	const texts = [
		...topics.map((o) => o.description),
		...property('events').options.map((o) => o.description),
		property('includeFullRecord').description,
	];
	for (const text of texts) {
		expect(text).not.toMatch(/Sale Order|seen in/i);
	}
});

test('events: every documented and observed event, and Any (the default)', () => {
	const events = property('events');

	expect(events.default).toEqual(['*']);
	expect(events.options.map((o) => o.value).sort()).toEqual(
		['*', 'Create', 'Edit', 'Merge', 'Convert', 'Revise', 'Completed', 'Closed', 'Paid', 'PendingSummary', 'Inactive', 'Transfer', 'Message'].sort(),
	);
});

test('options: free text for topics and events, duplicates, body size, record time limit', () => {
	expect(property('includeFullRecord')).toMatchObject({ type: 'boolean', default: false });
	expect(property('options').options.map((o) => [o.name, o.default])).toEqual([
		['duplicateWindowSeconds', 300],
		['ignoreDuplicates', false],
		['maxBodySizeKb', 1024],
		['otherEvents', ''],
		['otherTopics', ''],
		['recordTimeLimitSeconds', 30],
	]);
	// Shown only where it applies: with Include Full Record on.
	expect(property('options').options.find((o) => o.name === 'recordTimeLimitSeconds').displayOptions).toEqual({
		show: { '/includeFullRecord': [true] },
	});
});

test.each([
	[{}, []],
	[{ includeFullRecord: true }, ['venioApi']],
	[{ authentication: 'querySecret' }, ['venioTriggerAuthApi']],
	[{ authentication: 'headerSecret' }, ['venioTriggerAuthApi']],
	[{ authentication: 'basicAuth', includeFullRecord: true }, ['venioApi', 'venioTriggerAuthApi']],
])('with %j the node asks for credentials %j', (parameters, expected) => {
	expect(credentialsShownFor(parameters)).toEqual(expected);
});

test('the secret credential is tested by the node\'s own local test', () => {
	const secretCredential = description.credentials.find((c) => c.name === 'venioTriggerAuthApi');

	expect(typeof node.methods.credentialTest[secretCredential.testedBy]).toBe('function');
});

test('the webhook lifecycle methods succeed without calling anything', async () => {
	// A context with no helpers: any call to Venio or n8n would throw.
	const context = {};
	for (const method of ['checkExists', 'create', 'delete']) {
		await expect(node.webhookMethods.default[method].call(context)).resolves.toBe(true);
	}
});

test('the node creator lists each event as "On …" in words, e.g. "On record created"', () => {
	const events = property('events').options;
	expect(events.find((o) => o.value === '*').action).toBe('On any event');
	expect(events.find((o) => o.value === 'Create').action).toBe('On record created');
	for (const event of events) expect(event.action).toMatch(/^On [a-z]/);
});

describe('canvas subtitle', () => {
	const { Engine } = require('../harness/engine');
	const engine = new Engine();
	const subtitleFor = (parameters) => {
		const node = { id: 't', name: 'Venio Trigger', type: 'n8n-nodes-venio.venioTrigger', typeVersion: 1, position: [0, 0], parameters };
		const workflow = engine.workflow({ nodes: [node], connections: {} });
		return workflow.expression.getSimpleParameterValue(node, description.subtitle, 'internal', {});
	};

	test.each([
		[{ topics: ['*'], events: ['*'] }, 'Any topic / Any event'],
		[{ topics: ['SaleOrder', 'Customer'], events: ['Create', 'PendingSummary'] }, 'Sales Order, Customer / Create, Pending Summary'],
		[{ topics: ['Invoice'], events: 'Void' }, 'Invoice / Void'],
	])('%j reads "%s"', (parameters, expected) => {
		expect(subtitleFor(parameters)).toBe(expected);
	});
});
