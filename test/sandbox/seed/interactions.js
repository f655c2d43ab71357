'use strict';

// Seeded records of contact with customers: activities, cases, tasks, customer events and
// chat conversations.

const { formatVenioDate } = require('../dates');
const { nextId, nextNumber } = require('../store');
const catalog = require('../catalog');
const { eventRecord } = require('../handlers/customerEvents');
const { resolveCase, newCase } = require('../handlers/cases');
const { assertSeedable } = require('./assertSeedable');
const { SUBJECTS, CASE_SUBJECTS } = require('./wordLists');

function seedActivities(state, count, rnd, dateAt, employees, pickCustomer) {
	for (let i = 0; i < count; i++) {
		const now = dateAt(i, count);
		const staff = rnd.pick(employees);
		const customer = state.customers.get(pickCustomer(rnd));
		const typeId = rnd.int(1, 4);
		const statusId = rnd.int(1, 4);
		const start = new Date(now.getTime() + 2 * 86400000);
		const activityId = nextId(state, 'activityId');
		state.activities.insert({
			activityId,
			teamId: staff.teamId,
			activityNo: nextNumber(state, 'activity', now),
			subject: `${rnd.pick(SUBJECTS)} with ${customer.customerName}`,
			groupId: 1,
			activityTypeId: typeId,
			activityTypeName: catalog.ACTIVITY_TYPES[typeId],
			isActive: statusId !== 4,
			statusId,
			statusName: catalog.ACTIVITY_STATUSES[statusId],
			isAdHoc: rnd.chance(0.2),
			assignToUserId: staff.userId,
			assignToStaffCode: staff.staffCode,
			customerId: customer.customerId,
			customerCode: customer.customerCode,
			dateAppointmentStart: formatVenioDate(start),
			dateAppointmentEnd: formatVenioDate(new Date(start.getTime() + 3600000)),
			startLocation: '13.7563,100.5018',
			startLocationName: 'Head office',
			visitLatitude: customer.addresses[0] ? customer.addresses[0].latitude : null,
			visitLongitude: customer.addresses[0] ? customer.addresses[0].longitude : null,
			visitLocation: customer.addresses[0] ? customer.addresses[0].locationAddress : null,
			visitLocationName: customer.addresses[0] ? customer.addresses[0].locationName : null,
			visitPlaceId: null,
			dateCreated: formatVenioDate(now),
		});
	}
}

function seedCases(state, count, rnd, ctxFor, pickCustomer, hasCustomers) {
	for (let i = 0; i < count; i++) {
		const ctx = ctxFor(rnd, i, count);
		const body = {
			caseType: rnd.int(1, 2),
			subject: rnd.pick(CASE_SUBJECTS),
			customerCode: hasCustomers ? pickCustomer(rnd) : null,
			categoryId: rnd.pick(state.caseCategories).categoryId,
			dateCase: formatVenioDate(ctx.now),
			dateDue: formatVenioDate(new Date(ctx.now.getTime() + 3 * 86400000)),
			note: 'Reported by phone',
			assignedToUserId: ctx.actor.userId,
		};
		const { errors, fields } = resolveCase(state, body);
		assertSeedable('case', errors);
		const record = newCase(state, body.caseType, fields, ctx);
		const statusId = rnd.int(1, 4);
		state.cases.insert({ ...record, statusId, statusName: catalog.CASE_STATUSES[statusId] });
	}
}

function seedTasks(state, count, rnd, ctxFor, pickCustomer, hasCustomers) {
	for (let i = 0; i < count; i++) {
		const ctx = ctxFor(rnd, i, count);
		state.tasks.insert({
			taskId: nextId(state, 'taskId'),
			subject: rnd.pick(SUBJECTS),
			customerCode: hasCustomers ? pickCustomer(rnd) : null,
			assignTo: ctx.actor.staffCode,
			dateDue: formatVenioDate(new Date(ctx.now.getTime() + 86400000)),
			isDone: rnd.chance(0.5),
			createdByUserId: ctx.actor.userId,
			dateCreated: formatVenioDate(ctx.now),
		});
	}
}

function seedCustomerEvents(state, count, rnd, dateAt) {
	// On the first few customers, so C000001 has events to list.
	const codes = state.customers.order.slice(0, 5);
	for (let i = 0; i < count; i++) {
		const type = rnd.pick(state.customerEventTypes);
		const body = {
			eventName: `${type.eventTypeName} ${i + 1}`,
			eventType: type.eventTypeId,
			eventDate: formatVenioDate(dateAt(i, count)),
			description: `${type.eventTypeName} note`,
		};
		state.customerEvents.insert(
			eventRecord(nextId(state, 'eventId'), body, state.customers.get(codes[i % codes.length])),
		);
	}
}

function seedConversations(state, count, rnd, dateAt, employees, pickCustomer) {
	for (let i = 0; i < count; i++) {
		const customer = state.customers.get(pickCustomer(rnd));
		state.conversations.insert({
			conversationId: nextId(state, 'conversationId'),
			roomId: rnd.hex(24),
			platform: rnd.pick([1, 2]), // 1 = LINE (as the third-party receiver reads it), 2 = Messenger
			customerCode: customer.customerCode,
			customerName: customer.customerName,
			lastMessage: rnd.pick([
				'Hello, is this in stock?',
				'Thank you!',
				'Can I get a quotation?',
				'When will it arrive?',
			]),
			dateLastMessage: formatVenioDate(dateAt(i, count)),
			unreadCount: rnd.int(0, 3),
			assignedToStaffCode: rnd.pick(employees).staffCode,
		});
	}
}

module.exports = { seedActivities, seedCases, seedTasks, seedCustomerEvents, seedConversations };
