import type { IDataObject, INodeProperties } from 'n8n-workflow';

import { withoutBlanks } from '../parameters/collections';

/** A customer's or a contact's social media accounts, one text field each. */
export const socialAccountFields: INodeProperties[] = [
	{
		displayName: 'Facebook',
		name: 'facebook',
		type: 'string',
		default: '',
		description: 'Facebook account or page',
	},
	{
		displayName: 'Instagram',
		name: 'instagram',
		type: 'string',
		default: '',
		description: 'Instagram account',
	},
	{ displayName: 'LINE', name: 'line', type: 'string', default: '', description: 'LINE ID' },
	{
		displayName: 'LinkedIn',
		name: 'linkedin',
		type: 'string',
		default: '',
		description: 'LinkedIn profile',
	},
	{ displayName: 'Skype', name: 'skype', type: 'string', default: '', description: 'Skype name' },
	{
		displayName: 'Telegram',
		name: 'telegram',
		type: 'string',
		default: '',
		description: 'Telegram username',
	},
	{ displayName: 'WeChat', name: 'wechat', type: 'string', default: '', description: 'WeChat ID' },
	{
		displayName: 'WhatsApp',
		name: 'whatsapp',
		type: 'string',
		default: '',
		description: 'WhatsApp number',
	},
];

/** The keys Venio reads in a social account object. */
export const SOCIAL_ACCOUNT_KEYS = socialAccountFields.map((field) => field.name);

/** The accounts given, without blanks or unknown keys; undefined when none is given. */
export function socialAccount(values: IDataObject | undefined): IDataObject | undefined {
	const kept = withoutBlanks(values);
	for (const key of Object.keys(kept)) {
		if (!SOCIAL_ACCOUNT_KEYS.includes(key)) delete kept[key];
	}
	return Object.keys(kept).length ? kept : undefined;
}
