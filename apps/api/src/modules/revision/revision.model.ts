import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { DeadlineKind, REVISION_KINDS, type RevisionChanges, type RevisionKind } from '@pnq/domain';
import { graphqlEnum } from '../../common/graphql-enum';
import { CalendarDateScalar } from '../../common/scalars/calendar-date.scalar';
import { DeadlineKindEnum } from '../action/action.model';

export const RevisionKindEnum = graphqlEnum(
  REVISION_KINDS,
  'RevisionKind',
  'DEADLINE (a new due date, or a first one), CANCELLATION, PARTIES (owners / partners), WORDING (reworded title, split into sub-actions).',
);

export const REQUEST_STATUSES = ['PENDING', 'APPROVED', 'REJECTED'] as const;
export type RequestStatus = (typeof REQUEST_STATUSES)[number];
export const RevisionRequestStatusEnum = graphqlEnum(REQUEST_STATUSES, 'RevisionRequestStatus', 'Pending the secretariat’s decision, approved, or rejected.');

/** The fields a revision or a request changes (those it leaves alone are null). */
@ObjectType({ isAbstract: true })
export abstract class RevisionChangesModel {
  @Field(() => RevisionKindEnum) kind: RevisionKind;
  @Field(() => CalendarDateScalar, { nullable: true }) dueDate: string | null;
  @Field() cancelled: boolean;
  @Field(() => [String], { nullable: true }) ownerKeys: string[] | null;
  @Field(() => [String], { nullable: true }) partnerKeys: string[] | null;
  @Field(() => String, { nullable: true }) title: string | null;
  @Field(() => [String], { nullable: true }) subActions: string[] | null;
  @Field() justification: string;
}

@ObjectType('ActionRevision', { description: 'A change to the plan in force (append-only): what changed, from when, why, decided by whom.' })
export class RevisionModel extends RevisionChangesModel {
  @Field(() => ID) id: number;
  actionId: number;
  /** The changes as stored (the fields above read them). */
  changes: RevisionChanges;
  @Field(() => CalendarDateScalar, { description: 'From this date on, the change is in force.' }) effectiveDate: string;
  @Field(() => String, { nullable: true, description: 'The steering-committee decision cited.' }) decisionRef: string | null;
  @Field(() => ID, { nullable: true, description: 'The request it approved; null for a direct revision by the secretariat.' }) requestId: number | null;
  decidedBy: number;
  @Field() decidedAt: Date;
}

@ObjectType('RevisionRequest', { description: 'An owner’s request to change an action, and the secretariat’s decision on it.' })
export class RevisionRequestModel extends RevisionChangesModel {
  @Field(() => ID) id: number;
  actionId: number;
  @Field(() => Int, { description: 'The definition version the request was made on; approving it after the action changed is REVISION_REQUEST_STALE.' })
  definitionVersion: number;
  requestedBy: number;
  organisationId: number | null;
  @Field() requestedAt: Date;
  @Field(() => RevisionRequestStatusEnum) status: RequestStatus;
  @Field(() => String, { nullable: true, description: 'The secretariat’s comment.' }) comment: string | null;
  @Field(() => String, { nullable: true }) decisionRef: string | null;
  decidedBy: number | null;
  @Field(() => Date, { nullable: true }) decidedAt: Date | null;
}

@ObjectType('PlanInForce', { description: 'An action’s definition in force on a date: the adopted one with the revisions effective by then.' })
export class PlanInForceModel {
  @Field(() => CalendarDateScalar) asOf: string;
  @Field(() => DeadlineKindEnum) deadlineKind: DeadlineKind;
  @Field(() => Int, { nullable: true }) deadlineYear: number | null;
  @Field(() => Int, { nullable: true }) deadlineEndYear: number | null;
  @Field(() => CalendarDateScalar, { nullable: true, description: 'The due date in force; none for recurring or TBD.' }) dueDate: string | null;
  @Field(() => CalendarDateScalar, { nullable: true, description: 'The adopted (baseline) due date.' }) baselineDueDate: string | null;
  @Field(() => Int, { nullable: true, description: 'Due date in force − baseline due date, in days (positive: later than adopted).' })
  slippageDays: number | null;
  @Field() cancelled: boolean;
  @Field() title: string;
  @Field(() => [String]) subActions: string[];
  @Field(() => [String], { description: 'Owner organisations in force (keys).' }) ownerKeys: string[];
  @Field(() => [String], { description: 'Partner organisations in force (keys).' }) partnerKeys: string[];
  @Field(() => Int, { description: 'Revisions in force on the date.' }) revisionCount: number;
  @Field(() => Int, { description: 'All revisions recorded (what a request or a revision sends as expectedDefinitionVersion).' }) definitionVersion: number;
}

@ObjectType('ActionDependency', { description: 'A link between two actions: the dependent waits for the predecessor.' })
export class DependencyModel {
  dependentId: number;
  predecessorId: number;
  @Field(() => Int, { nullable: true, description: 'The line of the plan’s text that prints it (seeded links).' }) sourceLine: number | null;
  @Field(() => String, { nullable: true, description: 'What the plan prints (seeded links).' }) sourceText: string | null;
  @Field(() => String, { nullable: true }) note: string | null;
  @Field() createdAt: Date;
}
