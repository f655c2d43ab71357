'use strict';

// Venio examples write dates as yyyy-MM-ddTHH:mm:ss+0700 (Bangkok time, offset
// without a colon), so the sandbox stores and returns dates in that form.

const BANGKOK_OFFSET_MS = 7 * 3600 * 1000;

const pad = (n, width = 2) => String(n).padStart(width, '0');

// Seeding formats the same instant many times in a row; remembering the last
// answer saves most of that work.
let lastTime = NaN;
let lastText = '';

function formatVenioDate(date) {
	const time = date.getTime();
	if (time === lastTime) return lastText;
	const d = new Date(time + BANGKOK_OFFSET_MS);
	lastTime = time;
	lastText =
		`${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}` +
		`T${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}+0700`;
	return lastText;
}

/** yyyy-MM-dd in Bangkok time (the sales-order date format). */
function formatVenioDay(date) {
	return formatVenioDate(date).slice(0, 10);
}

/**
 * Milliseconds since the epoch for the date forms clients send: ISO with `Z`,
 * with `+07:00`, with `+0700`, or without offset (read as Bangkok time).
 * Returns NaN when it is not a date.
 */
function parseVenioDate(value) {
	if (typeof value !== 'string' || value === '') return NaN;
	let text = value.trim().replace(/([+-]\d{2})(\d{2})$/, '$1:$2');
	if (/^\d{4}-\d{2}-\d{2}$/.test(text)) text += 'T00:00:00';
	if (!/(Z|[+-]\d{2}:\d{2})$/i.test(text)) text += '+07:00';
	return Date.parse(text);
}

/** The yyMM part of running numbers (QT2402000001, SO260600039, T250200010). */
function yymm(date) {
	return formatVenioDate(date).slice(2, 7).replace('-', '');
}

module.exports = { formatVenioDate, formatVenioDay, parseVenioDate, yymm, pad };
