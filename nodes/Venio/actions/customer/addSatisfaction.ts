import type { IDataObject } from 'n8n-workflow';

import { additionalFields } from '../parameters/collections';
import { customerLocator } from '../parameters/locators';
import {
	requiredDateTime,
	requiredId,
	requiredNumeric,
	requiredText,
} from '../parameters/parameter';
import { invalid } from '../parameters/invalid';
import type { VenioAction } from '../types';

/** The survey types and the highest score of each: the Survey Type options and the check. */
const SURVEY_TYPES = [
	{ name: 'CSAT', value: 1, max: 5, description: 'Customer satisfaction, scored 1 to 5' },
	{ name: 'NPS', value: 2, max: 10, description: 'Net promoter score, scored 1 to 10' },
];

const surveyType = requiredId({
	displayName: 'Survey Type',
	name: 'sourceType',
	type: 'options',
	required: true,
	options: SURVEY_TYPES.map(({ name, value, description }) => ({ name, value, description })),
	default: 1,
	description: 'Which kind of survey the score comes from',
});

const answeredAt = requiredDateTime({
	displayName: 'Answered At',
	name: 'dateCreated',
	type: 'dateTime',
	required: true,
	default: '',
	description: 'When the customer answered',
});

const optional = additionalFields([
	{
		displayName: 'Answered By',
		name: 'answerBy',
		type: 'string',
		default: '',
		description: 'Name of the person who answered',
	},
	{
		displayName: 'Comment',
		name: 'comment',
		type: 'string',
		typeOptions: { rows: 3 },
		default: '',
		description: 'What the customer wrote with the score',
	},
]);

const score = requiredNumeric({
	displayName: 'Score',
	name: 'point',
	type: 'string',
	required: true,
	default: '',
	placeholder: 'e.g. 5',
	description: 'The answer: 1 to 5 for CSAT, 1 to 10 for NPS',
});

const sourceName = requiredText({
	displayName: 'Source Name',
	name: 'sourceName',
	type: 'string',
	required: true,
	default: '',
	placeholder: 'e.g. NPS [Venio]',
	description: 'Where the answer came from; a name Venio does not know yet creates a new source',
});

export const addSatisfaction: VenioAction = {
	value: 'addSatisfaction',
	name: 'Add Satisfaction',
	action: 'Add a satisfaction score (CSAT or NPS) to a customer by customer code',
	description: 'Record a CSAT (1-5) or NPS (1-10) survey answer for a customer',
	endpoint: 'customerSatisfactionCreate',
	properties: [
		customerLocator.property,
		surveyType.property,
		score.property,
		sourceName.property,
		answeredAt.property,
		optional.property,
	],
	request(i) {
		const CustomerCode = customerLocator.read(this, i);
		const SourceType = surveyType.read(this, i);
		const range = SURVEY_TYPES.find((type) => type.value === SourceType);
		if (!range) {
			throw invalid(
				this,
				i,
				'Survey Type must be CSAT (1) or NPS (2)',
				`"${SourceType}" is not a survey type.`,
			);
		}
		const Point = score.read(this, i);
		if (!Number.isInteger(Point) || Point < 1 || Point > range.max) {
			throw invalid(
				this,
				i,
				`Score must be a whole number from 1 to ${range.max} for ${range.name}`,
				`"${Point}" is not a valid ${range.name} score.`,
			);
		}
		const SourceName = sourceName.read(this, i);
		const DateCreated = answeredAt.read(this, i);
		const extra = optional.read(this, i);
		const body: IDataObject = { SourceName, SourceType, Point, CustomerCode, DateCreated };
		if (extra.answerBy !== undefined) body.AnswerBy = extra.answerBy;
		if (extra.comment !== undefined) body.Comment = extra.comment;
		return { body, key: { customerCode: CustomerCode } };
	},
};
