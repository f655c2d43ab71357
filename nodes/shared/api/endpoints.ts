import type { IDataObject } from 'n8n-workflow';

/**
 * Every Venio API call this package makes: method, path, what sending it twice does and, for an
 * enquiry, how it pages and what its body holds by default, stated once.
 *
 * Keys are the operationIds of the Venio API reference (openapi.yaml). Many paths there are inferred
 * from the portal's navigation, not seen in a request; when a tenant shows a path to be different,
 * correct the one line here and every action, dropdown and the trigger's enrichment follow.
 * `{name}` marks a path parameter.
 *
 * `repeat` decides whether a call may be sent again after it may already have reached Venio (a
 * 502 or 504, a dropped connection, an answer cut off): `read` changes nothing (GETs and the
 * enquiry POSTs); `safe` sets the same values again (a PUT that replaces, an upsert keyed by a
 * code the request must carry); `once` adds, appends or moves a record to another state, so a
 * second send would apply it twice or fail for having worked. A `once` call names what the user
 * should look at in Venio (`check`, completing "Check in Venio whether …") when its outcome is
 * unknown.
 *
 * `paging` says how an enquiry pages (Get Many and the "From list" searches alike read it);
 * `body` is what its body holds unless the request says otherwise.
 *
 * `unconfirmed` marks a path that Venio's public reference pages do not show (the reference's
 * `x-evidence`): `inferred` from the portal's navigation, or `third-party-code`, seen only in client
 * code. A 404 from one says so, and how to reach the endpoint meanwhile.
 */
export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'DELETE';

interface Call {
	method: HttpMethod;
	path: string;
}

/**
 * How an enquiry endpoint pages. Venio has no cursors and no totals (no total count or has-more
 * field is documented for any list): an offset (`skip`) and a page size (`take` or `pageLength`,
 * per endpoint) go in the JSON body. An endpoint without `skipField` cannot page: it is asked once.
 */
export interface PagingStyle {
	sizeField: 'take' | 'pageLength';
	skipField?: 'skip';
}

interface Enquiry {
	paging?: PagingStyle;
	body?: IDataObject;
}

export type Unconfirmed = 'inferred' | 'third-party-code';

export type Endpoint = Call &
	Enquiry & { unconfirmed?: Unconfirmed } & (
		| { repeat: 'read' }
		| { repeat: 'safe' }
		| { repeat: 'once'; check: string }
	);

/** The legacy enquiries' paging fields, and the current portal's (v1 Quotation Enquiry's). */
const PAGE_LENGTH = { skipField: 'skip', sizeField: 'pageLength' } as const;
const SKIP_TAKE = { skipField: 'skip', sizeField: 'take' } as const;

/** An enquiry: a POST that only reads, paged as `paging` says, its body starting from `body`. */
function enquiry<const P extends PagingStyle, const B extends IDataObject = IDataObject>(
	path: string,
	paging: P,
	body = {} as B,
) {
	return { method: 'POST', path, repeat: 'read', paging, body } as const;
}

/** A call that changes nothing: GETs and the enquiry POSTs. */
function read<const M extends HttpMethod>(method: M, path: string) {
	return { method, path, repeat: 'read' } as const;
}

/** A call that sets the same values again when sent twice (a PUT that replaces, a keyed upsert). */
function safe<const M extends HttpMethod>(method: M, path: string) {
	return { method, path, repeat: 'safe' } as const;
}

/** A call sent at most once: what to check in Venio when its outcome is unknown (see `repeat`). */
function once<const M extends HttpMethod>(method: M, path: string, check: string) {
	return { method, path, repeat: 'once', check } as const;
}

/** A path not on Venio's reference pages, inferred from the portal's navigation. */
function inferred<const E extends Endpoint>(endpoint: E) {
	return { ...endpoint, unconfirmed: 'inferred' } as const;
}

/** A path not on Venio's reference pages, seen only in third-party client code. */
function seenInClientCode<const E extends Endpoint>(endpoint: E) {
	return { ...endpoint, unconfirmed: 'third-party-code' } as const;
}

/** The client-credentials token call, made by the credential, not by any action. */
export const ACCESS_TOKEN_ENDPOINT: Call = { method: 'POST', path: '/authorization/connect/token' };

