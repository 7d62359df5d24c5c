import { Field, Int, ObjectType } from '@nestjs/graphql';
import { CURRENCIES, Currency, FUNDING_SOURCES, FUNDING_STATUSES, FundingSource, FundingStatus } from '@pnq/domain';
import { graphqlEnum } from '../../common/graphql-enum';
import { CalendarDateScalar } from '../../common/scalars/calendar-date.scalar';
import { OrganisationModel } from '../organisation/organisation.model';
import { AuthorModel } from '../user/author.model';

export const CurrencyEnum = graphqlEnum(
  CURRENCIES,
  'Currency',
  'MAD (default), EUR, USD. Amounts in EUR or USD are converted to MAD for totals at a reference rate.',
);
export const FundingSourceEnum = graphqlEnum(
  FUNDING_SOURCES,
  'FundingSource',
  'OWN_BUDGET (the owner’s budget) or COOPERATION (a partner’s or donor’s programme).',
);
export const FundingStatusEnum = graphqlEnum(
  FUNDING_STATUSES,
  'FundingStatus',
  'Derived from the amounts on a date: NOT_NEEDED, NOT_YET_SOUGHT (no line), SOUGHT (nothing committed), PARTLY_SECURED, SECURED (committed ≥ cost). See docs/rules.md.',
);

const EXACT = 'An exact decimal amount as text ("1250000.50").';

@ObjectType('FundingYearAmounts', { description: 'A funding line’s amounts for one year, in the line’s currency. ' + EXACT })
export class YearAmountsModel {
  @Field(() => Int) year: number;
  @Field() planned: string;
  @Field() committed: string;
  @Field() disbursed: string;
}

@ObjectType('FundingLine', { description: 'Where part of an action’s money comes from: the owner’s budget or a cooperation programme.' })
export class FundingLineModel {
  @Field(() => Int) position: number;
  @Field(() => FundingSourceEnum) source: FundingSource;
  @Field(() => CurrencyEnum) currency: Currency;
  @Field(() => Int, { nullable: true, description: 'OWN_BUDGET: the budget year.' }) budgetYear: number | null;
  @Field(() => String, { nullable: true, description: 'OWN_BUDGET: the budget line or programme, as the ministry names it.' }) budgetLine: string | null;
  partnerId: number | null;
  @Field(() => OrganisationModel, { nullable: true, description: 'COOPERATION: the partner or donor.' }) partner?: OrganisationModel;
  @Field(() => String, { nullable: true, description: 'COOPERATION: the programme’s name.' }) programme: string | null;
  @Field(() => Int, { nullable: true }) periodStart: number | null;
  @Field(() => Int, { nullable: true }) periodEnd: number | null;
  @Field(() => [YearAmountsModel]) amounts: YearAmountsModel[];
  @Field({ description: 'Planned over all years, in the line’s currency. ' + EXACT }) totalPlanned: string;
  @Field() totalCommitted: string;
  @Field() totalDisbursed: string;
}

@ObjectType('ReferenceRate', { description: 'How many dirhams one unit of a currency is worth from a date on, as the secretariat recorded it.' })
export class ReferenceRateModel {
  @Field(() => CurrencyEnum) currency: Currency;
  @Field(() => CalendarDateScalar) date: string;
  @Field({ description: 'MAD per unit, exact (at most six decimals).' }) rate: string;
  @Field() source: string;
}

@ObjectType('FinancingInMad', { description: 'An action’s financing in MAD on a date, each line converted at the rate in force then. ' + EXACT })
export class FinancingInMadModel {
  @Field(() => String, { nullable: true, description: 'Estimated cost (null: not estimated, or no rate for its currency yet).' }) cost: string | null;
  @Field() planned: string;
  @Field({ description: 'Committed amounts.' }) secured: string;
  @Field() disbursed: string;
  @Field({ description: 'max(0, cost − secured).' }) gap: string;
}

@ObjectType('ActionFinancing', { description: 'One version of an action’s financing, kept by its owners (never rewritten; a change is a new version).' })
export class ActionFinancingModel {
  actionId: number;
  authorId: number;
  @Field(() => Int) version: number;
  @Field(() => CalendarDateScalar, { description: 'The date this version takes effect.' }) effectiveDate: string;
  @Field({ description: 'When it was entered.' }) enteredAt: Date;
  @Field() needsFunding: boolean;
  @Field(() => String, { nullable: true, description: 'In costCurrency. ' + EXACT }) estimatedCost: string | null;
  @Field(() => CurrencyEnum) costCurrency: Currency;
  @Field() comment: string;
  @Field(() => [FundingLineModel]) lines: FundingLineModel[];
  @Field(() => AuthorModel, { nullable: true }) author?: AuthorModel;
  @Field(() => CalendarDateScalar, { description: 'The date the status and MAD figures are computed for.' }) asOf: string;
  @Field(() => FundingStatusEnum) status: FundingStatus;
  @Field(() => FinancingInMadModel) inMad: FinancingInMadModel;
  @Field(() => [ReferenceRateModel], { description: 'The rates used for the MAD figures (shown beside them).' }) ratesUsed: ReferenceRateModel[];
  @Field(() => [CurrencyEnum], { description: 'Currencies left out of the MAD figures: no rate recorded by asOf.' }) unconverted: Currency[];
}
