'use strict';

// Fills a fresh store with deterministic, realistic records. Records are built
// through the same functions the handlers use, from request-shaped bodies,
// so seeded and API-created records have one shape. Dates run forward from
// about 18 months before SEED_END, so running numbers grow with their dates.

const { createPrng } = require('./prng');
const { pad, formatVenioDate, formatVenioDay } = require('./dates');
const { nextId, nextNumber } = require('./store');
const catalog = require('./catalog');
const { buildCustomer } = require('./handlers/customers');
const { eventRecord } = require('./handlers/customerEvents');
const { resolveCase, newCase } = require('./handlers/cases');
const { dealChanges, newDeal, withStatus } = require('./handlers/deals');
const { newExpense, statusFields } = require('./handlers/expenses');
const { buildProduct, newTicket, newSerial } = require('./handlers/products');
const { quotationChanges, newQuotation } = require('./handlers/quotations');
const { salesOrderChanges, newSalesOrder } = require('./handlers/salesOrders');

const DEFAULT_COUNTS = {
	customers: 120,
	deals: 60,
	products: 40,
	quotations: 30,
	salesOrders: 30,
	cases: 20,
	employees: 15,
	activities: 40,
	expenses: 20,
	customerEvents: 20,
	tickets: 10,
	conversations: 10,
	contractServices: 1,
	tasks: 0,
};

const DEFAULT_RANDOM_SEED = 20250630;
const SEED_END = Date.UTC(2025, 5, 30, 3, 0, 0); // 2025-06-30 10:00 Bangkok
const HOUR_MS = 3600 * 1000;
const SEED_SPAN_HOURS = 540 * 24;
const SEED_START = SEED_END - SEED_SPAN_HOURS * HOUR_MS;

/**
 * When the i-th of `total` records was created: spread evenly over the span, on whole
 * hours, so large seeds share their date strings (see formatVenioDate).
 */
function dateAt(i, total) {
	const hour = Math.floor(((i + 0.5) / Math.max(total, 1)) * SEED_SPAN_HOURS);
	return new Date(SEED_START + hour * HOUR_MS);
}

/** Word lists, '|'-separated to keep them compact. */
const list = (text) => text.split('|');

const FIRST_NAMES = list(
	'Somchai|Suda|Anan|Kanya|Prasert|Malee|Niran|Patty|Wichai|Siriporn|Thanakorn|Chanida|Kittipong|Ratana|Arthit|Nattaya|Pichit|Orawan|Sakda|Jintana',
);
const LAST_NAMES = list(
	'Jaidee|Srisuk|Wongsawat|Chaiyaporn|Rattanakul|Saetang|Boonmee|Saruta|Kongkaew|Thongdee|Phromma|Sukprasert',
);
const COMPANY_PREFIXES = list(
	'Siam|Bangkok|Chao Phraya|Lanna|Andaman|Krungthep|Rattana|Sukhumvit|Thai|Mekong|Phuket|Isan|Asia|Golden|Royal|Smart|Green|Blue Ocean',
);
const INDUSTRIES = list(
	'Trading|Logistics|Foods|Engineering|Digital|Motors|Textiles|Pharma|Solutions|Retail|Energy|Construction|Agro|Electronics|Hospitality',
);
const COMPANY_SUFFIXES = list('Co., Ltd.|Co., Ltd.|Co., Ltd.|Public Co., Ltd.|Limited Partnership');
const DISTRICTS = list(
	'Khlong Toei|Bang Rak|Pathum Wan|Chatuchak|Huai Khwang|Bang Na|Mueang Chiang Mai|Mueang Phuket|Mueang Khon Kaen',
);
const INTERESTS = list('CRM|Sales automation|Field service|Analytics|Integration');
const DEAL_TOPICS = list(
	'CRM rollout|License renewal|Field sales app|Integration project|Hardware refresh|Training program',
);
const SUBJECTS = list(
	'Quarterly review|Product demo|Contract follow-up|Site survey|Price negotiation|Onboarding',
);
const CASE_SUBJECTS = list(
	'Cannot log in to mobile app|Invoice amount incorrect|Delivery delayed|Request for training|Device not charging',
);
const PRODUCT_ITEMS = [
	['Venio CRM License (Annual)', 'Software', 'License', 12000],
	['Venio Headphone', 'Audio', 'ชิ้น', 800],
	['Bluetooth Speaker', 'Audio', 'ชิ้น', 1500],
	['USB-C Cable', 'Accessories', 'ชิ้น', 190],
	['Laptop Stand', 'Accessories', 'ชิ้น', 990],
	['Onboarding Workshop', 'Services', 'Hour', 2500],
	['Wireless Mouse', 'Accessories', 'ชิ้น', 450],
	['Conference Microphone', 'Audio', 'Set', 5400],
	['Mobile App Add-on', 'Software', 'License', 3600],
	['Implementation Package', 'Services', 'Set', 45000],
];
const PRODUCT_EDITIONS = ['', ' Pro', ' Lite', ' Plus', ' Max'];

