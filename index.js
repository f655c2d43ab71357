// Package entry: `require('n8n-nodes-venio')` gives the built node and credential classes.
// n8n itself loads the files listed under "n8n" in package.json; this entry is for code that
// wants the classes directly (tests, tools, other packages).
const { Venio } = require('./dist/nodes/Venio/Venio.node.js');
const { VenioTrigger } = require('./dist/nodes/VenioTrigger/VenioTrigger.node.js');
const { VenioApi } = require('./dist/credentials/VenioApi.credentials.js');
const { VenioTriggerAuthApi } = require('./dist/credentials/VenioTriggerAuthApi.credentials.js');

module.exports = { Venio, VenioTrigger, VenioApi, VenioTriggerAuthApi };
