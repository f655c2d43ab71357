'use strict';
// One plausible request per Venio operation, built from the seeded store: the values of the path's
// `{name}` parameters, the query and the body. Method and path come from the node's endpoint
// table (operations.test.js), so they are not stated here again.

const first = (collection, predicate = () => true) => collection.rows().find(predicate);

/** operationId -> (state) => { params?, query?, body? } */
const EXAMPLES = {
	activityGet: (s) => ({ params: { activityId: first(s.activities).activityId } }),
	activitiesEnquiry: () => ({ body: { skip: 0, take: 5 } }),
	customerCreateOrUpdate: () => ({
		body: { customerName: 'Every Operation Co., Ltd.', customerState: 1 },
	}),
	customerGetByCode: () => ({ params: { customerCode: 'C000001' } }),
	customersEnquiry: () => ({
		body: { customerType: 11100, pageLength: 20, skip: 0, keyword: '' },
	}),
	customerGetByName: (s) => ({
		params: { customerName: s.customers.get('C000002').customerName },
	}),
	customerSatisfactionCreate: () => ({
		body: {
			AnswerBy: 'Bob Name',
			SourceName: 'NPS [E-TaxGo]',
			SourceType: 2,
			Point: 9,
			Comment: 'Great service',
			CustomerCode: 'C000001',
			DateCreated: '2024-02-01T10:00:00',
		},
	}),
	customerEventAdd: () => ({
		body: {
			eventName: 'Meeting with Client',
			eventType: 1,
			eventDate: '2024-02-01T10:00:00',
			description: 'Discuss',
			customerCode: 'C000001',
		},
	}),
	customerEventsGetByCustomerCode: () => ({
		query: { customerCode: 'C000001', eventTypeIds: 1 },
		body: { DateFrom: '2020-01-01T00:00:00', DateTo: '2030-01-31T23:59:59' },
	}),
	customerEventEdit: (s) => ({
		params: { eventId: s.customerEvents.last().eventId },
		body: {
			eventName: 'Updated Meeting',
			eventType: 2,
			eventDate: '2024-02-05T14:00:00',
			description: 'Updated',
			customerCode: 'C000001',
		},
	}),
	customerEventDelete: (s) => ({ params: { eventId: s.customerEvents.last().eventId } }),
	customerEventTypesGet: () => ({}),
	caseAdd: (s) => ({
		body: {
			caseType: 1,
			subject: 'Create new case',
			customerCode: 'C000001',
			categoryId: 2140016585,
			dateCase: '2025-02-05T17:35:53.693+0700',
			dateDue: '2025-02-06T17:35:53.693+0700',
			activityNos: [first(s.activities).activityNo],
			dealNos: [first(s.deals).dealNo],
			note: 'description',
			assignedToUserId: s.employees.get('EMP0002').userId,
		},
	}),
	caseEditByCaseNo: (s) => ({
		params: { caseNo: s.cases.last().caseNo },
		body: {
			subject: 'Update Case',
			customerCode: 'C000002',
			categoryId: 2140016586,
			dateCase: '2025-02-05T17:35:53.693+0700',
			dateDue: '2025-02-07T17:35:53.693+0700',
			note: 'n',
			assignedToUserId: s.employees.get('EMP0003').userId,
		},
	}),
	caseGetByCaseNo: (s) => ({ params: { caseNo: s.cases.last().caseNo } }),
	caseCategoriesGet: () => ({}),
	dealCreate: () => ({
		body: {
			customerCodes: ['C000001'],
			boardId: 34628319,
			dealName: 'n8n deal',
			probability: 20,
			dealQuantity: 3,
			dealQuantityUnit: 'unit',
			dealValue: 10,
			dealInterests: [1001],
			dealLabels: [1002],
			dealDate: '2023-02-07T16:51:40+0700',
			expectedCloseDate: '2023-02-08T16:51:40+0700',
			note: 'n',
			assignTo: 'EMP0002',
			participantCodes: ['EMP0003'],
		},
	}),
	dealUpdate: (s) => ({
		params: { id: s.deals.last().dealsId },
		body: {
			dealName: 'n8n deal (won)',
			probability: 100,
			dealValue: 10000,
			expectedCloseDate: '2023-02-08T16:51:40+0700',
			assignTo: 'EMP0002',
			dealStageId: 5505,
			dealLabels: [98199047, 34064271],
		},
	}),
	dealGet: (s) => ({ params: { id: s.deals.last().dealsId } }),
	dealEnquiry: () => ({
		body: { dealStageIds: [0], pageLength: 20, skip: 0, orderBy: 'string', keyword: '' },
	}),
	dealBoardsGet: () => ({}),
	dealStagesGet: () => ({ query: { boardId: 34628319 } }),
	dealInterestsGet: () => ({}),
	dealLabelsGet: () => ({}),
	dealMissedReasonCategoriesGet: () => ({}),
	employeesEnquiry: () => ({
		body: {
			employeeType: null,
			teamId: null,
			status: null,
			keyWord: '',
			orderBy: 0,
			skip: 0,
			pageLength: 20,
			type: null,
		},
	}),
	employeeGet: () => ({ params: { staffCode: 'EMP0001' } }),
	expenseCreate: () => ({
		body: {
			ExpenseDetails: [
				{
					expenseTypeId: 1003,
					amount: 500,
					milesStart: 1000,
					milesEnd: 1100,
					usedFuelCard: false,
				},
			],
			subject: 'Customer visit',
			activityId: null,
			dateTransaction: '2023-01-06T12:04:16+0700',
			remark: null,
		},
	}),
	expenseUpdate: (s) => ({
		params: { id: s.expenses.last().expenseId },
		body: {
			ExpenseDetails: [{ expenseTypeId: 1004, amount: 120, note: 'parking' }],
			subject: 'Customer visit (edited)',
		},
	}),
	expenseEnquiry: () => ({
		body: { expenseTypeId: 0, statusIds: null, staffCodes: null, searchText: null },
	}),
	expenseGet: (s) => ({ params: { id: s.expenses.last().expenseId } }),
	productsCreateOrUpdate: () => ({
		body: {
			products: [
				{
					productCode: 'P001',
					productName: 'Venio Headphone',
					category: 'Audio',
					cost: 500.0,
					prices: [
						{
							priceTierName: 'Retail',
							regularPrice: 800.0,
							salePrice: 750.0,
							vatValue: 7.0,
							useDefaultVat: true,
						},
					],
					productUnitName: 'ชิ้น',
					trackInventory: true,
					qty: 10,
					useWarranty: false,
					visibility: true,
					active: true,
				},
			],
		},
	}),
	productTicketGet: (s) => ({ params: { ticketId: s.tickets.last().ticketId } }),
	productsGetWithTakeStatus: () => ({ body: { take: 50, status: [1] } }),
	productGetByCode: () => ({ params: { productCode: 'PD002' } }),
	productGroupsGet: () => ({}),
	productPropertiesGet: () => ({}),
	productsGetByFilter: () => ({
		body: {
			productFor: null,
			typeFor: 0,
			productType: 1031,
			productGroupIds: [0],
			status: [true],
			skip: 0,
			take: 10,
			smartSearch: '',
			orderBy: null,
		},
	}),
	productSerialVerify: (s) => ({
		body: {
			SerialNumber: first(s.serials, (x) => !x.isVerified).serialNumber,
			CustomerName: 'John Doe',
			CustomerType: 1,
			Note: 'n',
			Latitude: 13.7563,
			Longtitude: 100.5018,
			PurchaseDate: '2023-08-04',
		},
	}),
	productSerialStatusGet: (s) => ({ query: { serialNumber: first(s.serials).serialNumber } }),
	codeguardProductsCreateOrUpdate: () => ({
		body: {
			products: [
				{
					productCode: 'CG001',
					productName: 'CodeGuard lock',
					serialNumbers: ['CG001-0001', 'CG001-0002'],
				},
			],
		},
	}),
	productStockUpdate: () => ({
		body: [
			{ productCode: 'PD002', qty: 20 },
			{ productCode: 'PD003', qty: 5 },
		],
	}),
	productUnitsGet: () => ({}),
	quotationCreateOrUpdate: () => ({
		body: {
			quotationSubject: 'Quotation for ACME',
			quotationDate: '2024-02-01T00:00:00+0700',
			quotationValidUntil: '2024-03-01T00:00:00+0700',
			quotationStatus: 1,
			customerCode: 'C000001',
			staffCode: 'EMP0004',
			quotationNo: null,
			referenceNo: null,
			vatCalculation: true,
			quotationDetails: [
				{
					productCode: 'PD002',
					qty: 2,
					price: 800,
					discountType: true,
					discountValue: 0,
					vatTaxValue: 7,
					whTaxValue: 0,
				},
			],
			discountType: true,
			discountValue: 0,
			headerTemplateId: 0,
		},
	}),
	quotationConvertToSalesOrder: (s) => {
		const { quotationNo } = s.quotations.last();
		return { params: { quotationNo }, body: { QuotationNo: quotationNo } };
	},
	quotationEnquiry: () => ({ body: { take: 5, skip: 0 } }),
	quotationGetByNo: (s) => ({ params: { quotationNo: s.quotations.last().quotationNo } }),
	quotationCancel: (s) => ({
		params: { quotationNo: first(s.quotations, (q) => q.quotationStatus < 5).quotationNo },
	}),
	salesOrderCreateOrUpdate: () => ({
		body: {
			salesOrderSubject: 'Order from n8n',
			customerCode: 'C000001',
			referenceNo: 'Q01230000005',
			salesOrderDate: '2023-05-01',
			salesOrderStatus: 1,
			staffCode: 'EMP0002',
			vatCalculation: true,
			salesOrderDetails: [{ productCode: 'PD002', qty: 2 }],
		},
	}),
	salesOrderGetById: (s) => ({ params: { id: s.salesOrders.last().salesOrderId } }),
	salesOrderGetByNo: (s) => ({ params: { salesOrderNo: s.salesOrders.last().salesOrderNo } }),
	salesOrderAttachmentsGet: (s) => ({
		params: { id: first(s.salesOrders, (o) => o.attachments.length).salesOrderId },
	}),
	salesOrderReject: (s) => ({
		body: {
			salesOrderIds: [first(s.salesOrders, (o) => o.salesOrderStatus <= 3).salesOrderId],
			reason: 'string',
		},
	}),
	salesOrderApprove: (s) => ({ body: { salesOrderIds: [s.salesOrders.last().salesOrderId] } }),
	salesOrderPaymentUpdate: (s) => ({
		params: { salesOrderNo: s.salesOrders.last().salesOrderNo },
		body: {
			payments: [
				{ periodNo: 1, status: 2 },
				{ periodNo: 2, status: 1 },
			],
		},
	}),
	salesOrderTrackingNumberUpdate: (s) => ({
		params: { salesOrderNo: s.salesOrders.last().salesOrderNo },
		body: { trackingNo: 'TH123456789' },
	}),
	taskCreate: () => ({
		body: {
			subject: 'Call back',
			customerCode: 'C000001',
			assignTo: 'EMP0002',
			dateDue: '2025-07-01T10:00:00+0700',
		},
	}),
	headerTemplateGet: () => ({}),
	conversationEnquiry: () => ({ body: { skip: 0, take: 5 } }),
	contractServiceAgreementCreateOrUpdate: () => ({
		body: {
			contractNo: 'CT250100001',
			contractServiceId: 37881,
			subject: 'Annual maintenance',
			frequency: 260002,
			numberOfTimes: 4,
			agreementNote: null,
		},
	}),
};

/** The path of `endpoint` with the example's `{name}` values filled in and its query appended. */
function examplePath(endpoint, { params = {}, query }) {
	const path = endpoint.path.replace(/\{(\w+)\}/g, (placeholder, name) => {
		if (!(name in params))
			throw new Error(`The example fills no ${placeholder} of ${endpoint.path}`);
		return encodeURIComponent(params[name]);
	});
	return query ? `${path}?${new URLSearchParams(query)}` : path;
}

module.exports = { EXAMPLES, examplePath };
