'use strict';
// The node's endpoint table (every Venio method and path, stated once in
// nodes/Venio/api/endpoints.ts), as the tests load it from the build. When that module moves,
// this is the one line to change.
module.exports = require('../dist/nodes/Venio/api/endpoints');