export const ENDPOINTS = {
	// Activity
	activityGet: inferred(read('GET', '/v1/activities/{activityId}')),
	activitiesEnquiry: inferred(enquiry('/v1/activities/enquiry', SKIP_TAKE)),
	// Customer
	customerCreateOrUpdate: once(
		'POST',
		'/v3/customers',
		'a customer was created or changed (without a customer code every send creates one)',
	),
	customerGetByCode: seenInClientCode(read('GET', '/v3/customers/{customerCode}')),
	// Customers (not leads, 11100, or prospects, 11200) unless the request asks for another type.
	customersEnquiry: inferred(
		enquiry('/v3/customers/enquiry', PAGE_LENGTH, { customerType: 11300 }),
	),
	customerGetByName: inferred(read('GET', '/v3/customers/name/{customerName}')),
	customerSatisfactionCreate: once(
		'POST',
		'/v3/customers/satisfaction',
		'the satisfaction answer was recorded',
	),
	customerEventAdd: once('POST', '/v1/customerEvent', 'the event was added to the customer'),
	customerEventsGetByCustomerCode: read('GET', '/v1/customerEvent/filter'),
	customerEventEdit: safe('PUT', '/v1/customerEvent/{eventId}'),
	customerEventDelete: inferred(
		once(
			'DELETE',
			'/v1/customerEvent/{eventId}',
			'the event is gone (a second delete would answer "not found" after the first one worked)',
		),
	),
	customerEventTypesGet: read('GET', '/v1/customerEvent/event-types'),
	// Case
	caseAdd: once('POST', '/v1/case', 'the case was opened'),
	caseEditByCaseNo: safe('PUT', '/v1/case/{caseNo}'),
	caseGetByCaseNo: inferred(read('GET', '/v1/case/{caseNo}')),
	caseCategoriesGet: inferred(read('GET', '/v1/case/categories')),
	// Deal
	dealCreate: once('POST', '/v1/deals', 'the deal was created'),
	dealUpdate: safe('PUT', '/v1/deals/{id}'),
	dealGet: inferred(read('GET', '/v1/deals/{id}')),
	dealEnquiry: inferred(enquiry('/v1/deals/enquiry', PAGE_LENGTH)),
	dealBoardsGet: inferred(read('GET', '/v1/deals/boards')),
	dealStagesGet: inferred(read('GET', '/v1/deals/stages')),
	dealInterestsGet: inferred(read('GET', '/v1/deals/interests')),
	dealLabelsGet: inferred(read('GET', '/v1/deals/labels')),
	dealMissedReasonCategoriesGet: inferred(read('GET', '/v1/deals/missed-reason-categories')),
	// Employee
	// The body as the one known client sends it: the filters it does not use go as null and orderBy
	// as 0 (`keyWord` has a capital W).
	employeesEnquiry: seenInClientCode(
		enquiry('/v1/Employees/Enquiry', PAGE_LENGTH, {
			employeeType: null,
			teamId: null,
			status: null,
			keyWord: '',
			orderBy: 0,
			type: null,
		}),
	),
	employeeGet: inferred(read('GET', '/v1/Employees/{staffCode}')),
	// Expense
	expenseCreate: once('POST', '/v1/Expenses', 'the expense was created'),
	expenseUpdate: safe('PUT', '/v1/Expenses/{id}'),
	expenseEnquiry: read('POST', '/v1/expenses/enquiry'),
	expenseGet: read('GET', '/v1/expenses/{id}'),
	// Product
	// Keyed by the codes every request carries (the product's, or for a product with variants each
	// variant's): a second send sets the same values again.
	productsCreateOrUpdate: safe('POST', '/v3/Products'),
	productTicketGet: seenInClientCode(read('GET', '/tickets/{ticketId}')),
	// No offset: it cannot page, so it is asked once (see venioUnpaged).
	productsGetWithTakeStatus: enquiry('/v2/Products/GetProduct', { sizeField: 'take' }),
	productGetByCode: read('GET', '/v2/products/{productCode}'),
	productGroupsGet: inferred(read('GET', '/v1/products/groups')),
	productPropertiesGet: inferred(read('GET', '/v1/products/properties')),
	productsGetByFilter: enquiry('/v1/products/getProduct', SKIP_TAKE),
	productSerialVerify: once(
		'POST',
		'/v3/products/serials/verification',
		'the serial number is now verified (it verifies only once)',
	),
	productSerialStatusGet: read('GET', '/v3/Products/serials/status'),
	// Keyed by product code; a serial already registered to the product is kept, not added again.
	codeguardProductsCreateOrUpdate: inferred(safe('POST', '/v3/products/codeguard')),
	productStockUpdate: once(
		'PUT',
		'/v1/products/stock',
		"the product's stock changed (the quantity is added to it)",
	),
	productUnitsGet: read('GET', '/v1/products/units'),
	// Quotation
	quotationCreateOrUpdate: once('POST', '/v2/quotation', 'the quotation was created or changed'),
	quotationConvertToSalesOrder: once(
		'POST',
		'/v1/quotation/{quotationNo}/convert-to-salesorder',
		'the quotation was converted (it has a sales order number)',
	),
	quotationEnquiry: enquiry('/v1/quotation/enquiry', SKIP_TAKE),
	quotationGetByNo: read('GET', '/v1/quotation/{quotationNo}'),
	quotationCancel: inferred(
		once('POST', '/v1/quotation/{quotationNo}/cancel', 'the quotation is now cancelled'),
	),
	// Sales order
	salesOrderCreateOrUpdate: seenInClientCode(
		once('POST', '/v2/salesorder', 'the sales order was created or changed'),
	),
	salesOrderGetById: inferred(read('GET', '/v1/salesorders/{id}')),
	salesOrderGetByNo: read('GET', '/v2/salesorder/{salesOrderNo}'),
	salesOrderAttachmentsGet: inferred(read('GET', '/v1/salesorders/{id}/attachments')),
	salesOrderReject: once('DELETE', '/v1/salesorders/reject', 'the sales orders are now rejected'),
	salesOrderApprove: inferred(
		once('PUT', '/v1/salesorders/approve', 'the sales orders are now approved'),
	),
	// Money: Venio's payment page is marked "Developing", so a repeat is not assumed harmless.
	salesOrderPaymentUpdate: once(
		'PUT',
		'/v2/salesorder/{salesOrderNo}/payment',
		'the payment was recorded on the sales order',
	),
	salesOrderTrackingNumberUpdate: inferred(safe('PUT', '/v2/salesorder/{salesOrderNo}/tracking')),
	// Task
	taskCreate: inferred(once('POST', '/v1/task', 'the task was created')),
	// Setting
	headerTemplateGet: seenInClientCode(read('GET', '/v2/salesorder/headerTemplate')),
	// Beyond the brief's list, present in the reference
	// Its paging fields are not published: paged with skip + take as the documented v1 enquiry of
	// the current portal (Quotation Enquiry) is, rather than the legacy enquiries' pageLength.
	conversationEnquiry: seenInClientCode(enquiry('/v1/conversation/enquiry', SKIP_TAKE)),
	contractServiceAgreementCreateOrUpdate: once(
		'POST',
		'/v1/contract/service-agreement',
		'the service agreement was created or changed',
	),
} as const satisfies Record<string, Endpoint>;

