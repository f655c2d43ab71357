import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { withoutBlanks } from '../parameters/collections';
import { toVenioDate } from '../parameters/dates';
import { invalid } from '../parameters/invalid';
import { toNumber } from '../parameters/numbers';
import { locatorValue, textList } from '../parameters/text';
import type { VenioAction } from '../types';
import { CUSTOMER_KIND, CUSTOMER_STATE, isEndedOrClosed, LEAD_STATUS } from './customerEnums';
import { socialAccount } from './socialAccounts';
import {
	customerState,
	customerUpsertMode,
	upsertAdditionalFields,
	upsertName,
	upsertProperties,
} from './upsertParameters';

// Create or Update: building the body

function addressesOf(ctx: IExecuteFunctions, i: number): IDataObject[] {
	const rows = ((ctx.getNodeParameter('addresses', i, {}) as IDataObject).address ??
		[]) as IDataObject[];
	return rows.map((row, n) => {
		const address = withoutBlanks(row);
		for (const key of ['latitude', 'longitude']) {
			if (address[key] !== undefined) {
				address[key] = toNumber(
					ctx,
					i,
					`Address ${n + 1}: ${key === 'latitude' ? 'Latitude' : 'Longitude'}`,
					address[key],
				);
			}
		}
		return address;
	});
}

function contactsOf(ctx: IExecuteFunctions, i: number): IDataObject[] {
	const rows = ((ctx.getNodeParameter('contacts', i, {}) as IDataObject).contact ??
		[]) as IDataObject[];
	return rows.map((row, n) => {
		const { contactSocialAccount, ...fields } = row;
		const contact = withoutBlanks(fields);
		if (contact.contactBirthdate !== undefined) {
			contact.contactBirthdate = toVenioDate(
				ctx,
				i,
				`Contact ${n + 1}: Birthdate`,
				contact.contactBirthdate,
				'date',
			);
		}
		const social = socialAccount(contactSocialAccount as IDataObject);
		if (social) contact.contactSocialAccount = social;
		return contact;
	});
}

function ownersOf(ctx: IExecuteFunctions, i: number): string[] {
	const rows = ((ctx.getNodeParameter('owners', i, {}) as IDataObject).owner ??
		[]) as IDataObject[];
	return rows.map((row, n) => {
		const staffCode = locatorValue(row.employee);
		if (!staffCode) {
			throw invalid(
				ctx,
				i,
				`Owner ${n + 1} has no employee`,
				`Pick an employee or enter a staff code for owner ${n + 1}, or remove it (item ${i}).`,
			);
		}
		return staffCode;
	});
}

function bodyFromFields(ctx: IExecuteFunctions, i: number): IDataObject {
	const body: IDataObject = {};
	const customerCode = customerUpsertMode.keyToUpdate(ctx, i);
	if (customerCode) body.customerCode = customerCode;
	body.customerName = upsertName.read(ctx, i);
	body.customerState = customerState.read(ctx, i);

	const { customFields, customerSocialAccount, ...fields } = upsertAdditionalFields.read(ctx, i);
	for (const [key, value] of Object.entries(fields)) {
		body[key] = typeof value === 'string' ? value.trim() : value;
	}
	for (const key of ['customerAliases', 'customerTags', 'interestsName']) {
		if (body[key] !== undefined) body[key] = textList(body[key]);
	}
	if (body.customerBirthdate !== undefined) {
		body.customerBirthdate = toVenioDate(ctx, i, 'Birthdate', body.customerBirthdate, 'date');
	}
	if (typeof body.classificationName === 'string' && body.classificationName.length > 3) {
		throw invalid(
			ctx,
			i,
			'Class can have at most 3 characters',
			`"${body.classificationName}" is too long for Venio's customer class (item ${i}).`,
		);
	}
	const social = socialAccount(
		(customerSocialAccount as IDataObject | undefined)?.accounts as IDataObject,
	);
	if (social) body.customerSocialAccount = social;
	const customRows = ((customFields as IDataObject | undefined)?.field ?? []) as IDataObject[];
	const custom = customRows
		.filter((row) => String(row.customFieldName ?? '').trim() !== '')
		.map((row) => ({
			customFieldName: String(row.customFieldName).trim(),
			customFieldValue: textList(row.customFieldValue),
		}));
	if (custom.length) body.customFields = custom;

	const addresses = addressesOf(ctx, i);
	if (addresses.length) body.addresses = addresses;
	const contacts = contactsOf(ctx, i);
	const individual = body.customerType === CUSTOMER_KIND.individual;
	if (individual && contacts.length > 1) {
		throw invalid(
			ctx,
			i,
			'An individual customer has one contact',
			`Business or Individual is Individual, so give one contact (the person's own details), not ${contacts.length} (item ${i}).`,
		);
	}
	if (individual && contacts.length === 1) body.contact = contacts[0];
	else if (contacts.length) body.contacts = contacts;
	const owners = ownersOf(ctx, i);
	if (owners.length) body.owners = owners;

	if (body.leadStatus === LEAD_STATUS.unqualified && body.customerState === CUSTOMER_STATE.lead) {
		for (const [key, label] of [
			['unqulifiedReasonName', 'Unqualified Reason'],
			['unqulifiedReasonNote', 'Unqualified Reason Note'],
		]) {
			if (!body[key]) {
				throw invalid(
					ctx,
					i,
					`${label} is required for an unqualified lead`,
					`Lead Status is Unqualified and Customer State is Lead: add "${label}" under Additional Fields (item ${i}).`,
				);
			}
		}
	}
	if (isEndedOrClosed(body.customerStatus) && !body.customerNote) {
		throw invalid(
			ctx,
			i,
			'Note is required for an ended or closed customer',
			`Customer Status is Ended or Closed: add "Note" under Additional Fields (item ${i}).`,
		);
	}
	return body;
}

export const upsert: VenioAction = {
	value: 'upsert',
	name: 'Create or Update',
	action: 'Create or update a customer: without a customer code Venio creates one, with a code it updates that customer; needs the name and state, returns the customer with its code',
	description: 'Create a new record, or update the current one if it already exists (upsert)',
	endpoint: 'customerCreateOrUpdate',
	properties: upsertProperties,
	request(i) {
		const body = customerUpsertMode.body(this, i, () => bodyFromFields(this, i));
		const key = body.customerCode
			? { customerCode: body.customerCode }
			: { customerName: body.customerName };
		return { body, key };
	},
};
