'use strict';

// Seeded expense claims and service contracts.

const { pad, formatVenioDate } = require('../dates');
const { nextId } = require('../store');
const catalog = require('../catalog');
const { newExpense, statusFields } = require('../handlers/expenses');
const { SUBJECTS } = require('./wordLists');

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

module.exports = { seedExpenses, seedContractServices };
