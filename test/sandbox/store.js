'use strict';

// The in-memory store (`sandbox.state`).
//
// Shape:
//   company                      { companyId, companyName }
//   teams                        [{ teamId, teamName }]
//   customers                    Collection by customerCode ('C000001'); index name (uniqueName, the lower-cased name)
//   customerEvents               Collection by eventId (number)
//   satisfactions                Collection by satisfactionId
//   cases                        Collection by caseNo ('T250200001')
//   deals                        Collection by dealsId (number); index no (dealNo)
//   employees                    Collection by staffCode ('EMP0001'); index userId (GUID)
//   expenses                     Collection by expenseId (number); index no (expenseNo)
//   products                     Collection by productCode ('PD001')
//   serials                      Collection by serialNumber
//   tickets                      Collection by ticketId (product upsert tickets)
//   quotations                   Collection by quotationNo ('QT2501000001')
//   salesOrders                  Collection by salesOrderNo ('SO250100001'); index id (salesOrderId)
//   activities                   Collection by activityId (number); index no (activityNo)
//   tasks                        Collection by taskId
//   conversations                Collection by conversationId
//   contractServices             Collection by contractServiceId
//   customerEventTypes, satisfactionSources, caseCategories, dealBoards, dealStages, dealLabels,
//   dealInterests, dealMissedReasonCategories, productGroups, productUnits, productProperties,
//   headerTemplates              plain arrays (lookup lists, see catalog.js)
//   counters                     last id / running number used per kind
//
// Records are stored in the shape the API's GET returns (sales orders: the
// /v2 shape). A Collection is a Map (get/has/size/values() work as usual) plus
// `order` (keys in creation order), insert, update, findBy(index, value),
// rows, last, page and filter. Replace records (collection.update) rather than
// mutate them: that keeps the indexes right, and seeded records share frozen
// nested values (addresses, owner lists).

const catalog = require('./catalog');
const { yymm, pad, formatVenioDate } = require('./dates');

class Collection extends Map {
	/**
	 * @param {string} keyName field holding the primary key
	 * @param {Record<string, (record: object) => unknown>} indexes secondary unique keys, built on
	 *   first use (so seeding 100,000 records does not pay for them) and kept up to date after
	 */
	constructor(keyName, indexes = {}) {
		super();
		this.keyName = keyName;
		/** Primary keys in creation order: the stable order of every enquiry. */
		this.order = [];
		this.indexes = Object.fromEntries(
			Object.entries(indexes).map(([name, by]) => [name, { by, keys: null }]),
		);
		this.indexList = Object.values(this.indexes);
	}

	set(key, record) {
		const previous = super.get(key);
		if (previous === undefined) this.order.push(key);
		else this.#unindex(key, previous);
		super.set(key, record);
		for (const index of this.indexList) if (index.keys) this.#index(index, key, record);
		return this;
	}

	delete(key) {
		const previous = super.get(key);
		if (previous === undefined) return false;
		this.#unindex(key, previous);
		super.delete(key);
		this.order.splice(this.order.indexOf(key), 1);
		return true;
	}

	clear() {
		super.clear();
		this.order = [];
		for (const index of this.indexList) index.keys = null;
	}

	#index(index, key, record) {
		const value = index.by(record);
		if (value !== undefined && value !== null) index.keys.set(value, key);
	}

	#unindex(key, record) {
		for (const index of this.indexList) {
			if (!index.keys) continue;
			const value = index.by(record);
			if (index.keys.get(value) === key) index.keys.delete(value);
		}
	}

	insert(record) {
		this.set(record[this.keyName], record);
		return record;
	}

	/** Replace a record by a copy with `changes` applied; returns the new record. */
	update(key, changes) {
		const record = { ...super.get(key), ...changes };
		this.set(key, record);
		return record;
	}

	findBy(indexName, value) {
		const index = this.indexes[indexName];
		if (!index.keys) {
			index.keys = new Map();
			for (const [key, record] of super.entries()) this.#index(index, key, record);
		}
		const key = index.keys.get(value);
		return key === undefined ? undefined : super.get(key);
	}

	/** Records in creation order. */
	rows() {
		return this.order.map((key) => super.get(key));
	}

	last() {
		return this.order.length ? super.get(this.order[this.order.length - 1]) : undefined;
	}

	/**
	 * One page in creation order. Without a predicate this is a slice (no scan);
	 * with one, the scan stops as soon as the page is full.
	 */
	page(skip, size, predicate) {
		if (!predicate) return this.order.slice(skip, skip + size).map((key) => super.get(key));
		const rows = [];
		let matched = 0;
		for (const key of this.order) {
			if (rows.length >= size) break;
			const record = super.get(key);
			if (!predicate(record)) continue;
			if (matched++ >= skip) rows.push(record);
		}
		return rows;
	}

	/** Every record matching a predicate, in creation order. */
	filter(predicate) {
		return this.page(0, Infinity, predicate);
	}
}

