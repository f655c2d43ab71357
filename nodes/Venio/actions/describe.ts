import type { INodeProperties } from 'n8n-workflow';

import { DEFAULT_PARALLEL_REQUESTS, MAX_PARALLEL_REQUESTS } from '../../shared/transport/pacer';
import { DEFAULT_TIMEOUT_MS, MAX_TIMEOUT_MS } from '../../shared/transport/retry';
import { DEFAULT_BATCH_SIZE } from './batching';
import type { VenioAction, VenioResource } from './types';

/**
 * Not on the form of the node as an AI tool (n8n's `@tool` display option): a tool runs one call at
 * a time, and its answer goes into a model's context, so it never returns all.
 */
const NOT_AS_TOOL = { hide: { '@tool': [true] } };

/** Batch Size, shown for the operations of `resource` where Venio takes a list. */
function batchSizeOption(resource: VenioResource): INodeProperties[] {
	const batched = resource.actions.filter((action) => action.batch).map((action) => action.value);
	if (batched.length === 0) return [];
	return [
		{
			displayName: 'Batch Size',
			name: 'batchSize',
			type: 'number',
			typeOptions: { minValue: 1, maxValue: 500 },
			default: DEFAULT_BATCH_SIZE,
			description:
				'How many consecutive items go to Venio in one call. Each item still gets its own output or error. Set 1 to send one call per item.',
			displayOptions: { show: { '/resource': [resource.value], '/operation': batched } },
		},
	];
}

/** Options of every operation: how the node talks to Venio, not what it asks. */
function nodeOptions(resources: VenioResource[]): INodeProperties {
	return {
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add option',
		default: {},
		displayOptions: NOT_AS_TOOL,
		options: [
			...resources.flatMap(batchSizeOption),
			{
				displayName: 'Parallel Requests',
				name: 'parallelRequests',
				type: 'number',
				typeOptions: { minValue: 1, maxValue: MAX_PARALLEL_REQUESTS },
				default: DEFAULT_PARALLEL_REQUESTS,
				description:
					'How many requests to send at the same time, at most: the node sends fewer while Venio slows down or rate-limits. Set 1 to handle items one by one, in order.',
			},
			{
				displayName: 'Timeout',
				name: 'timeout',
				type: 'number',
				typeOptions: { minValue: 1, maxValue: MAX_TIMEOUT_MS },
				default: DEFAULT_TIMEOUT_MS,
				description:
					'Time in ms to wait for each answer from Venio. A read that gets none is tried again; a write that must not be sent twice fails with an "Outcome unknown" error instead.',
			},
		],
	};
}

function showFor(resource: VenioResource, action: VenioAction) {
	return { show: { resource: [resource.value], operation: [action.value] } };
}

const limit: INodeProperties = {
	displayName: 'Limit',
	name: 'limit',
	type: 'number',
	typeOptions: { minValue: 1 },
	default: 50,
	description: 'Max number of results to return',
};

/** Return All, Limit and Simplify: the standard controls, added to the actions that need them. */
function standardControls(resource: VenioResource, action: VenioAction): INodeProperties[] {
	const controls: INodeProperties[] = [];
	if (action.paging) {
		controls.push(
			{
				displayName: 'Return All',
				name: 'returnAll',
				type: 'boolean',
				default: false,
				description: 'Whether to return all results or only up to a given limit',
				displayOptions: { ...showFor(resource, action), ...NOT_AS_TOOL },
			},
			{
				...limit,
				displayOptions: {
					show: { resource: [resource.value], operation: [action.value], returnAll: [false] },
					...NOT_AS_TOOL,
				},
			},
			// The tool's own Limit, without Return All: a model reads every result it gets.
			{
				...limit,
				hint: 'The model reads every result: keep it small, e.g. 10. When more match, the answer says so.',
				displayOptions: { show: { ...showFor(resource, action).show, '@tool': [true] } },
			},
		);
	}
	if (action.simplify) {
		controls.push({
			displayName: 'Simplify',
			name: 'simplify',
			type: 'boolean',
			default: true,
			description: 'Whether to return a simplified version of the response instead of the raw data',
			displayOptions: showFor(resource, action),
		});
	}
	return controls;
}

/**
 * An action's parameters shown for it alone, with Return All, Limit and Simplify before its
 * Filters and other collections, as n8n's own nodes order them.
 */
function inOrder(resource: VenioResource, action: VenioAction): INodeProperties[] {
	const own = (action.properties ?? []).map((property) => ({
		...property,
		displayOptions: {
			...property.displayOptions,
			show: {
				...property.displayOptions?.show,
				resource: [resource.value],
				operation: [action.value],
			},
		},
	}));
	const firstCollection = own.findIndex(
		(property) => property.type === 'collection' || /filters/i.test(property.name),
	);
	const at = firstCollection === -1 ? own.length : firstCollection;
	return [...own.slice(0, at), ...standardControls(resource, action), ...own.slice(at)];
}

/** Builds the node's properties from the resource table: one place describes each action. */
export function describeResources(resources: VenioResource[]): INodeProperties[] {
	// Plain identifiers as defaults: the n8n lint rule cannot read member expressions there.
	const firstResource = resources[0].value;
	const properties: INodeProperties[] = [
		{
			displayName: 'Resource',
			name: 'resource',
			type: 'options',
			noDataExpression: true,
			options: resources.map(({ name, value }) => ({ name, value })),
			default: firstResource,
		},
	];
	for (const resource of resources) {
		const firstAction = resource.actions[0].value;
		properties.push({
			displayName: 'Operation',
			name: 'operation',
			type: 'options',
			noDataExpression: true,
			displayOptions: { show: { resource: [resource.value] } },
			options: resource.actions.map(({ name, value, action, description }) => ({
				name,
				value,
				action,
				description,
			})),
			default: firstAction,
		});
	}
	for (const resource of resources) {
		for (const action of resource.actions) {
			properties.push(...inOrder(resource, action));
		}
	}
	properties.push(nodeOptions(resources));
	return properties;
}

/**
 * The canvas subtitle, e.g. "Create or Update: Customer": the names the dropdowns show, not their
 * values. The editor evaluates it with the node's parameters, so the names travel as a table in
 * the expression; a pair not in the table (a newer workflow) falls back to the raw values.
 */
export function subtitleOf(resources: VenioResource[]): string {
	const names: Record<string, string> = {};
	for (const resource of resources) {
		for (const action of resource.actions) {
			names[`${resource.value}:${action.value}`] = `${action.name}: ${resource.name}`;
		}
	}
	const key = '$parameter["resource"] + ":" + $parameter["operation"]';
	const raw = '$parameter["operation"] + ": " + $parameter["resource"]';
	return `={{ (${JSON.stringify(names)})[${key}] || ${raw} }}`;
}
