'use strict';

/*
 * Venio sandbox: a local, stateful fake of the Venio CRM API (Gofive) for
 * tests, benchmarks, the demo and a real n8n. Reference: /work/shared/venio-api
 * (README.md, openapi.yaml vendored here as venio-openapi.yaml, webhooks.md).
 *
 *   const { startSandbox } = require('./test/sandbox');
 *   const sandbox = await startSandbox({ seed: { customers: 1000 } });
 *   ... sandbox.url, sandbox.credentials, sandbox.faults.add({ kind: '429', retryAfter: 2 }) ...
 *   await sandbox.stop();
 *
 * sandbox.state is the store (its shape: store.js). Command line: cli.js.
 *
 * Behaviour where the reference is silent (the sandbox's choices):
 *  Gateway and auth
 *   - An unknown path or method answers 404 {"statusCode":404,"message":"Resource not found"} (APIM
 *     wording) before any key check. Path matching is case-insensitive; a literal segment beats a
 *     parameter (/v1/case/categories is not a caseNo).
 *   - API calls are checked in this order: injected fault, subscription key, bearer token, path and
 *     query parameters, JSON parsing, schema validation, handler validation, then the handler.
 *   - The subscription key is also accepted as the `subscription-key` query parameter (as APIM does).
 *   - Token endpoint: the body must be application/x-www-form-urlencoded (else 400
 *     {"error":"invalid_request"}); client credentials may also come as HTTP Basic auth; the client
 *     is checked before the grant type; a missing grant_type is unsupported_grant_type.
 *   - stats.tokenCalls counts every request routed to the token endpoint, whatever its outcome.
 *  Faults
 *   - HTTP fault bodies are APIM-style {statusCode, message}; Retry-After is sent on 403, 429, 502 and 503 when
 *     retryAfter is given. 'slow' waits delayMs (default 1000). 'drop' reads the body, then destroys
 *     the socket (logged with status null). 'malformed' processes the request normally (side effects
 *     happen) and sends the first half of the JSON with HTTP 200; 'cut' does too, but announces the
 *     full Content-Length and closes the connection mid-body. 'hang' reads the body and never answers (status null) until
 *     the client gives up or the sandbox stops. 'answer'
 *     sends the fault's `body` (with `status`, default 200) instead of the handler's. With
 *     `after: true` any other fault comes after the request was carried out (the write happened,
 *     then a 504 or a dropped connection). 'expireToken' removes the token the
 *     request carries for good (a retry with the same token is 401 too) and answers 401 "User
 *     authentication required V2.", on the token endpoint as well.
 *  Validation (HTTP 400, code 4001 for one message, 4002 for several joined by "; ")
 *   - Body keys bind case-insensitively (ASP.NET style). null means "not sent"; a required field that
 *     is absent, null or "" is missing. JSON types are checked strictly ("20" is not an integer), as
 *     are enums and maxLength. Nested fields are named by path: "quotationDetails[0].qty is required.".
 *   - Value lists and requirements stated only in descriptions are enforced too: customerState 1/2/3,
 *     customerStatus 0/1/2, customerType 1/2, gender, marital status; the customer unqualified reason
 *     and note; expense detail fields per type; serial verification CustomerCode or CustomerName;
 *     quotation referenceNo on edit; tracking trackingNo; employees enquiry pageLength.
 *   - Create Deal's schema is a dangling $ref in the openapi; the sandbox types the fields of its
 *     example and requires dealName and boardId ("boardId is required by dealCreate").
 *  Business errors (HTTP 200, code 4001/4002, data null)
 *   - Unknown keys in the path, and references inside bodies: customer codes, product codes, staff
 *     codes, user GUIDs (cases), lookup ids (board, stage, label, interest, category, event type,
 *     header template; 0 means the default template). Also: a duplicate customer name (names must be
 *     unique), editing or cancelling a finished document, converting a quotation twice, a sales-order
 *     quantity above the stock of an inventory-tracked product, an unknown product unit.
 *   - Get a Customer By CustomerCode answers a numeric status code on errors too.
 *  Records and responses
 *   - Create-or-update answers the stored record in its GET shape (the upsert responses are
 *     undocumented); an unknown key on update is "not found", not a create.
 *   - Customers are stored in the legacy GET shape: customerState -> customerStateId and customerType
 *     11100/11200/11300; the upsert's customerType (business/individual) -> `type`; customerEmail ->
 *     email; customerPicture -> PictureUrl; owners -> customerOwnersStr; interestsName ->
 *     customerInterests; the other upsert fields are returned as sent (absent until set).
 *   - Deals start in their board's first stage; a missed reason makes them Lost, a "Closed Won" stage
 *     Won. Quotation / sales-order totals: see pricing.js.
 *   - Quotation convert creates an Open sales order (referenceNo = quotation number) and marks the
 *     quotation Completed with its salesOrderNo; the body's QuotationNo must match the path (400).
 *     Cancel sets status 7.
 *   - Sales orders: new ones are Draft unless a status is sent; stock is checked but not decremented;
 *     approve -> Open, reject -> Rejected with the reason (per-id results; statusCode 4001/4002 when
 *     some fail); payments merge installments by periodNo (InstallmentNumber accepted), status 2 read
 *     as paid; payment and tracking answer data true.
 *   - Products: the bulk upsert answers, and records, a completed ticket (GET /tickets/{id});
 *     `category` is the product group (created when new), as are unknown units. Stock update adds
 *     qty to the stock (the example: 20 sent, 30 answered) and may not go below 0. productType
 *     1031/1032 are read as 1301/1302. A serial verifies once. Serial status without serialNumber
 *     lists every serial. CodeGuard body: { products: [{ productCode, productName?, serialNumbers? }] }
 *     or that array bare.
 *   - Expenses are created Waiting for Approval (302) and editable only while Draft, Waiting or Rejected.
 *   - Delete Customer Event answers data true. The API client acts as the first employee (EMP0001).
 *   - Dates are yyyy-MM-ddTHH:mm:ss+0700. Seeded records are dated in the 18 months up to 2025-06-30;
 *     records created through the API carry the current time.
 *  Paging
 *   - skip defaults to 0; a page size below 1 or a negative skip is a 400; a page size above
 *     maxPageSize is served with maxPageSize rows. Activities and conversations default take to 20.
 *     Products "with take & status" has no skip. Enquiries keep creation order (orderBy is ignored);
 *     code filters (customerCode, staffCode, quotationNo) match exactly, keyword filters by substring.
 *   - Customers Enquiry: customerType (required) 11100/11200/11300 filters by state; any other value
 *     (e.g. 0) means all. Expense Enquiry: expenseTypeId 0 means any type.
 *  Webhooks
 *   - Default data follows the documented field table, filled from the newest record of the topic
 *     (Customer/Create names the newest customer; webhooks.md's example values when there is none);
 *     modifiedBy is EMP0001, webhookName "to-n8n".
 *     sendWebhook resolves the target's body as text. One connection per webhook, closed after.
 *  Admin endpoints (besides the listed ones): GET /__sandbox/faults lists armed faults; POST
 *     /__sandbox/faults accepts pathRegex (a RegExp source, case-insensitive) besides path (exact);
 *     GET /__sandbox/stats returns the last 20 requests unless ?last=N; POST /__sandbox/webhooks/send
 *     answers 200 { status, headers, body } of the target, or 502 { error } when it cannot be reached.
 *     GET/POST /__sandbox/network read and set the real-network modes (network.js); GET
 *     /__sandbox/timeline lists the logged requests with arrival and answer times; GET
 *     /__sandbox/records?collection=tasks lists a collection's records as stored; stats include
 *     inFlight and peakInFlight.
 */

