import { Field, Int, ObjectType } from '@nestjs/graphql';
import type { Currency, FundingStatus } from '@pnq/domain';
import { CalendarDateScalar } from '../../common/scalars/calendar-date.scalar';
import { CurrencyEnum, FundingStatusEnum, ReferenceRateModel } from '../financing/financing.model';

const MAD = 'MAD, exact decimal text, each line converted at the rate in force on asOf.';

@ObjectType('FundingStatusCount')
export class FundingStatusCountModel {
  @Field(() => FundingStatusEnum) status: FundingStatus;
  @Field(() => Int) count: number;
}

@ObjectType('FinancingFigures', { description: 'Needed vs secured vs disbursed and the gap of a group of actions. ' + MAD })
export class FinancingFiguresModel {
  @Field(() => Int) actions: number;
  @Field(() => Int, { description: 'Actions whose owners recorded their financing.' }) recorded: number;
  @Field(() => [FundingStatusCountModel]) byStatus: FundingStatusCountModel[];
  @Field({ description: 'Estimated costs of the actions that need funding.' }) needed: string;
  @Field(() => Int, { description: 'Actions that need funding with no estimated cost.' }) costUnknown: number;
  @Field() planned: string;
  @Field({ description: 'Committed.' }) secured: string;
  @Field() disbursed: string;
  @Field({ description: 'Σ per action of max(0, cost − secured).' }) gap: string;
  @Field(() => Int, { description: 'Overdue actions that need funding not wholly secured.' }) lateAndNotFunded: number;
}

@ObjectType('PillarFinancing')
export class PillarFinancingModel {
  @Field(() => Int) pillarNumber: number;
  @Field() name: string;
  @Field(() => FinancingFiguresModel) figures: FinancingFiguresModel;
}

@ObjectType('OrganisationFinancing', { description: 'An owner organisation’s actions (a co-owned action counts for each owner).' })
export class OrganisationFinancingModel {
  @Field() key: string;
  @Field() name: string;
  @Field(() => String, { nullable: true }) acronym: string | null;
  @Field(() => FinancingFiguresModel) figures: FinancingFiguresModel;
}

@ObjectType('PartnerFinancing', { description: 'The cooperation lines of one partner or donor (own budgets: ownBudget). ' + MAD })
export class PartnerFinancingModel {
  @Field(() => String, { nullable: true, description: 'null for the owners’ own budgets.' }) key: string | null;
  @Field() name: string;
  @Field(() => String, { nullable: true }) acronym: string | null;
  @Field(() => Int) actions: number;
  @Field(() => Int) lines: number;
  @Field() planned: string;
  @Field() committed: string;
  @Field() disbursed: string;
}

@ObjectType('LateUnfundedAction', { description: 'An overdue action that needs funding not (wholly) secured.' })
export class LateUnfundedActionModel {
  @Field() ref: string;
  @Field() title: string;
  @Field(() => Int) pillarNumber: number;
  @Field(() => [String], { description: 'Owner acronyms (or names).' }) owners: string[];
  @Field(() => CalendarDateScalar) dueDate: string;
  @Field(() => Int) daysLate: number;
  @Field(() => FundingStatusEnum) status: FundingStatus;
  @Field(() => String, { nullable: true, description: 'Estimated cost in MAD (null: not estimated).' }) cost: string | null;
  @Field({ description: 'Secured (committed) in MAD.' }) secured: string;
  @Field({ description: 'max(0, cost − secured) in MAD.' }) gap: string;
}

@ObjectType('FinancingOverview', { description: 'The financing of the plan on a date: per pillar, owner organisation and cooperation partner.' })
export class FinancingOverviewModel {
  @Field(() => CalendarDateScalar) asOf: string;
  @Field(() => [ReferenceRateModel], { description: 'The rates every converted total uses (the latest recorded on or before asOf).' })
  ratesUsed: ReferenceRateModel[];
  @Field(() => [CurrencyEnum], { description: 'Currencies left out of the totals: no rate recorded by asOf.' }) unconverted: Currency[];
  @Field(() => FinancingFiguresModel) totals: FinancingFiguresModel;
  @Field(() => [PillarFinancingModel]) byPillar: PillarFinancingModel[];
  @Field(() => [OrganisationFinancingModel], { description: 'Owner organisations with at least one recorded financing, largest need first.' })
  byOrganisation: OrganisationFinancingModel[];
  @Field(() => [PartnerFinancingModel], { description: 'Cooperation partners, most committed first.' }) byPartner: PartnerFinancingModel[];
  @Field(() => PartnerFinancingModel, { description: 'The owners’ own budgets together.' }) ownBudget: PartnerFinancingModel;
  @Field(() => [LateUnfundedActionModel], { description: 'Late and not funded: most days late first.' }) lateAndNotFunded: LateUnfundedActionModel[];
}
