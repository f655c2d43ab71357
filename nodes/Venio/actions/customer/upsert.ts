import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import type { VenioRun } from '../../../shared/transport/run';
import { kept, keepCurrent, readRecord } from '../current';
import { withoutBlanks } from '../parameters/collections';
import { toVenioDate } from '../parameters/dates';
import { invalid } from '../parameters/invalid';
import { toNumber } from '../parameters/numbers';
import { locatorValue, textList } from '../parameters/text';
import type { VenioAction } from '../types';
import { CUSTOMER_KIND, CUSTOMER_STATE, isEndedOrClosed, LEAD_STATUS } from './customerEnums';
import { socialAccount } from './socialAccounts';
import {
	addresses,
	contacts,
	customerState,
	customerUpsertMode,
	newCustomerState,
	newName,
	owners,
	upsertAdditionalFields,
	upsertName,
	upsertProperties,
} from './upsertParameters';

// Create or Update: building the body

function addressesOf(ctx: IExecuteFunctions, i: number): IDataObject[] {
	return addresses.read(ctx, i).map((row, n) => {
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
	return contacts.read(ctx, i).map((row, n) => {
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
	return owners.read(ctx, i).map((row, n) => {
		const staffCode = locatorValue(row.employee);
		if (!staffCode) {
			throw invalid(
				ctx,
				i,
				`Owner ${n + 1} has no employee`,
				`Pick an employee or enter a staff code for owner ${n + 1}, or remove it.`,
			);
		}
		return staffCode;
	});
}

/** The Additional Fields as Venio takes them: lists split, the birthdate and class checked. */
function additionalOf(ctx: IExecuteFunctions, i: number): IDataObject {
	const { customFields, customerSocialAccount, ...fields } = upsertAdditionalFields.read(ctx, i);
	const body: IDataObject = {};
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
			`"${body.classificationName}" is too long for Venio's customer class.`,
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
	return body;
}

/** Addresses, contacts (one for an individual) and owners, when given. */
function peopleOf(ctx: IExecuteFunctions, i: number, individual: boolean): IDataObject {
	const body: IDataObject = {};
	const addressRows = addressesOf(ctx, i);
	if (addressRows.length) body.addresses = addressRows;
	const contactRows = contactsOf(ctx, i);
	if (individual && contactRows.length > 1) {
		throw invalid(
			ctx,
			i,
			'An individual customer has one contact',
			`Business or Individual is Individual, so give one contact (the person's own details), not ${contactRows.length}.`,
		);
	}
	if (individual && contactRows.length === 1) body.contact = contactRows[0];
	else if (contactRows.length) body.contacts = contactRows;
	const ownerCodes = ownersOf(ctx, i);
	if (ownerCodes.length) body.owners = ownerCodes;
	return body;
}

/** Venio's rules across fields: an unqualified lead says why, an ended customer has a note. */
function checkRules(ctx: IExecuteFunctions, i: number, body: IDataObject) {
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
					`Lead Status is Unqualified and Customer State is Lead: add "${label}" under Additional Fields.`,
				);
			}
		}
	}
	if (isEndedOrClosed(body.customerStatus) && !body.customerNote) {
		throw invalid(
			ctx,
			i,
			'Note is required for an ended or closed customer',
			'Customer Status is Ended or Closed: add "Note" under Additional Fields.',
		);
	}
}

/**
 * Venio needs the name and state on every call; an update that leaves them empty sends the
 * customer's current ones (Venio keeps every other field that is not sent).
 */
const NEEDED = [
	kept('customerName', 'Customer Name'),
	kept('customerState', 'Customer State', 'customerStateId'),
];

/** Name and state: required for a new customer, kept when an update leaves them empty. */
async function nameAndState(ctx: IExecuteFunctions, run: VenioRun, i: number, body: IDataObject) {
	const customerCode = customerUpsertMode.keyToUpdate(ctx, i);
	if (!customerCode) {
		return {
			...body,
			customerName: upsertName.read(ctx, i),
			customerState: customerState.read(ctx, i),
		};
	}
	const changes: IDataObject = { customerCode, ...body };
	const name = newName.read(ctx, i);
	if (name !== undefined) changes.customerName = name;
	const state = newCustomerState.read(ctx, i);
	if (state !== undefined) changes.customerState = state;
	return keepCurrent(ctx, i, changes, NEEDED, () =>
		readRecord(run, i, {
			endpoint: 'customerGetByCode',
			pathParams: { customerCode },
			label: 'Customer › Create or Update',
		}),
	);
}

async function bodyFromFields(
	ctx: IExecuteFunctions,
	run: VenioRun,
	i: number,
): Promise<IDataObject> {
	const fields = additionalOf(ctx, i);
	const people = peopleOf(ctx, i, fields.customerType === CUSTOMER_KIND.individual);
	const body = await nameAndState(ctx, run, i, { ...fields, ...people });
	checkRules(ctx, i, body);
	return body;
}

export const upsert: VenioAction = {
	value: 'upsert',
	name: 'Create or Update',
	action: 'Create or update a customer by customer code',
	description: 'Create a new customer, or update the current one if it already exists (upsert)',
	endpoint: 'customerCreateOrUpdate',
	properties: upsertProperties,
	record(i) {
		return customerUpsertMode.recordToUpdate(this, i);
	},
	async request(i, run) {
		const body = customerUpsertMode.usesJson(this, i)
			? customerUpsertMode.json(this, i)
			: await bodyFromFields(this, run, i);
		const key = body.customerCode
			? { customerCode: body.customerCode }
			: { customerName: body.customerName };
		return { body, key };
	},
};
