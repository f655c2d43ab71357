import { activity } from './activity';
import { contract } from './contract';
import { conversation } from './conversation';
import { customer } from './customer';
import { deal } from './deal';
import { employee } from './employee';
import { expense } from './expense';
import { product } from './product';
import { quotation } from './quotation';
import { salesOrder } from './salesOrder';
import { setting } from './setting';
import { supportCase } from './case';
import { task } from './task';
import type { VenioResource } from './types';

/** Every resource of the Venio node, in the order the Resource dropdown shows them. */
export const RESOURCES: VenioResource[] = [
	customer,
	deal,
	quotation,
	salesOrder,
	supportCase,
	product,
	activity,
	task,
	expense,
	employee,
	setting,
	conversation,
	contract,
];
