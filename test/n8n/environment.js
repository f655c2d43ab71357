'use strict';
// What a real n8n started here is configured with.
const { childEnv } = require('./host');

/** The environment n8n runs with here (see shared notes on running n8n on this machine). */
function n8nEnv(paths, { port, userFolder, brokerPort, env }) {
	const base = `http://127.0.0.1:${port}`;
	const inherited = childEnv(paths, {});
	// Under jest NODE_ENV is "test", with which n8n 2.41 exits at start-up without a word.
	for (const key of Object.keys(inherited)) {
		if (key === 'NODE_ENV' || key.startsWith('JEST_') || key === 'NODE_OPTIONS')
			delete inherited[key];
	}
	return Object.assign(inherited, {
		N8N_USER_FOLDER: userFolder,
		N8N_PORT: String(port),
		N8N_LISTEN_ADDRESS: '127.0.0.1',
		N8N_HOST: '127.0.0.1',
		N8N_PROTOCOL: 'http',
		N8N_EDITOR_BASE_URL: `${base}/`,
		WEBHOOK_URL: `${base}/`,
		DB_TYPE: 'sqlite',
		N8N_DIAGNOSTICS_ENABLED: 'false',
		N8N_PERSONALIZATION_ENABLED: 'false',
		N8N_VERSION_NOTIFICATIONS_ENABLED: 'false',
		N8N_TEMPLATES_ENABLED: 'false',
		N8N_HIRING_BANNER_ENABLED: 'false',
		N8N_SECURE_COOKIE: 'false',
		// Nodes must reach the Venio sandbox on 127.0.0.1.
		N8N_SSRF_PROTECTION_ENABLED: 'false',
		// The MCP registry module reaches out to the internet at start-up.
		N8N_DISABLED_MODULES: 'mcp-registry',
		N8N_ENFORCE_SETTINGS_FILE_PERMISSIONS: 'false',
		N8N_RUNNERS_BROKER_PORT: String(brokerPort),
		N8N_PUBLIC_API_DISABLED: 'false',
		N8N_COMMUNITY_PACKAGES_ENABLED: 'true',
		EXECUTIONS_DATA_SAVE_MANUAL_EXECUTIONS: 'true',
		EXECUTIONS_DATA_SAVE_ON_SUCCESS: 'all',
		EXECUTIONS_DATA_SAVE_ON_ERROR: 'all',
		N8N_LOG_OUTPUT: 'console',
		...env,
	});
}

module.exports = { n8nEnv };