const { loadSpec } = require('./spec');
const { createStore } = require('./store');
const { seedStore, DEFAULT_RANDOM_SEED } = require('./seed');
const { createAuth } = require('./auth');
const { createFaults } = require('./faults');
const { createStats } = require('./stats');
const { createNetwork } = require('./network');
const { allHandlers } = require('./handlers');
const { createAdmin } = require('./admin');
const { createSandboxServer } = require('./server');
const webhooks = require('./webhooks');

const DEFAULTS = {
	host: '127.0.0.1',
	port: 0,
	clientId: 'sandbox-client',
	clientSecret: 'sandbox-secret',
	subscriptionKey: 'sandbox-key',
	tokenTtlSeconds: 3600,
	seed: {}, // counts per collection, see seed.js DEFAULT_COUNTS
	randomSeed: DEFAULT_RANDOM_SEED, // the seeded PRNG's seed: same counts + same randomSeed = same data
	maxPageSize: 1000,
	logLimit: 5000,
	// Real-network modes (network.js), off unless given: answer delay, its jitter, calls per second.
	latencyMs: 0,
	jitterMs: 0,
	rateLimit: 0,
};

/** Every operation of the spec needs a handler, and every handler an operation. */
function handlerTable(routes, auth) {
	const handlers = {
		...allHandlers(),
		authorizationToken: {
			public: true,
			handle: (ctx) => auth.tokenEndpoint(ctx.headers, ctx.query, ctx.rawBody),
		},
	};
	const operations = new Set(routes.map((r) => r.operationId));
	const missing = [...operations].filter((id) => !handlers[id]);
	const unknown = Object.keys(handlers).filter((id) => !operations.has(id));
	if (missing.length || unknown.length) {
		throw new Error(
			`Venio sandbox: handlers out of step with venio-openapi.yaml.` +
				(missing.length ? ` Missing: ${missing.join(', ')}.` : '') +
				(unknown.length ? ` No such operation: ${unknown.join(', ')}.` : ''),
		);
	}
	return handlers;
}