/** Running-number formats, after the documented examples. */
const NUMBER_FORMATS = {
	customer: (seq) => `C${pad(seq, 6)}`,
	quotation: (seq, date) => `QT${yymm(date)}${pad(seq, 6)}`,
	salesOrder: (seq, date) => `SO${yymm(date)}${pad(seq, 5)}`,
	case: (seq, date) => `T${yymm(date)}${pad(seq, 5)}`,
	deal: (seq, date) => `D${yymm(date)}${pad(seq, 5)}`,
	activity: (seq, date) => `A${formatVenioDate(date).slice(0, 7).replace('-', '')}${pad(seq, 5)}`,
	expense: (seq, date) => `EX${yymm(date)}${pad(seq, 6)}`,
};

/** First numeric id per kind; several follow the magnitudes of the openapi examples. */
const ID_STARTS = {
	customerId: 480001,
	dealsId: 1,
	salesOrderId: 281901,
	quotationId: 90001,
	eventId: 1,
	caseId: 7001,
	expenseId: 1,
	expenseDetailId: 1,
	activityId: 50001,
	taskId: 1,
	ticketId: 271,
	multiSkuProduct: 1,
	satisfactionId: 1,
	attachmentId: 1,
	conversationId: 1,
	contractServiceId: 37881,
	satisfactionSourceId: 3,
};

function createStore() {
	return {
		company: { ...catalog.COMPANY },
		teams: structuredClone(catalog.TEAMS),
		customers: new Collection('customerCode', { name: (r) => r.uniqueName }),
		customerEvents: new Collection('eventId'),
		satisfactions: new Collection('satisfactionId'),
		cases: new Collection('caseNo'),
		deals: new Collection('dealsId', { no: (r) => r.dealNo }),
		employees: new Collection('staffCode', { userId: (r) => r.userId }),
		expenses: new Collection('expenseId', { no: (r) => r.expenseNo }),
		products: new Collection('productCode'),
		serials: new Collection('serialNumber'),
		tickets: new Collection('ticketId'),
		quotations: new Collection('quotationNo'),
		salesOrders: new Collection('salesOrderNo', { id: (r) => r.salesOrderId }),
		activities: new Collection('activityId', { no: (r) => r.activityNo }),
		tasks: new Collection('taskId'),
		conversations: new Collection('conversationId'),
		contractServices: new Collection('contractServiceId'),
		customerEventTypes: structuredClone(catalog.CUSTOMER_EVENT_TYPES),
		satisfactionSources: structuredClone(catalog.SATISFACTION_SOURCES),
		caseCategories: structuredClone(catalog.CASE_CATEGORIES),
		dealBoards: structuredClone(catalog.DEAL_BOARDS),
		dealStages: structuredClone(catalog.DEAL_STAGES),
		dealLabels: structuredClone(catalog.DEAL_LABELS),
		dealInterests: structuredClone(catalog.DEAL_INTERESTS),
		dealMissedReasonCategories: structuredClone(catalog.DEAL_MISSED_REASON_CATEGORIES),
		productGroups: structuredClone(catalog.PRODUCT_GROUPS),
		productUnits: structuredClone(catalog.PRODUCT_UNITS),
		productProperties: structuredClone(catalog.PRODUCT_PROPERTIES),
		headerTemplates: structuredClone(catalog.HEADER_TEMPLATES),
		counters: {},
	};
}

/** Next numeric id of a kind (see ID_STARTS). */
function nextId(state, kind) {
	const next = (state.counters[kind] ?? ID_STARTS[kind] - 1) + 1;
	state.counters[kind] = next;
	return next;
}

/** Next running number of a kind, e.g. nextNumber(state, 'quotation', date) -> 'QT2506000031'. */
function nextNumber(state, kind, date) {
	const counter = `${kind}No`;
	const seq = (state.counters[counter] ?? 0) + 1;
	state.counters[counter] = seq;
	return NUMBER_FORMATS[kind](seq, date);
}

module.exports = { Collection, createStore, nextId, nextNumber };
