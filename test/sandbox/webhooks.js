'use strict';

// Outbound webhooks, as Venio sends them: a JSON POST of
// { modifiedBy, webhookName, topic, event, data } (webhooks.md). The default
// `data` follows the documented field table, filled from store records.

const http = require('http');
const https = require('https');

const ALL = '*';

/**
 * The documented data fields: which topics and events carry each one.
 * Beyond the page's table: Owners on SaleOrder (webhooks.md's example shows it),
 * CaseNo on Closed (the page lists a "Closed Case" example), and Chat / Message
 * with ChatMessage (seen in a third-party receiver).
 */
const DATA_FIELDS = [
	{
		field: 'Owners',
		topics: ['Customer', 'Quotation', 'Case', 'SaleOrder'],
		events: ['Create', 'Convert', 'Revise', 'Completed', 'Edit'],
	},
	{ field: 'FromCustomerCode', topics: ['Customer'], events: ['Merge'] },
	{ field: 'FromCustomerName', topics: ['Customer'], events: ['Merge'] },
	{ field: 'ToCustomerCode', topics: ['Customer'], events: ['Merge'] },
	{ field: 'ToCustomerName', topics: ['Customer'], events: ['Merge'] },
	{ field: 'customerName', topics: ['Customer'], events: ['Create', 'Convert'] },
	{ field: 'CustomerCode', topics: ['Customer'], events: ['Create', 'Convert'] },
	{ field: 'QuotationNo', topics: ['Quotation'], events: ['Create', 'Revise'] },
	{ field: 'SaleOrderNo', topics: ['SaleOrder'], events: ['Create', 'Edit', 'Completed'] },
	{ field: 'ExpenseNo', topics: ['Expense'], events: ['Paid', 'PendingSummary'] },
	{ field: 'CompanyName', topics: ['User', 'Payroll'], events: ['Inactive', 'Paid'] },
	{ field: 'EmployeeRefId', topics: ['User'], events: ['Inactive'] },
	{ field: 'PeriodCalculateNo', topics: ['Payroll'], events: ['Paid'] },
	{ field: 'Year', topics: ['Payroll'], events: ['Paid'] },
	{ field: 'IsExtendPeriod', topics: ['Payroll'], events: ['Paid'] },
	{ field: 'CaseNo', topics: ['Case'], events: ['Create', 'Edit', 'Completed', 'Closed'] },
	{ field: 'ChatMessage', topics: ['Chat'], events: ['Message'] },
	{ field: 'CreatedBy', topics: [ALL], events: [ALL] },
];

const listed = (list, value) =>
	list.includes(ALL) || list.some((item) => item.toLowerCase() === String(value).toLowerCase());

/** The records an example for this topic talks about: the newest of each kind. */
function subjects(state, topic) {
	const customer = state.customers.last();
	const previous =
		state.customers.order.length > 1
			? state.customers.get(state.customers.order[state.customers.order.length - 2])
			: customer;
	const quotation = state.quotations.last();
	const salesOrder = state.salesOrders.last();
	const ticket = state.cases.last();
	const expense = state.expenses.last();
	const employee = state.employees.rows().find((e) => !e.isActive) || state.employees.last();
	const ownersByTopic = {
		customer: customer && customer.customerOwnersStr,
		quotation: quotation && [quotation.staffCode],
		saleorder: salesOrder && [salesOrder.staffCode],
		case: ticket && [ticket.assignedToStaffCode],
		expense: expense && [expense.staffCode],
	};
	const owners = ownersByTopic[String(topic).toLowerCase()] || null;
	return { customer, previous, quotation, salesOrder, ticket, expense, employee, owners };
}

/**
 * Data fields read from a record of the store: [which record, its key, the webhooks.md example
 * used when the store has no such record].
 */
const RECORD_FIELDS = {
	FromCustomerCode: ['customer', 'customerCode', 'C000350'],
	FromCustomerName: ['customer', 'customerName', 'ACME (dup)'],
	ToCustomerCode: ['previous', 'customerCode', 'C000349'],
	ToCustomerName: ['previous', 'customerName', 'ACME Co., Ltd.'],
	customerName: ['customer', 'customerName', 'ACME Co., Ltd.'],
	CustomerCode: ['customer', 'customerCode', 'C000349'],
	QuotationNo: ['quotation', 'quotationNo', 'QT2402000001'],
	SaleOrderNo: ['salesOrder', 'salesOrderNo', 'SO260600039'],
	ExpenseNo: ['expense', 'expenseNo', 'EX2301000001'],
	EmployeeRefId: ['employee', 'staffCode', 'EMP0042'],
	CaseNo: ['ticket', 'caseNo', 'T250200010'],
};

