import { z } from 'zod';

import { jsonBody } from '../parameters/parameter';
import type { VenioAction } from '../types';

/**
 * Venio documents only the title of CreateTask ("Task > CreateTask"): neither its method (POST is
 * assumed) nor its body. Rather than guess field names, the task is given as a JSON object and sent
 * as it is; it must be an object, which is checked before anything is sent.
 */
const taskJson = jsonBody(
	{
		displayName: 'Task (JSON)',
		name: 'taskJson',
		type: 'json',
		required: true,
		default: '{\n  "subject": ""\n}',
		description:
			'The task as a JSON object, sent to Venio as it is, e.g. {"subject": "Call the customer back"}',
	},
	z.record(z.string(), z.any()),
);

export const create: VenioAction = {
	value: 'create',
	name: 'Create',
	action: 'Create a task',
	description: 'Create a task from a JSON object of Venio task fields',
	endpoint: 'taskCreate',
	properties: [taskJson.property],
	request(i) {
		return { body: taskJson.read(this, i) };
	},
};
