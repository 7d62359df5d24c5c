import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import { CalendarDateScalar } from '../../common/scalars/calendar-date.scalar';
import { IndicatorRollUpModel } from '../indicator/indicator.model';
import { graphqlEnum } from '../../common/graphql-enum';

export const OVERDUE_GROUPINGS = ['ORGANISATION', 'PILLAR'] as const;
export type OverdueGrouping = (typeof OVERDUE_GROUPINGS)[number];
export const OverdueGroupingEnum = graphqlEnum(
  OVERDUE_GROUPINGS,
  'OverdueGrouping',
  'How the overview’s overdue list is grouped: by owner organisation or by pillar.',
);

@ObjectType('RollUpCounts', { description: 'Actions counted by status and by health, and the weighted progress (cancelled excluded).' })
export class RollUpCountsModel {
  @Field(() => Int) actions: number;
  @Field(() => Float, { nullable: true, description: 'Weighted mean progress 0–100 of actions not cancelled; null when none.' }) progress: number | null;
  @Field(() => Int) notStarted: number;
  @Field(() => Int) inProgress: number;
  @Field(() => Int) completed: number;
  @Field(() => Int) blocked: number;
  @Field(() => Int) cancelled: number;
  @Field(() => Int) overdue: number;
  @Field(() => Int) atRisk: number;
  @Field(() => Int) onTrack: number;
  @Field(() => Int) stale: number;
  @Field(() => Int) unscheduled: number;
  @Field(() => Int, { description: 'Health DONE (= completed).' }) done: number;
  @Field(() => Int, { description: 'Actions whose due date in force on the date differs from the adopted one (re-planned).' }) slipped: number;
  @Field(() => Int, { description: 'Sum of their slippages in days (due date in force − adopted due date; positive: later).' }) slippageDays: number;
  @Field(() => Int, { nullable: true, description: 'Mean slippage of the re-planned actions, in days; null when none.' }) meanSlippageDays: number | null;
}

@ObjectType('PillarRollUp')
export class PillarRollUpModel extends RollUpCountsModel {
  @Field(() => Int) number: number;
  @Field() name: string;
  @Field(() => IndicatorRollUpModel, { description: 'The pillar’s action indicators on the date: on track (achieved or on the trajectory), behind, …' })
  indicators: IndicatorRollUpModel;
}

@ObjectType('OrganisationRollUp', { description: 'An owner organisation’s actions (as Responsable / Pilote).' })
export class OrganisationRollUpModel extends RollUpCountsModel {
  @Field() key: string;
  @Field() name: string;
  @Field(() => String, { nullable: true }) acronym: string | null;
}

@ObjectType('OverdueAction', { description: 'An action past its due date on the dashboard’s date.' })
export class OverdueActionModel {
  @Field() ref: string;
  @Field() title: string;
  @Field(() => Int) pillarNumber: number;
  @Field(() => [String], { description: 'Owner organisations (acronym, else name).' }) owners: string[];
  @Field(() => CalendarDateScalar) dueDate: string;
  @Field(() => Int) daysLate: number;
  @Field(() => Int) progress: number;
  @Field(() => CalendarDateScalar, { nullable: true }) lastUpdateDate: string | null;
  @Field(() => String, {
    nullable: true,
    description: 'The group the row is listed under when the list is grouped (an organisation’s key, a pillar’s number); null otherwise.',
  })
  groupKey: string | null = null;
}

@ObjectType('OverdueGroup', { description: 'An owner organisation’s or a pillar’s overdue actions on the dashboard’s date.' })
export class OverdueGroupModel {
  @Field({ description: "The organisation’s key or the pillar’s number; '' for actions with no owner organisation." }) key: string;
  @Field(() => String, { nullable: true, description: 'The organisation’s or pillar’s name; null for actions with no owner.' }) name: string | null;
  @Field(() => String, { nullable: true }) acronym: string | null;
  @Field(() => Int, { description: 'How many overdue actions the group holds.' }) count: number;
  /** Its actions, the most late first. */
  actions: OverdueActionModel[];
}

@ObjectType('DueYear', { description: 'Actions whose due date falls in a year, by health on the dashboard’s date.' })
export class DueYearModel {
  @Field(() => Int) year: number;
  @Field(() => Int) done: number;
  @Field(() => Int) overdue: number;
  @Field(() => Int) atRisk: number;
  @Field(() => Int) onTrack: number;
  @Field(() => Int) cancelled: number;
}

@ObjectType('Dashboard', { description: 'Where the plan stands on a date: every figure computed as of that date.' })
export class DashboardModel {
  @Field(() => CalendarDateScalar) asOf: string;
  @Field(() => RollUpCountsModel) totals: RollUpCountsModel;
  /** Every pillar, in plan order (GraphQL: a page, see DashboardResolver.byPillar). */
  byPillar: PillarRollUpModel[];
  @Field(() => Int, { description: 'How many pillars byPillar pages through.' }) pillarCount: number;
  @Field(() => IndicatorRollUpModel, { description: 'Every action indicator on the date, counted by status.' }) indicatorTotals: IndicatorRollUpModel;
  /** Every owner organisation, most overdue then most at risk first (GraphQL: a page). */
  byOrganisation: OrganisationRollUpModel[];
  @Field(() => Int, { description: 'How many owner organisations byOrganisation pages through.' }) organisationCount: number;
  /** Every overdue action, the most late first (GraphQL: a page; the total is totals.overdue). */
  overdueActions: OverdueActionModel[];
  /** The same actions grouped (GraphQL: overdueGroups, and overdueActions(groupBy)). */
  overdueGroups: Record<OverdueGrouping, OverdueGroupModel[]>;
  @Field(() => [DueYearModel], { description: 'Actions with a due date, per due year, by health.' }) dueByYear: DueYearModel[];
}
