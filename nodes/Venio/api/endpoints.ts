/**
 * Every Venio API call this package makes: method, path and what sending it twice does, stated once.
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
 */
export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'DELETE';

interface Call {
	method: HttpMethod;
	path: string;
}

export type Endpoint = Call &
	({ repeat: 'read' } | { repeat: 'safe' } | { repeat: 'once'; check: string });

/** The client-credentials token call, made by the credential, not by any action. */
export const ACCESS_TOKEN_ENDPOINT: Call = { method: 'POST', path: '/authorization/connect/token' };

export const ENDPOINTS = {
	// Activity
	activityGet: { method: 'GET', path: '/v1/activities/{activityId}', repeat: 'read' },
	activitiesEnquiry: { method: 'POST', path: '/v1/activities/enquiry', repeat: 'read' },
	// Customer
	customerCreateOrUpdate: {
		method: 'POST',
		path: '/v3/customers',
		repeat: 'once',
		check: 'a customer was created or changed (without a customer code every send creates one)',
	},
	customerGetByCode: { method: 'GET', path: '/v3/customers/{customerCode}', repeat: 'read' },
	customersEnquiry: { method: 'POST', path: '/v3/customers/enquiry', repeat: 'read' },
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
	dealEnquiry: { method: 'POST', path: '/v1/deals/enquiry', repeat: 'read' },
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
	employeesEnquiry: { method: 'POST', path: '/v1/Employees/Enquiry', repeat: 'read' },
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
	productsGetWithTakeStatus: { method: 'POST', path: '/v2/Products/GetProduct', repeat: 'read' },
	productGetByCode: { method: 'GET', path: '/v2/products/{productCode}', repeat: 'read' },
	productGroupsGet: { method: 'GET', path: '/v1/products/groups', repeat: 'read' },
	productPropertiesGet: { method: 'GET', path: '/v1/products/properties', repeat: 'read' },
	productsGetByFilter: { method: 'POST', path: '/v1/products/getProduct', repeat: 'read' },
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
	quotationEnquiry: { method: 'POST', path: '/v1/quotation/enquiry', repeat: 'read' },
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
	conversationEnquiry: { method: 'POST', path: '/v1/conversation/enquiry', repeat: 'read' },
	contractServiceAgreementCreateOrUpdate: {
		method: 'POST',
		path: '/v1/contract/service-agreement',
		repeat: 'once',
		check: 'the service agreement was created or changed',
	},
} as const satisfies Record<string, Endpoint>;

export type EndpointId = keyof typeof ENDPOINTS;

/** Whether a call may be sent again after it may already have reached Venio. */
export function isRepeatable(endpoint: Endpoint): boolean {
	return endpoint.repeat !== 'once';
}
