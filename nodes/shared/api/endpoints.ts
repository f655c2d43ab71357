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

export type Endpoint = Call &
	Enquiry &
	({ repeat: 'read' } | { repeat: 'safe' } | { repeat: 'once'; check: string });

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

/** The client-credentials token call, made by the credential, not by any action. */
export const ACCESS_TOKEN_ENDPOINT: Call = { method: 'POST', path: '/authorization/connect/token' };

export const ENDPOINTS = {
	// Activity
	activityGet: { method: 'GET', path: '/v1/activities/{activityId}', repeat: 'read' },
	activitiesEnquiry: enquiry('/v1/activities/enquiry', SKIP_TAKE),
	// Customer
	customerCreateOrUpdate: {
		method: 'POST',
		path: '/v3/customers',
		repeat: 'once',
		check: 'a customer was created or changed (without a customer code every send creates one)',
	},
	customerGetByCode: { method: 'GET', path: '/v3/customers/{customerCode}', repeat: 'read' },
	// Customers (not leads, 11100, or prospects, 11200) unless the request asks for another type.
	customersEnquiry: enquiry('/v3/customers/enquiry', PAGE_LENGTH, { customerType: 11300 }),
	customerGetByName: { method: 'GET', path: '/v3/customers/name/{customerName}', repeat: 'read' },
	customerSatisfactionCreate: {
		method: 'POST',
		path: '/v3/customers/satisfaction',
		repeat: 'once',
		check: 'the satisfaction answer was recorded',
	},
	customerEventAdd: {
		method: 'POST',
		path: '/v1/customerEvent',
		repeat: 'once',
		check: 'the event was added to the customer',
	},
	customerEventsGetByCustomerCode: {
		method: 'GET',
		path: '/v1/customerEvent/filter',
		repeat: 'read',
	},
	customerEventEdit: { method: 'PUT', path: '/v1/customerEvent/{eventId}', repeat: 'safe' },
	customerEventDelete: {
		method: 'DELETE',
		path: '/v1/customerEvent/{eventId}',
		repeat: 'once',
		check:
			'the event is gone (a second delete would answer "not found" after the first one worked)',
	},
	customerEventTypesGet: { method: 'GET', path: '/v1/customerEvent/event-types', repeat: 'read' },
	// Case
	caseAdd: { method: 'POST', path: '/v1/case', repeat: 'once', check: 'the case was opened' },
	caseEditByCaseNo: { method: 'PUT', path: '/v1/case/{caseNo}', repeat: 'safe' },
	caseGetByCaseNo: { method: 'GET', path: '/v1/case/{caseNo}', repeat: 'read' },
	caseCategoriesGet: { method: 'GET', path: '/v1/case/categories', repeat: 'read' },
	// Deal
	dealCreate: { method: 'POST', path: '/v1/deals', repeat: 'once', check: 'the deal was created' },
	dealUpdate: { method: 'PUT', path: '/v1/deals/{id}', repeat: 'safe' },
	dealGet: { method: 'GET', path: '/v1/deals/{id}', repeat: 'read' },
	dealEnquiry: enquiry('/v1/deals/enquiry', PAGE_LENGTH),
	dealBoardsGet: { method: 'GET', path: '/v1/deals/boards', repeat: 'read' },
	dealStagesGet: { method: 'GET', path: '/v1/deals/stages', repeat: 'read' },
	dealInterestsGet: { method: 'GET', path: '/v1/deals/interests', repeat: 'read' },
	dealLabelsGet: { method: 'GET', path: '/v1/deals/labels', repeat: 'read' },
	dealMissedReasonCategoriesGet: {
		method: 'GET',
		path: '/v1/deals/missed-reason-categories',
		repeat: 'read',
	},
	// Employee
	// The body as the one known client sends it: the filters it does not use go as null and orderBy
	// as 0 (`keyWord` has a capital W).
	employeesEnquiry: enquiry('/v1/Employees/Enquiry', PAGE_LENGTH, {
		employeeType: null,
		teamId: null,
		status: null,
		keyWord: '',
		orderBy: 0,
		type: null,
	}),
	employeeGet: { method: 'GET', path: '/v1/Employees/{staffCode}', repeat: 'read' },
	// Expense
	expenseCreate: {
		method: 'POST',
		path: '/v1/Expenses',
		repeat: 'once',
		check: 'the expense was created',
	},
	expenseUpdate: { method: 'PUT', path: '/v1/Expenses/{id}', repeat: 'safe' },
	expenseEnquiry: { method: 'POST', path: '/v1/expenses/enquiry', repeat: 'read' },
	expenseGet: { method: 'GET', path: '/v1/expenses/{id}', repeat: 'read' },
	// Product
	// Keyed by the product code every request carries: a second send sets the same values again.
	productsCreateOrUpdate: { method: 'POST', path: '/v3/Products', repeat: 'safe' },
	productTicketGet: { method: 'GET', path: '/tickets/{ticketId}', repeat: 'read' },
	// No offset: it cannot page, so it is asked once (see venioUnpaged).
	productsGetWithTakeStatus: enquiry('/v2/Products/GetProduct', { sizeField: 'take' }),
	productGetByCode: { method: 'GET', path: '/v2/products/{productCode}', repeat: 'read' },
	productGroupsGet: { method: 'GET', path: '/v1/products/groups', repeat: 'read' },
	productPropertiesGet: { method: 'GET', path: '/v1/products/properties', repeat: 'read' },
	productsGetByFilter: enquiry('/v1/products/getProduct', SKIP_TAKE),
	productSerialVerify: {
		method: 'POST',
		path: '/v3/products/serials/verification',
		repeat: 'once',
		check: 'the serial number is now verified (it verifies only once)',
	},
	productSerialStatusGet: { method: 'GET', path: '/v3/Products/serials/status', repeat: 'read' },
	// Keyed by product code; a serial already registered to the product is kept, not added again.
	codeguardProductsCreateOrUpdate: {
		method: 'POST',
		path: '/v3/products/codeguard',
		repeat: 'safe',
	},
	productStockUpdate: {
		method: 'PUT',
		path: '/v1/products/stock',
		repeat: 'once',
		check: "the product's stock changed (the quantity is added to it)",
	},
	productUnitsGet: { method: 'GET', path: '/v1/products/units', repeat: 'read' },
	// Quotation
	quotationCreateOrUpdate: {
		method: 'POST',
		path: '/v2/quotation',
		repeat: 'once',
		check: 'the quotation was created or changed',
	},
	quotationConvertToSalesOrder: {
		method: 'POST',
		path: '/v1/quotation/{quotationNo}/convert-to-salesorder',
		repeat: 'once',
		check: 'the quotation was converted (it has a sales order number)',
	},
	quotationEnquiry: enquiry('/v1/quotation/enquiry', SKIP_TAKE),
	quotationGetByNo: { method: 'GET', path: '/v1/quotation/{quotationNo}', repeat: 'read' },
	quotationCancel: {
		method: 'POST',
		path: '/v1/quotation/{quotationNo}/cancel',
		repeat: 'once',
		check: 'the quotation is now cancelled',
	},
	// Sales order
	salesOrderCreateOrUpdate: {
		method: 'POST',
		path: '/v2/salesorder',
		repeat: 'once',
		check: 'the sales order was created or changed',
	},
	salesOrderGetById: { method: 'GET', path: '/v1/salesorders/{id}', repeat: 'read' },
	salesOrderGetByNo: { method: 'GET', path: '/v2/salesorder/{salesOrderNo}', repeat: 'read' },
	salesOrderAttachmentsGet: {
		method: 'GET',
		path: '/v1/salesorders/{id}/attachments',
		repeat: 'read',
	},
	salesOrderReject: {
		method: 'DELETE',
		path: '/v1/salesorders/reject',
		repeat: 'once',
		check: 'the sales orders are now rejected',
	},
	salesOrderApprove: {
		method: 'PUT',
		path: '/v1/salesorders/approve',
		repeat: 'once',
		check: 'the sales orders are now approved',
	},
	// Money: Venio's payment page is marked "Developing", so a repeat is not assumed harmless.
	salesOrderPaymentUpdate: {
		method: 'PUT',
		path: '/v2/salesorder/{salesOrderNo}/payment',
		repeat: 'once',
		check: 'the payment was recorded on the sales order',
	},
	salesOrderTrackingNumberUpdate: {
		method: 'PUT',
		path: '/v2/salesorder/{salesOrderNo}/tracking',
		repeat: 'safe',
	},
	// Task
	taskCreate: { method: 'POST', path: '/v1/task', repeat: 'once', check: 'the task was created' },
	// Setting
	headerTemplateGet: { method: 'GET', path: '/v2/salesorder/headerTemplate', repeat: 'read' },
	// Beyond the brief's list, present in the reference
	// Its paging fields are not published: paged with skip + take as the documented v1 enquiry of
	// the current portal (Quotation Enquiry) is, rather than the legacy enquiries' pageLength.
	conversationEnquiry: enquiry('/v1/conversation/enquiry', SKIP_TAKE),
	contractServiceAgreementCreateOrUpdate: {
		method: 'POST',
		path: '/v1/contract/service-agreement',
		repeat: 'once',
		check: 'the service agreement was created or changed',
	},
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

/** Whether a call may be sent again after it may already have reached Venio. */
export function isRepeatable(endpoint: Endpoint): boolean {
	return endpoint.repeat !== 'once';
}