function fieldValue(field, s, state, createdBy) {
	if (RECORD_FIELDS[field]) {
		const [source, key, example] = RECORD_FIELDS[field];
		return s[source] ? s[source][key] : example;
	}
	switch (field) {
		case 'Owners':
			return s.owners || [createdBy];
		case 'CompanyName':
			return state.company.companyName;
		case 'PeriodCalculateNo':
			return new Date().getMonth() + 1;
		case 'Year':
			return new Date().getFullYear();
		case 'IsExtendPeriod':
			return false;
		case 'ChatMessage':
			return {
				RoomId: 'room-0001',
				Platform: 1,
				Content: 'Hello, is this still available?',
				User: { OriginalName: s.customer ? s.customer.customerName : 'Somchai Jaidee' },
			};
		case 'CreatedBy':
			return createdBy;
		default:
			return null;
	}
}

/** The envelope Venio would send for a topic/event, with data from the store. */
function webhookExample(state, topic, event, { modifiedBy, webhookName } = {}) {
	if (!topic || !event) throw new TypeError('webhookExample needs a topic and an event');
	const admin = state.employees.get(state.employees.order[0]);
	const s = subjects(state, topic);
	const createdBy = (s.owners && s.owners[0]) || (admin && admin.staffCode) || 'EMP0001';
	const data = {};
	for (const { field, topics, events } of DATA_FIELDS) {
		if (listed(topics, topic) && listed(events, event))
			data[field] = fieldValue(field, s, state, createdBy);
	}
	return {
		modifiedBy: modifiedBy || (admin && admin.staffCode) || 'EMP0001',
		webhookName: webhookName || 'to-n8n',
		topic,
		event,
		data,
	};
}

/** Envelope keys in PascalCase (as two third-party receivers read them); data is passed through unchanged. */
function pascalEnvelope(envelope) {
	return Object.fromEntries(
		Object.entries(envelope).map(([key, value]) => [key[0].toUpperCase() + key.slice(1), value]),
	);
}

/**
 * POST one webhook. options: { topic, event, data?, modifiedBy?, webhookName?,
 * casing?: 'camel' | 'pascal', headers?, body? (raw text sent instead), timeoutMs? }.
 * Resolves { status, body (text), headers } of the target's answer.
 */
function sendWebhook(state, targetUrl, options = {}) {
	const {
		topic,
		event,
		data,
		modifiedBy,
		webhookName,
		casing = 'camel',
		headers = {},
		body,
		timeoutMs = 30000,
	} = options;
	let payload;
	if (body !== undefined) {
		payload = typeof body === 'string' ? body : JSON.stringify(body);
	} else {
		const envelope = webhookExample(state, topic, event, { modifiedBy, webhookName });
		if (data !== undefined) envelope.data = data;
		payload = JSON.stringify(casing === 'pascal' ? pascalEnvelope(envelope) : envelope);
	}
	return post(targetUrl, payload, headers, timeoutMs);
}

function post(targetUrl, payload, extraHeaders, timeoutMs) {
	return new Promise((resolve, reject) => {
		const url = new URL(targetUrl);
		const transport = url.protocol === 'https:' ? https : http;
		const request = transport.request(
			url,
			{
				method: 'POST',
				agent: false, // one connection per webhook, closed afterwards: nothing lingers
				headers: {
					'Content-Type': 'application/json',
					'Content-Length': Buffer.byteLength(payload),
					'User-Agent': 'Venio-Webhook (sandbox)',
					Connection: 'close',
					...extraHeaders,
				},
			},
			(response) => {
				const chunks = [];
				response.on('data', (chunk) => chunks.push(chunk));
				response.on('end', () =>
					resolve({
						status: response.statusCode,
						body: Buffer.concat(chunks).toString('utf8'),
						headers: response.headers,
					}),
				);
				response.on('error', reject);
			},
		);
		request.setTimeout(timeoutMs, () =>
			request.destroy(new Error(`Webhook to ${targetUrl} timed out after ${timeoutMs} ms`)),
		);
		request.on('error', reject);
		request.end(payload);
	});
}

module.exports = { webhookExample, sendWebhook, pascalEnvelope, DATA_FIELDS };