function seedStore(state, counts, randomSeed = DEFAULT_RANDOM_SEED) {
	const n = { ...DEFAULT_COUNTS, ...counts };
	const root = createPrng(randomSeed);
	// At least one employee: records need owners, and the API client acts as the first employee.
	const employees = seedEmployees(state, Math.max(1, n.employees), root.fork('employees'), dateAt);
	const active = employees.filter((e) => e.isActive);
	const admin = employees[0];
	seedCustomers(state, n.customers, root.fork('customers'), dateAt, active);
	seedProducts(state, n.products, root.fork('products'), dateAt);
	seedTickets(state, n.tickets, root.fork('tickets'), dateAt);

	const customerCodes = state.customers.order;
	const productCodes = state.products.order;
	const hasCustomers = customerCodes.length > 0;
	const hasProducts = productCodes.length > 0;
	const pickCustomer = (rnd) => customerCodes[rnd.int(0, customerCodes.length - 1)];
	const ctxFor = (rnd, i, total) => ({ now: dateAt(i, total), actor: rnd.pick(active) });

	// Records that need customers (or products) are not seeded when there are none.
	if (hasCustomers) seedDeals(state, n.deals, root.fork('deals'), ctxFor, pickCustomer);
	if (hasCustomers)
		seedActivities(state, n.activities, root.fork('activities'), dateAt, active, pickCustomer);
	seedCases(state, n.cases, root.fork('cases'), ctxFor, pickCustomer, hasCustomers);
	if (hasCustomers && hasProducts) {
		seedQuotations(state, n.quotations, root.fork('quotations'), ctxFor, pickCustomer);
		seedSalesOrders(state, n.salesOrders, root.fork('salesOrders'), ctxFor, pickCustomer);
	}
	seedExpenses(state, n.expenses, root.fork('expenses'), ctxFor);
	if (hasCustomers)
		seedCustomerEvents(state, n.customerEvents, root.fork('customerEvents'), dateAt);
	if (hasCustomers)
		seedConversations(
			state,
			n.conversations,
			root.fork('conversations'),
			dateAt,
			active,
			pickCustomer,
		);
	seedContractServices(state, n.contractServices, dateAt, admin);
	seedTasks(state, n.tasks, root.fork('tasks'), ctxFor, pickCustomer, hasCustomers);
	return state;
}

