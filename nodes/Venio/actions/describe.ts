import type { INodeProperties } from 'n8n-workflow';

import { DEFAULT_PARALLEL_REQUESTS } from '../../shared/transport/pacer';
import type { VenioAction, VenioResource } from './types';

/** Options of every operation: how the node talks to Venio, not what it asks. */
const nodeOptions: INodeProperties = {
	displayName: 'Options',
	name: 'options',
	type: 'collection',
	placeholder: 'Add option',
	default: {},
	options: [
		{
			displayName: 'Parallel Requests',
			name: 'parallelRequests',
			type: 'number',
			typeOptions: { minValue: 1, maxValue: 64 },
			default: DEFAULT_PARALLEL_REQUESTS,
			description:
				'How many requests to send at the same time. Set 1 to handle items one by one, in order.',
		},
	],
};

function showFor(resource: VenioResource, action: VenioAction) {
	return { show: { resource: [resource.value], operation: [action.value] } };
}

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
				displayOptions: showFor(resource, action),
			},
			{
				displayName: 'Limit',
				name: 'limit',
				type: 'number',
				typeOptions: { minValue: 1 },
				default: 50,
				description: 'Max number of results to return',
				displayOptions: {
					show: { resource: [resource.value], operation: [action.value], returnAll: [false] },
				},
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
	properties.push(nodeOptions);
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
