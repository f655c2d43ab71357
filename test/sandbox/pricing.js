'use strict';

// Document totals for quotations and sales orders.
//   line:  gross = price * qty; discount = percent of gross (discountType true) or an amount;
//          totalPrice = gross - discount
//   doc:   subTotal = sum of totalPrice; document discount the same way;
//          subTotalWithDiscount = subTotal - document discount
//   VAT:   per line at vatTaxValue % on its share of the discounted total; added on top
//          when vatCalculation is true (prices exclude VAT), contained in the price otherwise.
// A line missing price / name / unit / description takes it from the product record.

const round2 = (n) => Math.round(n * 100) / 100;

function discountOf(base, type, value) {
	if (!value) return 0;
	return type === false ? value : (base * value) / 100;
}

function defaultPrice(product) {
	const price = product.prices && product.prices[0];
	if (!price) return 0;
	return price.salePrice ?? price.regularPrice ?? 0;
}

/**
 * @param {object[]} details request lines (productCode, qty, optional overrides)
 * @param {(code: string) => object} productOf resolved product per code
 * @param {string} whtField the withholding-tax key of this document's lines
 *   (quotations say whTaxValue, sales orders whtTaxValue)
 * @returns {{ lines: object[], totals: object, errors: string[] }}
 */
function priceDocument(details, doc, productOf, whtField) {
	const errors = [];
	const lines = details.map((detail) => {
		const product = productOf(detail.productCode);
		const price = detail.price ?? defaultPrice(product);
		const qty = detail.qty ?? 1;
		const gross = price * qty;
		const discount = discountOf(gross, detail.discountType, detail.discountValue);
		if (discount > gross)
			errors.push(`The discount of ${detail.productCode} may not exceed the line price.`);
		return {
			productCode: product.productCode,
			productName: detail.productName ?? product.productName,
			price,
			qty,
			productUnitName: detail.productUnitName ?? product.productUnitName,
			productDescription: detail.productDescription ?? product.productDescription ?? null,
			discountType: detail.discountType ?? true,
			discountValue: detail.discountValue ?? 0,
			vatTaxValue: detail.vatTaxValue ?? null,
			[whtField]: detail[whtField] ?? null,
			totalPrice: round2(gross - discount),
		};
	});
	const subTotal = lines.reduce((sum, line) => sum + line.totalPrice, 0);
	const docDiscount = discountOf(subTotal, doc.discountType, doc.discountValue);
	if (docDiscount > subTotal) errors.push('discountValue may not exceed the total of all lines.');
	const subTotalWithDiscount = subTotal - docDiscount;
	const share = subTotal ? subTotalWithDiscount / subTotal : 0;
	const totalVat = lines.reduce((sum, line) => {
		const rate = line.vatTaxValue || 0;
		const base = line.totalPrice * share;
		return (
			sum + (doc.vatCalculation === false ? (base * rate) / (100 + rate) : (base * rate) / 100)
		);
	}, 0);
	const grandTotal =
		doc.vatCalculation === false ? subTotalWithDiscount : subTotalWithDiscount + totalVat;
	return {
		lines,
		totals: {
			subTotal: round2(subTotal),
			subTotalWithDiscount: round2(subTotalWithDiscount),
			totalVat: round2(totalVat),
			grandTotal: round2(grandTotal),
		},
		errors,
	};
}

module.exports = { priceDocument };
