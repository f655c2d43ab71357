import { DateTime } from 'luxon';
import { z } from 'zod';

import { isPossibleOffset } from '../params';

/**
 * The parts the JSON schemas of Quotation › Create or Update and Sales Order › Create or Update
 * share (see quotation/quotationSchema.ts, salesOrder/salesOrderSchema.ts): field checkers with
 * their messages, and the fields of a line and of a document common to both.
 */

export const text = (what: string) =>
	z.string({ required_error: `${what} is required`, invalid_type_error: `${what} must be text` });

export const requiredText = (what: string) => text(what).trim().min(1, `${what} cannot be empty`);

export const optionalText = (what: string) => text(what).nullable().optional();

/** Beyond 2^53, JSON.parse has already rounded the number typed: refused rather than sent changed. */
export const number = (what: string) =>
	z
		.number({
			required_error: `${what} is required`,
			invalid_type_error: `${what} must be a number`,
		})
		.max(Number.MAX_SAFE_INTEGER, `${what} is too large to be sent exactly`)
		.min(-Number.MAX_SAFE_INTEGER, `${what} is too large to be sent exactly`);

export const optionalNumber = (what: string) => number(what).nullable().optional();

export const flag = (what: string) =>
	z.boolean({
		required_error: `${what} is required`,
		invalid_type_error: `${what} must be true or false`,
	});

/** A date sent as typed: valid ISO 8601, with an offset a time zone can have (-12:00 to +14:00). */
export const date = (what: string) =>
	requiredText(what).refine(
		(value) => {
			const parsed = DateTime.fromISO(value, { setZone: true });
			return parsed.isValid && isPossibleOffset(parsed.offset);
		},
		{ message: `${what} must be a date such as 2024-02-01 or 2024-02-01T00:00:00+07:00` },
	);

/** A status code of `options` (Venio numbers its statuses 1 to n). */
export const status = (what: string, options: Array<{ value: number }>) => {
	const max = Math.max(...options.map((option) => option.value));
	return number(what)
		.int(`${what} must be a whole number`)
		.min(1, `${what} must be 1 to ${max}`)
		.max(max, `${what} must be 1 to ${max}`);
};

export const id = (what: string) =>
	number(what).int(`${what} must be a whole number`).nonnegative();

/** Line fields common to both documents. */
export const lineShape = {
	productCode: requiredText('productCode'),
	price: optionalNumber('price').refine((v) => v == null || v >= 0, 'price cannot be negative'),
	productName: optionalText('productName'),
	productDescription: optionalText('productDescription'),
	productUnitName: optionalText('productUnitName'),
	discountType: flag('discountType (true = percent, false = amount)').nullable().optional(),
	discountValue: optionalNumber('discountValue'),
	vatTaxValue: optionalNumber('vatTaxValue'),
};

/** Document fields common to both documents (all optional). */
export const documentShape = {
	currencyCode: optionalText('currencyCode'),
	discountName: optionalText('discountName'),
	discountType: flag('discountType (true = percent, false = amount)').nullable().optional(),
	discountValue: optionalNumber('discountValue'),
	headerTemplateId: id('headerTemplateId').nullable().optional(),
	paymentTerm: optionalText('paymentTerm'),
	recipientName: optionalText('recipientName'),
	recipientAddress: optionalText('recipientAddress'),
	referenceNo: optionalText('referenceNo'),
	remark: optionalText('remark'),
};
