'use strict';

// Word lists and the product range that seeded records take their names and
// subjects from.

/** A word list, written '|'-separated to keep it compact. */
const list = (text) => text.split('|');

const FIRST_NAMES = list(
	'Somchai|Suda|Anan|Kanya|Prasert|Malee|Niran|Patty|Wichai|Siriporn|Thanakorn|Chanida|Kittipong|Ratana|Arthit|Nattaya|Pichit|Orawan|Sakda|Jintana',
);
const LAST_NAMES = list(
	'Jaidee|Srisuk|Wongsawat|Chaiyaporn|Rattanakul|Saetang|Boonmee|Saruta|Kongkaew|Thongdee|Phromma|Sukprasert',
);
const COMPANY_PREFIXES = list(
	'Siam|Bangkok|Chao Phraya|Lanna|Andaman|Krungthep|Rattana|Sukhumvit|Thai|Mekong|Phuket|Isan|Asia|Golden|Royal|Smart|Green|Blue Ocean',
);
const INDUSTRIES = list(
	'Trading|Logistics|Foods|Engineering|Digital|Motors|Textiles|Pharma|Solutions|Retail|Energy|Construction|Agro|Electronics|Hospitality',
);
const COMPANY_SUFFIXES = list('Co., Ltd.|Co., Ltd.|Co., Ltd.|Public Co., Ltd.|Limited Partnership');
const DISTRICTS = list(
	'Khlong Toei|Bang Rak|Pathum Wan|Chatuchak|Huai Khwang|Bang Na|Mueang Chiang Mai|Mueang Phuket|Mueang Khon Kaen',
);
const INTERESTS = list('CRM|Sales automation|Field service|Analytics|Integration');
const DEAL_TOPICS = list(
	'CRM rollout|License renewal|Field sales app|Integration project|Hardware refresh|Training program',
);
const SUBJECTS = list(
	'Quarterly review|Product demo|Contract follow-up|Site survey|Price negotiation|Onboarding',
);
const CASE_SUBJECTS = list(
	'Cannot log in to mobile app|Invoice amount incorrect|Delivery delayed|Request for training|Device not charging',
);
const PRODUCT_ITEMS = [
	['Venio CRM License (Annual)', 'Software', 'License', 12000],
	['Venio Headphone', 'Audio', 'ชิ้น', 800],
	['Bluetooth Speaker', 'Audio', 'ชิ้น', 1500],
	['USB-C Cable', 'Accessories', 'ชิ้น', 190],
	['Laptop Stand', 'Accessories', 'ชิ้น', 990],
	['Onboarding Workshop', 'Services', 'Hour', 2500],
	['Wireless Mouse', 'Accessories', 'ชิ้น', 450],
	['Conference Microphone', 'Audio', 'Set', 5400],
	['Mobile App Add-on', 'Software', 'License', 3600],
	['Implementation Package', 'Services', 'Set', 45000],
];
const PRODUCT_EDITIONS = ['', ' Pro', ' Lite', ' Plus', ' Max'];

module.exports = {
	FIRST_NAMES,
	LAST_NAMES,
	COMPANY_PREFIXES,
	INDUSTRIES,
	COMPANY_SUFFIXES,
	DISTRICTS,
	INTERESTS,
	DEAL_TOPICS,
	SUBJECTS,
	CASE_SUBJECTS,
	PRODUCT_ITEMS,
	PRODUCT_EDITIONS,
};