export type EndpointId = keyof typeof ENDPOINTS;

type IdsOf<Shape> = {
	[Id in EndpointId]: (typeof ENDPOINTS)[Id] extends Shape ? Id : never;
}[EndpointId];

/** An enquiry: an endpoint that pages, or is asked once for a number of rows. */
export type EnquiryId = IdsOf<{ paging: PagingStyle }>;

/** An enquiry that pages with an offset. */
export type PagedId = IdsOf<{ paging: Required<PagingStyle> }>;

/** How `id` pages, from the table. */
export const pagingOf = (id: EnquiryId): PagingStyle => ENDPOINTS[id].paging;

/** The body of an enquiry: its default body (see `body`) with what the request sets on top. */
export function enquiryBody(id: EndpointId, body: IDataObject = {}): IDataObject {
	const endpoint: Endpoint = ENDPOINTS[id];
	return { ...endpoint.body, ...body };
}

/** Whether a call only reads (a GET or an enquiry): a failure then changed nothing in Venio. */
export function isRead(endpoint: Endpoint): boolean {
	return endpoint.repeat === 'read';
}

/** Whether a call may be sent again after it may already have reached Venio. */
export function isRepeatable(endpoint: Endpoint): boolean {
	return endpoint.repeat !== 'once';
}

const SEEN_AS: Record<Unconfirmed, string> = {
	inferred: "inferred from the portal's navigation",
	'third-party-code': 'seen only in third-party client code',
};

/**
 * What to tell the user when an unconfirmed path answers 404; undefined for a confirmed path.
 */
export function unconfirmedPathHint(id: EndpointId): string | undefined {
	const endpoint: Endpoint = ENDPOINTS[id];
	if (!endpoint.unconfirmed) return undefined;
	const call = `${endpoint.method} ${endpoint.path}`;
	return `This operation's path (${call}) is not in Venio's public API reference (${SEEN_AS[endpoint.unconfirmed]}), so it is not confirmed for every tenant and may differ on yours. Check the Base URL in the credential; meanwhile, call the endpoint with the HTTP Request node (Authentication: Predefined Credential Type, Venio API) at the path Venio support gives you.`;
}
