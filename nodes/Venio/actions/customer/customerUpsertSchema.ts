import { z } from 'zod';

import {
	CUSTOMER_KIND_OPTIONS,
	CUSTOMER_STATE,
	CUSTOMER_STATE_OPTIONS,
	CUSTOMER_STATUS_OPTIONS,
	GENDER_OPTIONS,
	LEAD_STATUS,
	LEAD_STATUS_OPTIONS,
	LOCATION_TYPE_OPTIONS,
	MARITAL_STATUS_OPTIONS,
	isEndedOrClosed,
} from './customerEnums';
import type { CodeOption } from './customerEnums';
import { SOCIAL_ACCOUNT_KEYS } from './socialAccounts';

/**
 * The body of Create or Update Customer (`POST /v3/customers`, CustomerUpsertRequest in the API
 * reference), as a zod schema for the JSON input mode. Keys are spelled as Venio spells them,
 * misspellings included (`unqulifiedReasonName`). Keys the schema does not name are sent as they
 * are: the reference marks the object as possibly incomplete.
 */

/** An integer that must be one of Venio's codes; the message lists them with their meaning. */
function code(options: CodeOption[]) {
	const list = [...options]
		.sort((a, b) => a.value - b.value)
		.map((option) => `${option.value} (${option.name})`)
		.join(', ');
	return z
		.number({ invalid_type_error: `Expected a number: ${list}` })
		.refine((value) => options.some((option) => option.value === value), {
			message: `Expected one of ${list}`,
		});
}

const text = () => z.string().nullish();

const isoDay = z
	.string()
	.regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'Expected a date as YYYY-MM-DD, e.g. 1990-04-25' })
	.nullish();

/** Venio types these as strings; a number is accepted and sent as text. */
const numericText = z
	.union([z.string(), z.number()])
	.transform((value) => String(value))
	.nullish();

const socialAccount = z
	.object(Object.fromEntries(SOCIAL_ACCOUNT_KEYS.map((key) => [key, text()])))
	.passthrough();

const contact = z
	.object({
		contactName: text(),
		contactPosition: text(),
		contactEmail: text(),
		contactPhone: text(),
		contactMobile: text(),
		contactBirthdate: isoDay,
		contactPicture: text(),
		contactNote: text(),
		contactStatus: z.boolean().nullish(),
		contactSocialAccount: socialAccount.nullish(),
	})
	.passthrough();

const address = z
	.object({
		locationType: code(LOCATION_TYPE_OPTIONS).nullish(),
		locationName: text(),
		locationAddress: text(),
		latitude: z.number().nullish(),
		longitude: z.number().nullish(),
	})
	.passthrough();

/** Correct English spellings a user may type, and the spelling Venio reads. */
const VENIO_SPELLINGS: Record<string, string> = {
	unqualifiedReasonName: 'unqulifiedReasonName',
	unqualifiedReasonNote: 'unqulifiedReasonNote',
};

export const customerUpsertSchema = z
	.object({
		customerCode: text(),
		customerName: z
			.string({ required_error: 'Required: the customer name' })
			.trim()
			.min(1, { message: 'Required: the customer name' }),
		customerState: code(CUSTOMER_STATE_OPTIONS),
		customerStatus: code(CUSTOMER_STATUS_OPTIONS).nullish(),
		customerType: code(CUSTOMER_KIND_OPTIONS).nullish(),
		customerPicture: text(),
		customer2ndName: text(),
		customerAliases: z.array(z.string()).nullish(),
		customerTaxNo: text(),
		branchCode: text(),
		customerPhone: text(),
		customerMobile: text(),
		customerEmail: text(),
		customerPosition: text(),
		customerGender: code(GENDER_OPTIONS).nullish(),
		customerMaritalStatus: code(MARITAL_STATUS_OPTIONS).nullish(),
		customerBirthdate: isoDay,
		customerIncome: numericText,
		creditLimit: numericText,
		addresses: z.array(address).nullish(),
		contact: contact.nullish(),
		contacts: z.array(contact).nullish(),
		customerSocialAccount: socialAccount.nullish(),
		customerGroupName: text(),
		classificationName: z.string().max(3, { message: 'At most 3 characters' }).nullish(),
		customerTags: z.array(z.string()).nullish(),
		interestsName: z.array(z.string()).nullish(),
		customFields: z
			.array(
				z
					.object({
						customFieldName: z.string({ required_error: 'Required: the custom field name' }),
						customFieldValue: z.array(z.string()),
					})
					.passthrough(),
			)
			.nullish(),
		leadStatus: code(LEAD_STATUS_OPTIONS).nullish(),
		owners: z.array(z.string()).nullish(),
		sourceName: text(),
		unqulifiedReasonName: text(),
		unqulifiedReasonNote: text(),
		customerNote: text(),
	})
	.passthrough()
	.superRefine((body, ctx) => {
		for (const [wrong, right] of Object.entries(VENIO_SPELLINGS)) {
			if (wrong in body) {
				ctx.addIssue({
					code: z.ZodIssueCode.custom,
					path: [wrong],
					message: `Venio spells this field "${right}"; rename the key`,
				});
			}
		}
		if (body.leadStatus === LEAD_STATUS.unqualified && body.customerState === CUSTOMER_STATE.lead) {
			for (const field of ['unqulifiedReasonName', 'unqulifiedReasonNote'] as const) {
				if (!body[field]) {
					ctx.addIssue({
						code: z.ZodIssueCode.custom,
						path: [field],
						message: 'Required when leadStatus is 3 (Unqualified) for a lead',
					});
				}
			}
		}
		if (isEndedOrClosed(body.customerStatus) && !body.customerNote) {
			ctx.addIssue({
				code: z.ZodIssueCode.custom,
				path: ['customerNote'],
				message: 'Required when customerStatus is 1 (Ended) or 2 (Closed)',
			});
		}
	});

export type CustomerUpsertBody = z.infer<typeof customerUpsertSchema>;
