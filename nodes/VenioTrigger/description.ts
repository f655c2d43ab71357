import type { INodeProperties } from 'n8n-workflow';

import { QUERY_PARAMETER } from './auth';
import { ANY, EVENTS, TOPICS } from './catalog';

export const DEFAULT_MAX_BODY_KB = 1024;
export const DEFAULT_DUPLICATE_WINDOW_SECONDS = 300;
/** Long enough for a token call and a few quick retries; short, as an answered event waits in memory. */
export const DEFAULT_RECORD_TIME_LIMIT_SECONDS = 30;

export const properties: INodeProperties[] = [
	{
		displayName: `Venio has no API to register webhooks. Copy the Production URL above and paste it into a webhook in Venio's integration settings (a Venio admin can), then activate this workflow. With "Secret in URL Query", add ?${QUERY_PARAMETER}=YOUR_SECRET to the end of the URL you paste.`,
		name: 'setupNotice',
		type: 'notice',
		default: '',
	},
	{
		displayName: 'Authentication',
		name: 'authentication',
		type: 'options',
		options: [
			{
				name: 'Basic Auth',
				value: 'basicAuth',
				description: 'The URL given to Venio must carry the user and secret: https://USER:SECRET@your-n8n-host/webhook/…',
			},
			{
				name: 'None',
				value: 'none',
				description: 'Anyone who knows the URL can start the workflow',
			},
			{
				name: 'Secret in Header',
				value: 'headerSecret',
				description: 'The secret must arrive in a header (its name is set in the credential)',
			},
			{
				name: 'Secret in URL Query',
				value: 'querySecret',
				description: `The URL must end in ?${QUERY_PARAMETER}=SECRET. Works with any sender that lets you set a URL, Venio included.`,
			},
		],
		default: 'none',
		description: 'How the trigger knows a request comes from your Venio. Venio signs nothing, so a secret only you and Venio know is the protection.',
	},
	{
		displayName: 'Topics',
		name: 'topics',
		type: 'multiOptions',
		options: [
			{ name: 'Any', value: ANY, description: 'Every topic, including ones Venio adds later' },
			...TOPICS.map(({ name, value, description }) => ({ name, value, description })),
		],
		default: [ANY],
		description: 'What changed. Other topics can be added under Options › Other Topics; nothing chosen means any.',
	},
	{
		displayName: 'Events',
		name: 'events',
		type: 'multiOptions',
		options: [
			{
				name: 'Any',
				value: ANY,
				description: 'Every event, including ones Venio adds later',
				action: 'On any event',
			},
			...EVENTS.map(({ name, value, description, action }) => ({
				name,
				value,
				description,
				action,
			})),
		],
		default: [ANY],
		description: 'How it changed. Other events can be added under Options › Other Events; nothing chosen means any.',
	},
	{
		displayName: 'Include Full Record',
		name: 'includeFullRecord',
		type: 'boolean',
		default: false,
		description:
			'Whether to load the Customer, Quotation, Sales Order or Case the event is about from Venio and add it to the item as "record". If it cannot be loaded within the Record Time Limit (under Options), the item still goes out, with "recordError" saying why.',
	},
	{
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		options: [
			{
				displayName: 'Duplicate Window (Seconds)',
				name: 'duplicateWindowSeconds',
				type: 'number',
				typeOptions: { minValue: 1 },
				default: DEFAULT_DUPLICATE_WINDOW_SECONDS,
				description: 'With Ignore Duplicate Deliveries on: how long after a delivery the same one is ignored',
			},
			{
				displayName: 'Ignore Duplicate Deliveries',
				name: 'ignoreDuplicates',
				type: 'boolean',
				default: false,
				description:
					'Whether a delivery with the same topic, event, document number and body as one received within the Duplicate Window starts nothing (it is still answered 200)',
			},
			{
				displayName: 'Max Body Size (KB)',
				name: 'maxBodySizeKb',
				type: 'number',
				typeOptions: { minValue: 1 },
				default: DEFAULT_MAX_BODY_KB,
				description: 'Larger requests are refused with HTTP 413. Venio\'s notifications are well under 10 KB.',
			},
			{
				displayName: 'Other Events',
				name: 'otherEvents',
				type: 'string',
				default: '',
				placeholder: 'e.g. Approve, Cancel',
				description: 'Events not in the list, comma-separated, matched regardless of case',
			},
			{
				displayName: 'Other Topics',
				name: 'otherTopics',
				type: 'string',
				default: '',
				placeholder: 'e.g. Deal, Activity',
				description: 'Topics not in the list, comma-separated, matched regardless of case',
			},
			{
				displayName: 'Record Time Limit (Seconds)',
				name: 'recordTimeLimitSeconds',
				type: 'number',
				typeOptions: { minValue: 1 },
				default: DEFAULT_RECORD_TIME_LIMIT_SECONDS,
				displayOptions: { show: { '/includeFullRecord': [true] } },
				description:
					'How long loading the record may take, retries included, before the event goes out without it (with "recordError"). Venio has already been answered by then, so the event exists only in n8n\'s memory meanwhile: keep this short.',
			},
		],
	},
];
