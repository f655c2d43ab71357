'use strict';
// The one number reader and the one ID reader of the Venio node's parameters, and the forms each
// accepts and refuses: a refused value is an error naming the field and the item, never a guess.
const { NodeOperationError } = require('n8n-workflow');
const { toNumber, toId, pathId } = require('../dist/nodes/Venio/actions/parameters/numbers');

// What the readers use of n8n's execute context: the node, for the error.
const ctx = { getNode: () => ({ name: 'Venio', type: 'n8n-nodes-venio.venio' }) };

const refusal = (read) => {
	try {
		read();
	} catch (error) {
		return error;
	}
	throw new Error('accepted');
};

describe('numbers: decimal notation', () => {
	test.each([
		[2, 2],
		['2', 2],
		[' 7 ', 7],
		['-3', -3],
		['2.5', 2.5],
		['.5', 0.5],
		['1e3', 1000],
		['007', 7],
	])('%j is read as %j', (value, expected) => {
		expect(toNumber(ctx, 0, 'Quantity', value)).toBe(expected);
	});

	test.each([['0x10'], ['0b101'], [''], [' '], ['ten'], [[7]], [{}], [null], [Number.NaN], ['99999999999999999999']])(
		'%j is refused, naming the field and the item',
		(value) => {
			const error = refusal(() => toNumber(ctx, 3, 'Quantity', value));
			expect(error).toBeInstanceOf(NodeOperationError);
			expect(error.message).toMatch(/^Quantity (must be a number|is too large)$/);
			expect(error.description).toMatch(/\(item 3\)\.$/);
		},
	);
});

describe('IDs: a whole number, digits only', () => {
	test.each([
		[281940, 281940],
		['281940', 281940],
		[' 7 ', 7],
		['007', 7],
	])('%j is read as %j', (value, expected) => {
		expect(toId(ctx, 0, 'Event ID', value)).toBe(expected);
		expect(pathId(ctx, 0, 'Deal ID', String(value))).toBe(expected);
	});

	test.each([['1e3'], ['2.5'], [2.5], ['+7'], ['-7'], ['0x10'], [''], ['7 8'], ['12/3'], [[7]], [null], [0], ['0']])(
		'%j is refused, naming the field and the item',
		(value) => {
			const error = refusal(() => toId(ctx, 2, 'Event ID', value));
			expect(error.message).toBe('Event ID must be a whole number above 0');
			expect(error.description).toMatch(/Enter digits only.*\(item 2\)\.$/);
		},
	);

	test('0 is an ID where Venio gives it a meaning', () => {
		expect(toId(ctx, 0, 'Header Template', '0', 0)).toBe(0);
		expect(pathId(ctx, 0, 'Deal ID', '0', { zero: true })).toBe(0);
		expect(refusal(() => pathId(ctx, 0, 'Deal ID', '0')).message).toBe('Deal ID must be a whole number above 0');
	});

	test('beyond 2^53: refused in a body (it would be rounded), kept digit for digit in a path', () => {
		expect(refusal(() => toId(ctx, 0, 'Event ID', '99999999999999999999')).message).toBe('Event ID is too large');
		expect(pathId(ctx, 0, 'Deal ID', '99999999999999999999')).toBe('99999999999999999999');
	});
});