async function startSandbox(userOptions = {}) {
	// An option given as undefined (e.g. a CLI flag left out) keeps its default.
	const given = Object.fromEntries(Object.entries(userOptions).filter(([, v]) => v !== undefined));
	const options = { ...DEFAULTS, ...given };
	const { routes } = loadSpec();
	const auth = createAuth(options);
	const handlers = handlerTable(routes, auth);
	const state = seedStore(createStore(), options.seed, options.randomSeed);
	const faults = createFaults();
	const log = createStats(options.logLimit);
	const network = createNetwork(options);

	const sandbox = {
		url: null,
		credentials: null,
		stats: log.stats,
		resetStats: () => {
			log.reset();
			network.resetPeak();
		},
		/** Changes latencyMs, jitterMs and rateLimit while running; answers the settings now in force. */
		network: network.configure,
		/** Requests seen since the last resetStats() (the log keeps only the last logLimit). */
		requestCount: log.count,
		/** Requests in flight now and their peak since the last resetStats(). */
		load: network.load,
		faults: { add: faults.add, clear: faults.clear, list: faults.list },
		expireTokens: auth.expireAll,
		state,
		sendWebhook: (targetUrl, webhookOptions) =>
			webhooks.sendWebhook(state, targetUrl, webhookOptions),
		webhookExample: (topic, event, extra) => webhooks.webhookExample(state, topic, event, extra),
		stop: null,
	};
	const admin = createAdmin(sandbox);
	const server = createSandboxServer({
		options,
		state,
		auth,
		faults,
		log,
		routes,
		handlers,
		admin,
		network,
	});
	const address = await server.listen();
	const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
	sandbox.url = `http://${host === '0.0.0.0' || host === '[::]' ? '127.0.0.1' : host}:${address.port}`;
	sandbox.credentials = {
		clientId: options.clientId,
		clientSecret: options.clientSecret,
		subscriptionKey: options.subscriptionKey,
		baseUrl: sandbox.url,
	};
	let stopped = null;
	sandbox.stop = () => (stopped = stopped || server.stop());
	return sandbox;
}

module.exports = { startSandbox, DEFAULTS };
