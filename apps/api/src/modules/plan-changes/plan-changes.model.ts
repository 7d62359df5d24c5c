import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { ActionStatus, CHANGE_KINDS, ChangeKind, Health } from '@pnq/domain';
import { graphqlEnum } from '../../common/graphql-enum';
import { CalendarDateScalar } from '../../common/scalars/calendar-date.scalar';
import { RevisionKindEnum } from '../revision/revision.model';
import { ActionStatusEnum, HealthEnum } from '../tracking/tracking.model';

export const ChangeKindEnum = graphqlEnum(
  CHANGE_KINDS,
  'ChangeKind',
  'COMPLETED (done on the second date, not the first), NEWLY_OVERDUE, NEWLY_AT_RISK, STATUS_MOVED, PROGRESS_MOVED.',
);

@ObjectType('ActionChange', { description: 'How an action moved between two dates (both computed from its append-only history).' })
export class ActionChangeModel {
  @Field() ref: string;
  @Field() title: string;
  @Field(() => Int) pillarNumber: number;
  @Field(() => [String], { description: 'Owner organisations in force on the second date (acronym or name).' }) owners: string[];
  @Field(() => [ChangeKindEnum]) kinds: ChangeKind[];
  @Field(() => ActionStatusEnum) fromStatus: ActionStatus;
  @Field(() => ActionStatusEnum) toStatus: ActionStatus;
  @Field(() => Int) fromProgress: number;
  @Field(() => Int) toProgress: number;
  @Field(() => HealthEnum) fromHealth: Health;
  @Field(() => HealthEnum) toHealth: Health;
}

@ObjectType('ChangeCounts', { description: 'The changes counted for a pillar, an organisation, or in all.' })
export class ChangeCountsModel {
  @Field({ description: 'Pillar number, organisation key, or "total".' }) key: string;
  @Field() label: string;
  @Field(() => Int) completed: number;
  @Field(() => Int) newlyOverdue: number;
  @Field(() => Int) newlyAtRisk: number;
  @Field(() => Int) statusMoved: number;
  @Field(() => Int) progressMoved: number;
}

@ObjectType('RevisionChange', { description: 'A revision of the plan that took effect between the two dates.' })
export class RevisionChangeModel {
  @Field(() => ID) id: number;
  @Field() ref: string;
  @Field(() => RevisionKindEnum) kind: string;
  @Field(() => CalendarDateScalar) effectiveDate: string;
  @Field(() => CalendarDateScalar, { nullable: true }) dueDate: string | null;
  @Field() justification: string;
  @Field(() => String, { nullable: true }) decisionRef: string | null;
}

@ObjectType('IndicatorValueChange', { description: 'An indicator value dated between the two dates.' })
export class IndicatorValueChangeModel {
  @Field(() => ID) indicatorId: number;
  @Field() ref: string;
  @Field() label: string;
  @Field(() => CalendarDateScalar) date: string;
  @Field(() => Float, { nullable: true }) value: number | null;
  @Field(() => Boolean, { nullable: true }) achieved: boolean | null;
}

@ObjectType('PlanChanges', {
  description: 'What changed between two dates, computed from the append-only history: the same figures on the screen, in the export and in the meeting pack.',
})
export class PlanChangesModel {
  @Field(() => CalendarDateScalar) from: string;
  @Field(() => CalendarDateScalar) to: string;
  @Field(() => [ActionChangeModel], { description: 'Every action that moved, in plan order.' }) actions: ActionChangeModel[];
  @Field(() => ChangeCountsModel) total: ChangeCountsModel;
  @Field(() => [ChangeCountsModel], { description: 'Per pillar, in plan order (pillars without change included).' }) byPillar: ChangeCountsModel[];
  @Field(() => [ChangeCountsModel], { description: 'Per owner organisation with at least one change, most changes first.' })
  byOrganisation: ChangeCountsModel[];
  @Field(() => [RevisionChangeModel]) revisionsApproved: RevisionChangeModel[];
  @Field(() => [IndicatorValueChangeModel]) indicatorValues: IndicatorValueChangeModel[];
}
