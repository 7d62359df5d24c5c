import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { graphqlEnum } from '../../common/graphql-enum';
import { ACTION_STATUSES, ActionStatus, Health, HEALTHS } from '@pnq/domain';
import { CalendarDateScalar } from '../../common/scalars/calendar-date.scalar';
import { AuthorModel } from '../user/author.model';

export const ActionStatusEnum = graphqlEnum(ACTION_STATUSES, 'ActionStatus');

export const HealthEnum = graphqlEnum(
  HEALTHS,
  'Health',
  'DONE, CANCELLED, OVERDUE (past due, not done), AT_RISK (due within 180 days and behind), ON_TRACK, STALE (recurring, not updated), UNSCHEDULED (deadline to be set). See docs/rules.md.',
);

@ObjectType('StatusUpdate', { description: 'One entry of an action’s history (never rewritten; a correction is a new entry).' })
export class StatusUpdateModel {
  @Field(() => ID) id: string;
  actionId: number;
  authorId: number;
  @Field(() => Int) version: number;
  @Field(() => ActionStatusEnum) status: ActionStatus;
  @Field(() => Int) progress: number;
  @Field() comment: string;
  @Field(() => CalendarDateScalar, { description: 'The date the update takes effect.' }) effectiveDate: string;
  @Field({ description: 'When it was entered.' }) enteredAt: Date;
  @Field(() => [String]) evidenceUrls: string[];
  @Field(() => String, { nullable: true }) nextMilestone: string | null;
  @Field(() => CalendarDateScalar, { nullable: true }) nextMilestoneDate: string | null;
  @Field(() => AuthorModel, { nullable: true }) author?: AuthorModel;
}

@ObjectType('HealthDetail', { description: 'The health of an action on a date, and why.' })
export class HealthDetailModel {
  @Field(() => HealthEnum) health: Health;
  @Field({
    description:
      'Stable code: PAST_DUE_DATE, BEHIND_SCHEDULE, PREDECESSOR_OVERDUE, PREDECESSOR_DUE_LATER, CANCELLED_BY_REVISION, BLOCKED_NEAR_DUE_DATE, NO_UPDATE_IN_12_MONTHS, NO_UPDATE_FOR_PREVIOUS_YEAR, NO_DEADLINE, …',
  })
  reason: string;
  @Field(() => CalendarDateScalar) asOf: string;
  @Field(() => CalendarDateScalar, { nullable: true }) dueDate: string | null;
  @Field(() => Int, { nullable: true, description: 'OVERDUE: days late; otherwise days left before the due date.' }) days: number | null;
  @Field(() => Int, { nullable: true, description: 'Progress a straight line to the due date expects on that date.' }) expectedProgress: number | null;
  @Field(() => String, {
    nullable: true,
    description: 'PREDECESSOR_OVERDUE / PREDECESSOR_DUE_LATER: the reference of the action this one depends on that puts it at risk.',
  })
  predecessorRef: string | null;
}

@ObjectType('ActionComment', { description: 'A comment with evidence, from an owner, a partner or the secretariat; it does not change the status.' })
export class ActionCommentModel {
  @Field(() => ID) id: string;
  actionId: number;
  authorId: number;
  @Field() comment: string;
  @Field(() => [String]) evidenceUrls: string[];
  @Field() enteredAt: Date;
  @Field(() => AuthorModel, { nullable: true }) author?: AuthorModel;
}
