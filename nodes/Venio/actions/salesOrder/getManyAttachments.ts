import type { VenioAction } from '../types';
import { salesOrderById } from './salesOrderFields';

const ATTACHMENT_SUMMARY = [
	'attachmentId',
	'refId',
	'filename',
	'extension',
	'fileSize',
	'url',
	'thumbnail',
	'dateCreated',
] as const;

export const getManyAttachments: VenioAction = {
	value: 'getManyAttachments',
	name: 'Get Many Attachments',
	action: 'Get many attachments of a sales order by sales order number',
	description: 'List the files attached to a sales order',
	endpoint: 'salesOrderAttachmentsGet',
	paging: 'list',
	simplify: ATTACHMENT_SUMMARY,
	...salesOrderById,
};
