'use strict';

// Seeded products, their serials (CodeGuard products), and product tickets.

const { pad } = require('../dates');
const { buildProduct, newTicket, newSerial } = require('../handlers/products');
const { PRODUCT_ITEMS, PRODUCT_EDITIONS } = require('./wordLists');

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

module.exports = { seedProducts, seedTickets };
