/**
 * Every Venio API call this package makes: method and path, stated once.
 *
 * Keys are the operationIds of the Venio API reference (openapi.yaml). Many paths there are inferred
 * from the portal's navigation, not seen in a request; when a tenant shows a path to be different,
 * correct the one line here and every action, dropdown and the trigger's enrichment follow.
 * `{name}` marks a path parameter; `readOnly` marks a POST that only reads (the enquiry
 * endpoints), which makes it safe to retry after a gateway error.
 */
export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'DELETE';

export interface Endpoint {
	method: HttpMethod;
	path: string;
	readOnly?: boolean;
}

/** The client-credentials token call, made by the credential, not by any action. */
export const ACCESS_TOKEN_ENDPOINT: Endpoint = { method: 'POST', path: '/authorization/connect/token' };

export const ENDPOINTS = {
	// Activity
	activityGet: { method: 'GET', path: '/v1/activities/{activityId}' },
	activitiesEnquiry: { method: 'POST', path: '/v1/activities/enquiry', readOnly: true },
	// Customer
	customerCreateOrUpdate: { method: 'POST', path: '/v3/customers' },
	customerGetByCode: { method: 'GET', path: '/v3/customers/{customerCode}' },
	customersEnquiry: { method: 'POST', path: '/v3/customers/enquiry', readOnly: true },
	customerGetByName: { method: 'GET', path: '/v3/customers/name/{customerName}' },
	customerSatisfactionCreate: { method: 'POST', path: '/v3/customers/satisfaction' },
	customerEventAdd: { method: 'POST', path: '/v1/customerEvent' },
	customerEventsGetByCustomerCode: { method: 'GET', path: '/v1/customerEvent/filter' },
	customerEventEdit: { method: 'PUT', path: '/v1/customerEvent/{eventId}' },
	customerEventDelete: { method: 'DELETE', path: '/v1/customerEvent/{eventId}' },
	customerEventTypesGet: { method: 'GET', path: '/v1/customerEvent/event-types' },
	// Case
	caseAdd: { method: 'POST', path: '/v1/case' },
	caseEditByCaseNo: { method: 'PUT', path: '/v1/case/{caseNo}' },
	caseGetByCaseNo: { method: 'GET', path: '/v1/case/{caseNo}' },
	caseCategoriesGet: { method: 'GET', path: '/v1/case/categories' },
	// Deal
	dealCreate: { method: 'POST', path: '/v1/deals' },
	dealUpdate: { method: 'PUT', path: '/v1/deals/{id}' },
	dealGet: { method: 'GET', path: '/v1/deals/{id}' },
	dealEnquiry: { method: 'POST', path: '/v1/deals/enquiry', readOnly: true },
	dealBoardsGet: { method: 'GET', path: '/v1/deals/boards' },
	dealStagesGet: { method: 'GET', path: '/v1/deals/stages' },
	dealInterestsGet: { method: 'GET', path: '/v1/deals/interests' },
	dealLabelsGet: { method: 'GET', path: '/v1/deals/labels' },
	dealMissedReasonCategoriesGet: { method: 'GET', path: '/v1/deals/missed-reason-categories' },
	// Employee
	employeesEnquiry: { method: 'POST', path: '/v1/Employees/Enquiry', readOnly: true },
	employeeGet: { method: 'GET', path: '/v1/Employees/{staffCode}' },
	// Expense
	expenseCreate: { method: 'POST', path: '/v1/Expenses' },
	expenseUpdate: { method: 'PUT', path: '/v1/Expenses/{id}' },
	expenseEnquiry: { method: 'POST', path: '/v1/expenses/enquiry', readOnly: true },
	expenseGet: { method: 'GET', path: '/v1/expenses/{id}' },
	// Product
	productsCreateOrUpdate: { method: 'POST', path: '/v3/Products' },
	productTicketGet: { method: 'GET', path: '/tickets/{ticketId}' },
	productsGetWithTakeStatus: { method: 'POST', path: '/v2/Products/GetProduct', readOnly: true },
	productGetByCode: { method: 'GET', path: '/v2/products/{productCode}' },
	productGroupsGet: { method: 'GET', path: '/v1/products/groups' },
	productPropertiesGet: { method: 'GET', path: '/v1/products/properties' },
	productsGetByFilter: { method: 'POST', path: '/v1/products/getProduct', readOnly: true },
	productSerialVerify: { method: 'POST', path: '/v3/products/serials/verification' },
	productSerialStatusGet: { method: 'GET', path: '/v3/Products/serials/status' },
	codeguardProductsCreateOrUpdate: { method: 'POST', path: '/v3/products/codeguard' },
	productStockUpdate: { method: 'PUT', path: '/v1/products/stock' },
	productUnitsGet: { method: 'GET', path: '/v1/products/units' },
	// Quotation
	quotationCreateOrUpdate: { method: 'POST', path: '/v2/quotation' },
	quotationConvertToSalesOrder: {
		method: 'POST',
		path: '/v1/quotation/{quotationNo}/convert-to-salesorder',
	},
	quotationEnquiry: { method: 'POST', path: '/v1/quotation/enquiry', readOnly: true },
	quotationGetByNo: { method: 'GET', path: '/v1/quotation/{quotationNo}' },
	quotationCancel: { method: 'POST', path: '/v1/quotation/{quotationNo}/cancel' },
	// Sales order
	salesOrderCreateOrUpdate: { method: 'POST', path: '/v2/salesorder' },
	salesOrderGetById: { method: 'GET', path: '/v1/salesorders/{id}' },
	salesOrderGetByNo: { method: 'GET', path: '/v2/salesorder/{salesOrderNo}' },
	salesOrderAttachmentsGet: { method: 'GET', path: '/v1/salesorders/{id}/attachments' },
	salesOrderReject: { method: 'DELETE', path: '/v1/salesorders/reject' },
	salesOrderApprove: { method: 'PUT', path: '/v1/salesorders/approve' },
	salesOrderPaymentUpdate: { method: 'PUT', path: '/v2/salesorder/{salesOrderNo}/payment' },
	salesOrderTrackingNumberUpdate: { method: 'PUT', path: '/v2/salesorder/{salesOrderNo}/tracking' },
	// Task
	taskCreate: { method: 'POST', path: '/v1/task' },
	// Setting
	headerTemplateGet: { method: 'GET', path: '/v2/salesorder/headerTemplate' },
	// Beyond the brief's list, present in the reference
	conversationEnquiry: { method: 'POST', path: '/v1/conversation/enquiry', readOnly: true },
	contractServiceAgreementCreateOrUpdate: { method: 'POST', path: '/v1/contract/service-agreement' },
} as const satisfies Record<string, Endpoint>;

export type EndpointId = keyof typeof ENDPOINTS;

/** Whether a call only reads: a GET, or a POST marked readOnly (an enquiry). */
export function isRead(endpoint: Endpoint): boolean {
	return endpoint.method === 'GET' || endpoint.readOnly === true;
}

/**
 * A GET (or a read-only POST) may be sent again after a gateway error or a dropped connection
 * without doing anything twice; a create or an update may not.
 */
export function isIdempotent(endpoint: Endpoint): boolean {
	return endpoint.method !== 'POST' || endpoint.readOnly === true;
}
