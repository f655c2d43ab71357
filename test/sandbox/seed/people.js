'use strict';

// Seeded employees and customers.

const { pad, formatVenioDate } = require('../dates');
const { buildCustomer } = require('../handlers/customers');
const words = require('./wordLists');

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
		const firstname = words.FIRST_NAMES[(i - 1) % words.FIRST_NAMES.length];
		const lastname = words.LAST_NAMES[(i * 7) % words.LAST_NAMES.length];
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
					locationAddress: `${rnd.int(1, 999)} Moo ${rnd.int(1, 12)}, ${rnd.pick(words.DISTRICTS)}`,
					latitude: 13.6 + rnd.next() / 5,
					longitude: 100.4 + rnd.next() / 5,
				}),
			]),
		),
		phones: pool(() => `02${rnd.int(1000000, 9999999)}`),
		mobiles: pool(() => phone(rnd)),
		taxNumbers: pool(() => `0105${rnd.int(100000000, 999999999)}`),
		owners: owners.map((o) => Object.freeze([o.staffCode])),
		interests: words.INTERESTS.map((name) => Object.freeze([name])),
	};
}

function seedCustomers(state, count, rnd, dateAt, owners) {
	const pools = customerPools(rnd.fork('pools'), owners);
	const used = new Map(); // name -> times used, keeps names unique (the API requires it)
	for (let i = 0; i < count; i++) {
		const business = rnd.chance(0.75);
		const stem = business
			? `${rnd.pick(words.COMPANY_PREFIXES)} ${rnd.pick(words.INDUSTRIES)}`
			: `${rnd.pick(words.FIRST_NAMES)} ${rnd.pick(words.LAST_NAMES)}`;
		const suffix = business ? rnd.pick(words.COMPANY_SUFFIXES) : '';
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

module.exports = { guid, phone, seedEmployees, seedCustomers };
