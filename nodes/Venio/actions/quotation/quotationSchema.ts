import { z } from 'zod';

import {
	date,
	documentShape,
	flag,
	lineShape,
	number,
	optionalNumber,
	optionalText,
	requiredText,
	status,
} from '../salesDocument/documentSchema';
import { QUOTATION_STATUS_OPTIONS } from './quotationFields';

/**
 * The body of the JSON input mode of Quotation › Create or Update, from openapi.yaml
 * (QuotationUpsertRequest): it checks what Venio requires and the types it documents; fields it
 * does not know pass through unchanged, as the request accepts more fields than the reference lists.
 */

const quotationDetailSchema = z
	.object({
		...lineShape,
		qty: number('qty').positive('qty must be above zero'),
		whTaxValue: optionalNumber('whTaxValue'),
	})
	.passthrough();

export const quotationUpsertSchema = z
	.object({
		...documentShape,
		quotationNo: optionalText('quotationNo'),
		quotationSubject: requiredText('quotationSubject'),
		quotationDate: date('quotationDate'),
		quotationValidUntil: date('quotationValidUntil'),
		quotationStatus: status('quotationStatus', QUOTATION_STATUS_OPTIONS),
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
