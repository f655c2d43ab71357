'use strict';

// Fixed reference data and code meanings. Ids reuse the values of the openapi
// examples where there are any (boardId 34628319, dealStageId 5509, labels
// 98199047/34064271, categoryId 2140016585, reasonCategoryId 39733557), so the
// documented example bodies refer to records that exist.

const COMPANY = { companyId: 1001, companyName: 'Venio Sandbox Co., Ltd.' };

const TEAMS = [
	{ teamId: 1, teamName: 'Sales Bangkok' },
	{ teamId: 2, teamName: 'Sales North' },
	{ teamId: 3, teamName: 'Customer Service' },
];

/** customerState (upsert body) -> legacy customerType (GET/enquiry). */
const CUSTOMER_STATES = {
	1: { name: 'Lead', legacyType: 11100, defaultLeadStatus: 1 },
	2: { name: 'Prospect', legacyType: 11200, defaultLeadStatus: 2 },
	3: { name: 'Customer', legacyType: 11300, defaultLeadStatus: 3 },
};

const CUSTOMER_EVENT_TYPES = [
	{ eventTypeId: 1, eventTypeName: 'Meeting' },
	{ eventTypeId: 2, eventTypeName: 'Call' },
	{ eventTypeId: 3, eventTypeName: 'Birthday' },
	{ eventTypeId: 4, eventTypeName: 'Anniversary' },
	{ eventTypeId: 5, eventTypeName: 'Other' },
];

const SATISFACTION_SOURCES = [
	{ sourceId: 1, sourceName: 'CSAT [Venio]', sourceType: 1 },
	{ sourceId: 2, sourceName: 'NPS [Venio]', sourceType: 2 },
];

/** SourceType -> allowed Point range. */
const SATISFACTION_POINTS = {
	1: { name: 'CSAT', min: 1, max: 5 },
	2: { name: 'NPS', min: 1, max: 10 },
};

const CASE_CATEGORIES = [
	{ categoryId: 2140016585, categoryName: 'Product issue' },
	{ categoryId: 2140016586, categoryName: 'Billing' },
	{ categoryId: 2140016587, categoryName: 'Delivery' },
	{ categoryId: 2140016588, categoryName: 'General inquiry' },
];

const CASE_TYPES = { 1: 'Request for Action', 2: 'For Your Information' };
const CASE_STATUSES = { 1: 'Open', 2: 'In Progress', 3: 'Completed', 4: 'Closed' };

const DEAL_BOARDS = [
	{ boardId: 34628319, boardName: 'Sales Pipeline', isDefault: true },
	{ boardId: 34628320, boardName: 'Project Pipeline', isDefault: false },
];

const DEAL_STAGES = [
	...['Qualification', 'Needs Analysis', 'Proposal', 'Negotiation', 'Closed Won'].map(
		(name, i) => ({
			dealStageId: 5501 + i,
			dealStageName: name,
			boardId: 34628319,
			seq: i + 1,
			probability: [10, 30, 50, 80, 100][i],
		}),
	),
	...['Discovery', 'Scoping', 'Quotation', 'Contracting', 'Closed Won'].map((name, i) => ({
		dealStageId: 5506 + i,
		dealStageName: name,
		boardId: 34628320,
		seq: i + 1,
		probability: [10, 30, 50, 80, 100][i],
	})),
];

/** A deal in a "Closed Won" stage is won; one with a missed reason is lost. */
const DEAL_STATUSES = { 1: 'Open', 2: 'Won', 3: 'Lost' };

const DEAL_LABELS = [
	{ dealLabelId: 1001, dealLabelName: 'Hot', color: '#E53935' },
	{ dealLabelId: 1002, dealLabelName: 'Warm', color: '#FB8C00' },
	{ dealLabelId: 1003, dealLabelName: 'Cold', color: '#1E88E5' },
	{ dealLabelId: 98199047, dealLabelName: 'VIP', color: '#8E24AA' },
	{ dealLabelId: 34064271, dealLabelName: 'Renewal', color: '#43A047' },
];

const DEAL_INTERESTS = [
	{ dealInterestId: 1001, dealInterestName: 'CRM Software' },
	{ dealInterestId: 1002, dealInterestName: 'Consulting' },
	{ dealInterestId: 1003, dealInterestName: 'Training' },
	{ dealInterestId: 1004, dealInterestName: 'Hardware' },
];

const DEAL_MISSED_REASON_CATEGORIES = [
	{ reasonCategoryId: 39733557, reasonCategoryName: 'Price too high' },
	{ reasonCategoryId: 39733558, reasonCategoryName: 'Chose a competitor' },
	{ reasonCategoryId: 39733559, reasonCategoryName: 'No budget' },
	{ reasonCategoryId: 39733560, reasonCategoryName: 'No response' },
];

