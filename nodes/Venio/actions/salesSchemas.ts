import { DateTime } from 'luxon';
import { z } from 'zod';

import { isPossibleOffset } from './params';

/**
 * Schemas of the JSON input mode of Quotation › Create or Update and Sales Order › Create or
 * Update, from openapi.yaml (QuotationUpsertRequest, SalesOrderUpsertRequest). They check what
 * Venio requires and the types it documents; fields they do not know pass through unchanged
 * (`passthrough`), as both request objects accept more fields than the reference lists.
 */

const text = (what: string) =>
	z.string({ required_error: `${what} is required`, invalid_type_error: `${what} must be text` });

const requiredText = (what: string) => text(what).trim().min(1, `${what} cannot be empty`);

const optionalText = (what: string) => text(what).nullable().optional();

/** Beyond 2^53, JSON.parse has already rounded the number typed: refused rather than sent changed. */
const number = (what: string) =>
	z
		.number({ required_error: `${what} is required`, invalid_type_error: `${what} must be a number` })
		.max(Number.MAX_SAFE_INTEGER, `${what} is too large to be sent exactly`)
		.min(-Number.MAX_SAFE_INTEGER, `${what} is too large to be sent exactly`);

const optionalNumber = (what: string) => number(what).nullable().optional();

const flag = (what: string) =>
	z.boolean({ required_error: `${what} is required`, invalid_type_error: `${what} must be true or false` });

/** A date sent as typed: valid ISO 8601, with an offset a time zone can have (-12:00 to +14:00). */
const date = (what: string) =>
	requiredText(what).refine(
		(value) => {
			const parsed = DateTime.fromISO(value, { setZone: true });
			return parsed.isValid && isPossibleOffset(parsed.offset);
		},
		{ message: `${what} must be a date such as 2024-02-01 or 2024-02-01T00:00:00+07:00` },
	);

const status = (what: string, max: number) =>
	number(what)
		.int(`${what} must be a whole number`)
		.min(1, `${what} must be 1 to ${max}`)
		.max(max, `${what} must be 1 to ${max}`);

const id = (what: string) => number(what).int(`${what} must be a whole number`).nonnegative();

/** Line fields common to both documents. */
const lineFields = {
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
const documentFields = {
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

export const quotationDetailSchema = z
	.object({
		...lineFields,
		qty: number('qty').positive('qty must be above zero'),
		whTaxValue: optionalNumber('whTaxValue'),
	})
	.passthrough();

export const quotationUpsertSchema = z
	.object({
		...documentFields,
		quotationNo: optionalText('quotationNo'),
		quotationSubject: requiredText('quotationSubject'),
		quotationDate: date('quotationDate'),
		quotationValidUntil: date('quotationValidUntil'),
		quotationStatus: status('quotationStatus', 7),
		customerCode: requiredText('customerCode'),
		staffCode: requiredText('staffCode'),
		vatCalculation: flag('vatCalculation'),
		quotationDetails: z
			.array(quotationDetailSchema, {
				required_error: 'quotationDetails is required',
				invalid_type_error: 'quotationDetails must be a list of lines',
			})
			.min(1, 'quotationDetails needs at least one line'),
		contactName: optionalText('contactName'),
		quotationNote: optionalText('quotationNote'),
	})
	.passthrough();

export const salesOrderDetailSchema = z
	.object({
		...lineFields,
		qty: number('qty')
			.int('qty must be a whole number')
			.positive('qty must be above zero')
			.nullable()
			.optional(),
		whtTaxValue: optionalNumber('whtTaxValue'),
	})
	.passthrough();

/** Sales order lines sent under `salesorderDetails` (the GET spelling) are a likely mistake. */
export const salesOrderUpsertSchema = z
	.object({
		...documentFields,
		salesOrderNo: optionalText('salesOrderNo'),
		salesOrderSubject: requiredText('salesOrderSubject'),
		customerCode: requiredText('customerCode'),
		salesOrderDate: date('salesOrderDate'),
		salesOrderStatus: status('salesOrderStatus', 5).optional(),
		vatCalculation: flag('vatCalculation'),
		staffCode: optionalText('staffCode'),
		contactId: id('contactId').nullable().optional(),
		salesOrderNote: optionalText('salesOrderNote'),
		salesOrderDetails: z
			.array(salesOrderDetailSchema, {
				required_error:
					'salesOrderDetails is required (note the capital D: salesorderDetails is the spelling of the GET response)',
				invalid_type_error: 'salesOrderDetails must be a list of lines',
			})
			.min(1, 'salesOrderDetails needs at least one line'),
	})
	.passthrough();
