'use strict';
// A token fetched straight from the sandbox, outside n8n, as the headers a bare client sends.
const axios = require('axios');

async function tokenHeaders(sandbox) {
	const { clientId, clientSecret, subscriptionKey, baseUrl } = sandbox.credentials;
	const form = new URLSearchParams({
		grant_type: 'client_credentials',
		client_id: clientId,
		client_secret: clientSecret,
	});
	const { data } = await axios.post(`${baseUrl}/authorization/connect/token`, form.toString(), {
		headers: {
			'Content-Type': 'application/x-www-form-urlencoded',
			'Ocp-Apim-Subscription-Key': subscriptionKey,
		},
	});
	return {
		Authorization: `Bearer ${data.access_token}`,
		'Ocp-Apim-Subscription-Key': subscriptionKey,
	};
}

module.exports = { tokenHeaders };
