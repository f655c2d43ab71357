import { z } from 'zod';

import * as check from '../salesDocument/documentSchema';
import { QUOTATION_STATUS_OPTIONS } from './quotationFields';

/**
 * The body of the JSON input mode of Quotation › Create or Update, from openapi.yaml
 * (QuotationUpsertRequest): it checks what Venio requires and the types it documents; fields it
 * does not know pass through unchanged, as the request accepts more fields than the reference lists.
 */

const quotationDetailSchema = z
	.object({
		...check.lineShape,
		qty: check.number('qty').positive('qty must be above zero'),
		whTaxValue: check.optionalNumber('whTaxValue'),
	})
	.passthrough();

export const quotationUpsertSchema = z
	.object({
		...check.documentShape,
		quotationNo: check.optionalText('quotationNo'),
		quotationSubject: check.requiredText('quotationSubject'),
		quotationDate: check.date('quotationDate'),
		quotationValidUntil: check.date('quotationValidUntil'),
		quotationStatus: check.status('quotationStatus', QUOTATION_STATUS_OPTIONS),
		customerCode: check.requiredText('customerCode'),
		staffCode: check.requiredText('staffCode'),
		vatCalculation: check.flag('vatCalculation'),
		quotationDetails: z
			.array(quotationDetailSchema, {
				required_error: 'quotationDetails is required',
				invalid_type_error: 'quotationDetails must be a list of lines',
			})
			.min(1, 'quotationDetails needs at least one line'),
		contactName: check.optionalText('contactName'),
		quotationNote: check.optionalText('quotationNote'),
	})
	.passthrough();