const PRODUCT_GROUPS = [
	{ productGroupId: 1, productGroupName: 'Audio' },
	{ productGroupId: 2, productGroupName: 'Accessories' },
	{ productGroupId: 3, productGroupName: 'Software' },
	{ productGroupId: 4, productGroupName: 'Services' },
];

const PRODUCT_UNITS = [
	{ productUnitId: 1, productUnitName: 'ชิ้น' },
	{ productUnitId: 2, productUnitName: 'Box' },
	{ productUnitId: 3, productUnitName: 'Set' },
	{ productUnitId: 4, productUnitName: 'Hour' },
	{ productUnitId: 5, productUnitName: 'License' },
];

const PRODUCT_PROPERTIES = [
	{ propertyId: 1, propertyName: 'Color', values: ['Black', 'White', 'Silver'] },
	{ propertyId: 2, propertyName: 'Size', values: ['S', 'M', 'L'] },
	{ propertyId: 3, propertyName: 'Warranty', values: ['6 months', '1 year', '2 years'] },
];

/**
 * Product vs bundle. The current table says 1301/1302, the example and the
 * legacy page 1031/1032; both are accepted, 1301/1302 are stored.
 */
const PRODUCT_TYPES = { 1301: 1301, 1302: 1302, 1031: 1301, 1032: 1302 };

const HEADER_TEMPLATES = [
	{
		headerTemplateId: 1,
		headerTemplateName: 'Head office (TH)',
		companyName: 'บริษัท เวนิโอ แซนด์บ็อกซ์ จำกัด',
		address: '99 Sukhumvit Rd, Khlong Toei, Bangkok 10110',
		taxNo: '0105560000001',
		isDefault: true,
	},
	{
		headerTemplateId: 2,
		headerTemplateName: 'Head office (EN)',
		companyName: COMPANY.companyName,
		address: '99 Sukhumvit Rd, Khlong Toei, Bangkok 10110',
		taxNo: '0105560000001',
		isDefault: false,
	},
];

const QUOTATION_STATUSES = {
	1: 'Draft',
	2: 'Waiting for Approval',
	3: 'Waiting to Send',
	4: 'Sent',
	5: 'Completed',
	6: 'Rejected',
	7: 'Cancelled',
};

const SALES_ORDER_STATUSES = {
	1: 'Draft',
	2: 'Open',
	3: 'Completed',
	4: 'Rejected',
	5: 'Cancelled',
};

const EXPENSE_TYPES = {
	1001: 'Accommodation',
	1002: 'Entertainment',
	1003: 'Fuel',
	1004: 'Other',
	1005: 'Training',
	1006: 'Travelling',
	1007: 'Meeting with staff',
	1008: 'Meeting with sales',
};

/** 302 appears in the Get a Expense example; the others are the sandbox's choice. */
const EXPENSE_STATUSES = {
	301: 'Draft',
	302: 'Waiting for Approval',
	303: 'Approved',
	304: 'Rejected',
	305: 'Paid',
};

const ACTIVITY_TYPES = { 1: 'Visit', 2: 'Call', 3: 'Meeting', 4: 'Demo' };
const ACTIVITY_STATUSES = { 1: 'Planned', 2: 'Checked In', 3: 'Completed', 4: 'Cancelled' };

const CONTRACT_FREQUENCIES = {
	260001: 'Yearly',
	260002: 'Quarterly',
	260003: 'Monthly',
	260004: 'Weekly',
	260005: 'Custom',
};

module.exports = {
	COMPANY,
	TEAMS,
	CUSTOMER_STATES,
	CUSTOMER_EVENT_TYPES,
	SATISFACTION_SOURCES,
	SATISFACTION_POINTS,
	CASE_CATEGORIES,
	CASE_TYPES,
	CASE_STATUSES,
	DEAL_BOARDS,
	DEAL_STAGES,
	DEAL_STATUSES,
	DEAL_LABELS,
	DEAL_INTERESTS,
	DEAL_MISSED_REASON_CATEGORIES,
	PRODUCT_GROUPS,
	PRODUCT_UNITS,
	PRODUCT_PROPERTIES,
	PRODUCT_TYPES,
	HEADER_TEMPLATES,
	QUOTATION_STATUSES,
	SALES_ORDER_STATUSES,
	EXPENSE_TYPES,
	EXPENSE_STATUSES,
	ACTIVITY_TYPES,
	ACTIVITY_STATUSES,
	CONTRACT_FREQUENCIES,
};