function guid(rnd) {
	const hex = rnd.hex(32);
	return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

function phone(rnd) {
	return `08${rnd.int(10000000, 99999999)}`;
}

function seedEmployees(state, count, rnd, dateAt) {
	const list = [];
	for (let i = 1; i <= count; i++) {
		const firstname = FIRST_NAMES[(i - 1) % FIRST_NAMES.length];
		const lastname = LAST_NAMES[(i * 7) % LAST_NAMES.length];
		const team = state.teams[(i - 1) % state.teams.length];
		const role = i === 1 ? 'Admin' : team.teamId === 3 ? 'Service' : 'Sales';
		const staffCode = `EMP${pad(i, 4)}`;
		const at = formatVenioDate(dateAt(i, count * 20));
		list.push(
			state.employees.insert({
				userId: guid(rnd),
				username: `${firstname}.${lastname}`.toLowerCase(),
				email: `${firstname}.${lastname}@venio-sandbox.example`.toLowerCase(),
				companyId: state.company.companyId,
				companyName: state.company.companyName,
				teamId: team.teamId,
				teamName: team.teamName,
				staffCode,
				title: 'Khun',
				firstname,
				lastname,
				fullname: `${firstname} ${lastname}`,
				nickname: firstname.slice(0, 3),
				position:
					role === 'Admin'
						? 'CRM Administrator'
						: role === 'Sales'
							? 'Sales Executive'
							: 'Service Engineer',
				phoneNumber: phone(rnd),
				orgString: `${state.company.companyName} > ${team.teamName}`,
				orgLevel: 2,
				latitude: 13.7 + rnd.next() / 10,
				longitude: 100.5 + rnd.next() / 10,
				location: 'Bangkok',
				locationName: 'Head office',
				// The last one of several is inactive, so status filters have something to exclude.
				isActive: !(count > 2 && i === count),
				createdByUserId: null,
				hasPicture: false,
				dateCreated: at,
				dateModified: at,
				role,
				level: role === 'Admin' ? 1 : 3,
				siteId: 1,
				isAgreementPDPA: true,
				pictureUrl: null,
			}),
		);
	}
	for (const e of list) e.createdByUserId = list[0].userId;
	return list;
}

/**
 * Customers can number 100,000, so values that need not be unique (addresses,
 * phones, tax numbers, owner lists) come from small pools of frozen values
 * shared between records; handlers replace such values, never mutate them.
 */
function customerPools(rnd, owners) {
	const POOL = 997;
	const pool = (make) => Object.freeze(Array.from({ length: POOL }, make));
	return {
		addresses: pool(() =>
			Object.freeze([
				Object.freeze({
					locationType: 1,
					locationName: 'Head office',
					locationAddress: `${rnd.int(1, 999)} Moo ${rnd.int(1, 12)}, ${rnd.pick(DISTRICTS)}`,
					latitude: 13.6 + rnd.next() / 5,
					longitude: 100.4 + rnd.next() / 5,
				}),
			]),
		),
		phones: pool(() => `02${rnd.int(1000000, 9999999)}`),
		mobiles: pool(() => phone(rnd)),
		taxNumbers: pool(() => `0105${rnd.int(100000000, 999999999)}`),
		owners: owners.map((o) => Object.freeze([o.staffCode])),
		interests: INTERESTS.map((name) => Object.freeze([name])),
	};
}

function seedCustomers(state, count, rnd, dateAt, owners) {
	const pools = customerPools(rnd.fork('pools'), owners);
	const used = new Map(); // name -> times used, keeps names unique (the API requires it)
	for (let i = 0; i < count; i++) {
		const business = rnd.chance(0.75);
		const stem = business
			? `${rnd.pick(COMPANY_PREFIXES)} ${rnd.pick(INDUSTRIES)}`
			: `${rnd.pick(FIRST_NAMES)} ${rnd.pick(LAST_NAMES)}`;
		const suffix = business ? rnd.pick(COMPANY_SUFFIXES) : '';
		const key = stem + suffix;
		const times = (used.get(key) || 0) + 1;
		used.set(key, times);
		const name = `${stem}${times > 1 ? ` ${times}` : ''}${suffix && ` ${suffix}`}`;
		const roll = rnd.next();
		const ownerIndex = rnd.int(0, owners.length - 1);
		const ended = rnd.chance(0.05);
		const at = i % pools.phones.length;
		const body = {
			customerName: name,
			customerState: roll < 0.25 ? 1 : roll < 0.5 ? 2 : 3,
			customerType: business ? 1 : 2,
			customerStatus: ended ? 1 : 0,
			customerEmail: `contact${i + 1}@${business ? 'company' : 'mail'}.example`,
			customerPhone: pools.phones[at],
			customerMobile: pools.mobiles[at],
			owners: pools.owners[ownerIndex],
			addresses: pools.addresses[(i * 7) % pools.addresses.length],
			customerTaxNo: business ? pools.taxNumbers[at] : null,
			branchCode: business ? '00000' : null,
			customerNote: ended ? 'Contract ended' : null,
		};
		if (rnd.chance(0.2)) body.interestsName = rnd.pick(pools.interests);
		state.customers.insert(
			buildCustomer(state, undefined, body, { now: dateAt(i, count), actor: owners[ownerIndex] }),
		);
	}
}

function seedProducts(state, count, rnd, dateAt) {
	for (let i = 0; i < count; i++) {
		const [baseName, category, unit, price] = PRODUCT_ITEMS[i % PRODUCT_ITEMS.length];
		const edition =
			PRODUCT_EDITIONS[Math.floor(i / PRODUCT_ITEMS.length) % PRODUCT_EDITIONS.length];
		const round = Math.floor(i / (PRODUCT_ITEMS.length * PRODUCT_EDITIONS.length));
		const productCode = `PD${pad(i + 1, 3)}`;
		const goods = category !== 'Services' && category !== 'Software';
		const item = {
			productCode,
			productBarcode: `885${pad(rnd.int(0, 9999999999), 10)}`,
			productName: `${baseName}${edition}${round ? ` ${round + 1}` : ''}`,
			productDescription: `${baseName}${edition}`,
			category,
			cost: Math.round(price * 0.6),
			prices: [
				{
					priceTierName: 'Retail',
					regularPrice: price,
					salePrice: price,
					vatValue: 7,
					useDefaultVat: true,
				},
			],
			productUnitName: unit,
			trackInventory: goods,
			qty: goods ? rnd.int(50, 500) : 0,
			lowStockAlert: goods ? 10 : null,
			useWarranty: goods,
			visibility: true,
			// Every 9th product is inactive, so status filters have something to exclude.
			active: (i + 1) % 9 !== 0,
		};
		const product = state.products.insert(buildProduct(state, undefined, item, dateAt(i, count)));
		if (goods && (i + 1) % 5 === 0) {
			// Every 5th physical product is a CodeGuard (serial-numbered) product with a few serials.
			state.products.update(productCode, { isCodeguard: true });
			for (let k = 1; k <= 5; k++)
				state.serials.insert(newSerial(`SN${productCode}${pad(k, 4)}`, product));
		}
	}
}

function seedTickets(state, count, rnd, dateAt) {
	const codes = state.products.order;
	for (let i = 0; i < count && codes.length; i++) {
		const items = Array.from({ length: rnd.int(1, 3) }, () => ({
			productCode: rnd.pick(codes),
			action: 'Updated',
			isSuccess: true,
			error: null,
		}));
		state.tickets.insert(newTicket(state, items, dateAt(i, count)));
	}
}

function seedDeals(state, count, rnd, ctxFor, pickCustomer) {
	for (let i = 0; i < count; i++) {
		const ctx = ctxFor(rnd, i, count);
		const board = rnd.pick(state.dealBoards);
		const stages = state.dealStages.filter((s) => s.boardId === board.boardId);
		const customer = state.customers.get(pickCustomer(rnd));
		const stage = rnd.pick(stages);
		const body = {
			customerCodes: [customer.customerCode],
			dealName: `${customer.customerName.split(' ').slice(0, 2).join(' ')} - ${rnd.pick(DEAL_TOPICS)}`,
			dealValue: rnd.int(10, 500) * 1000,
			probability: stage.probability,
			dealQuantity: rnd.int(1, 20),
			dealQuantityUnit: 'License',
			dealInterests: rnd.some(
				state.dealInterests.map((x) => x.dealInterestId),
				2,
			),
			dealLabels: rnd.some(
				state.dealLabels.map((x) => x.dealLabelId),
				2,
			),
			expectedCloseDate: formatVenioDate(new Date(ctx.now.getTime() + rnd.int(15, 120) * 86400000)),
			assignTo: ctx.actor.staffCode,
			dealStageId: stage.dealStageId,
		};
		if (rnd.chance(0.15))
			body.reasonCategoryId = rnd.pick(state.dealMissedReasonCategories).reasonCategoryId;
		const { changes, errors } = dealChanges(state, body, board.boardId);
		assertSeedable('deal', errors);
		state.deals.insert(withStatus({ ...newDeal(state, board.boardId, ctx), ...changes }));
	}
}

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

/** One to three line items of active products; whtKey is the document's withholding-tax key. */
function lines(state, rnd, whtKey) {
	const codes = state.products.order.filter((code) => state.products.get(code).active);
	const list = codes.length ? codes : state.products.order;
	return Array.from({ length: rnd.int(1, 3) }, () => ({
		productCode: rnd.pick(list),
		qty: rnd.int(1, 3),
		vatTaxValue: 7,
		[whtKey]: 0,
	}));
}

function seedQuotations(state, count, rnd, ctxFor, pickCustomer) {
	const statuses = [1, 2, 3, 4, 4, 6, 7];
	for (let i = 0; i < count; i++) {
		const ctx = ctxFor(rnd, i, count);
		const status = rnd.pick(statuses);
		const body = {
			quotationSubject: `${rnd.pick(DEAL_TOPICS)} quotation`,
			quotationDate: formatVenioDate(ctx.now),
			quotationValidUntil: formatVenioDate(new Date(ctx.now.getTime() + 30 * 86400000)),
			quotationStatus: status,
			customerCode: pickCustomer(rnd),
			staffCode: ctx.actor.staffCode,
			vatCalculation: true,
			quotationDetails: lines(state, rnd, 'whTaxValue'),
			discountType: true,
			discountValue: rnd.pick([0, 0, 5, 10]),
			headerTemplateId: rnd.pick([0, 1, 2]),
		};
		const { changes, errors } = quotationChanges(state, body);
		assertSeedable('quotation', errors);
		state.quotations.insert(newQuotation(state, changes, ctx));
	}
}

function seedSalesOrders(state, count, rnd, ctxFor, pickCustomer) {
	for (let i = 0; i < count; i++) {
		const ctx = ctxFor(rnd, i, count);
		const customerCode = pickCustomer(rnd);
		const status = rnd.int(1, 5);
		const body = {
			salesOrderSubject: `Order ${i + 1} for ${state.customers.get(customerCode).customerName}`,
			customerCode,
			salesOrderDate: formatVenioDay(ctx.now),
			salesOrderStatus: status,
			staffCode: ctx.actor.staffCode,
			vatCalculation: rnd.chance(0.8),
			currencyCode: 'THB',
			salesOrderDetails: lines(state, rnd, 'whtTaxValue'),
		};
		const { changes, errors } = salesOrderChanges(state, body);
		assertSeedable('sales order', errors);
		const order = newSalesOrder(state, changes, ctx);
		order.attachments = Array.from({ length: rnd.int(0, 2) }, (_, k) =>
			attachment(state, order, k, ctx),
		);
		if (status === 3) order.trackingNo = `TH${rnd.int(100000000, 999999999)}`;
		if (status === 2 || status === 3)
			order.approvedByUserId = state.employees.get(state.employees.order[0]).userId;
		state.salesOrders.insert(order);
	}
}

function attachment(state, order, k, ctx) {
	const attachmentId = nextId(state, 'attachmentId');
	const filename = k === 0 ? 'purchase-order.pdf' : `photo-${k}.jpg`;
	const url = `https://files.venio-sandbox.example/salesorders/${order.salesOrderId}/${filename}`;
	return {
		attachmentId,
		refId: order.salesOrderId,
		type: 4, // documented types are 1 activity, 2 expense, 3 customer; 4 is the sandbox's sales-order type
		filename,
		extension: filename.split('.').pop(),
		fileSize: 20480 + attachmentId * 512,
		isActive: true,
		createdByUserId: ctx.actor.userId,
		dateCreated: formatVenioDate(ctx.now),
		resourceUrl: url,
		companyId: state.company.companyId,
		isProcessed: true,
		url,
		urlResponseUpload: url,
		thumbnail: null,
	};
}

function seedExpenses(state, count, rnd, ctxFor) {
	const types = Object.keys(catalog.EXPENSE_TYPES).map(Number);
	for (let i = 0; i < count; i++) {
		const ctx = ctxFor(rnd, i, count);
		const expenseTypeId = rnd.pick(types);
		const detail = { expenseTypeId, amount: rnd.int(2, 60) * 50 };
		if (expenseTypeId === 1001) detail.night = rnd.int(1, 3);
		if (expenseTypeId === 1003)
			Object.assign(detail, {
				milesStart: 1000 + i * 100,
				milesEnd: 1050 + i * 100,
				usedFuelCard: rnd.chance(0.5),
			});
		if (expenseTypeId === 1005)
			Object.assign(detail, { trainingTitle: 'Product training', hours: 2, minutes: 30 });
		const expense = newExpense(
			state,
			{
				ExpenseDetails: [detail],
				subject: rnd.pick(SUBJECTS),
				dateTransaction: formatVenioDate(ctx.now),
			},
			ctx,
		);
		state.expenses.insert({
			...expense,
			...statusFields(rnd.pick([301, 302, 302, 303, 304, 305])),
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

function seedContractServices(state, count, dateAt, admin) {
	for (let i = 0; i < count; i++) {
		const at = formatVenioDate(dateAt(i, count));
		state.contractServices.insert({
			contractServiceId: nextId(state, 'contractServiceId'),
			contractNo: `CT2501${pad(i + 1, 5)}`,
			subject: 'Annual maintenance',
			frequency: 260001,
			frequencyName: catalog.CONTRACT_FREQUENCIES[260001],
			numberOfTimes: 1,
			agreementNote: null,
			createdByUserId: admin.userId,
			dateCreated: at,
			dateModified: at,
		});
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

/** Seed bodies are built to be valid; an error here is a sandbox bug. */
function assertSeedable(what, errors) {
	if (errors.length) throw new Error(`Seeding a ${what} failed: ${errors.join('; ')}`);
}

module.exports = { seedStore, DEFAULT_COUNTS, DEFAULT_RANDOM_SEED };
