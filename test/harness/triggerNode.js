'use strict';
// The Venio Trigger node as the harness's one-node workflows hold it.
const TRIGGER_TYPE = 'n8n-nodes-venio.venioTrigger';
const TRIGGER_NAME = 'Venio Trigger';
const WEBHOOK_ID = 'venio-trigger-test';

function triggerNode({ name = TRIGGER_NAME, parameters, credentials }) {
	return {
		id: 'venio-trigger',
		name,
		type: TRIGGER_TYPE,
		typeVersion: 1,
		position: [0, 0],
		webhookId: WEBHOOK_ID,
		parameters,
		credentials,
	};
}

module.exports = { triggerNode, TRIGGER_TYPE, TRIGGER_NAME, WEBHOOK_ID };
