import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { ActionStatus, DECISION_KINDS, DecisionKind, STEERING_BODIES, SteeringBody } from '@pnq/domain';
import { graphqlEnum } from '../../common/graphql-enum';
import { CalendarDateScalar } from '../../common/scalars/calendar-date.scalar';
import { ActionStatusEnum, HealthDetailModel } from '../tracking/tracking.model';
import { RevisionRequestStatusEnum } from '../revision/revision.model';

export const SteeringBodyEnum = graphqlEnum(
  STEERING_BODIES,
  'SteeringBody',
  'The CSNCA in plenary, or one of its committees (normalisation, conformity assessment, metrology, accreditation).',
);
export const DecisionKindEnum = graphqlEnum(DECISION_KINDS, 'DecisionKind', 'A decision of the body, or a recommendation.');

@ObjectType('SteeringSession', { description: 'A session of the CSNCA or of one of its committees.' })
export class SteeringSessionModel {
  @Field(() => ID) id: number;
  @Field(() => SteeringBodyEnum) body: SteeringBody;
  @Field(() => CalendarDateScalar) heldOn: string;
  @Field() place: string;
  @Field(() => [String], { description: 'Agenda items, in order.' }) agenda: string[];
  attendeeIds: number[];
  @Field(() => CalendarDateScalar, { nullable: true, description: '"Since": the date of the previous session of the same body; null for its first.' })
  since: string | null;
  @Field(() => ID, { nullable: true, description: 'The previous session of the same body.' }) previousSessionId: number | null;
  @Field() createdAt: Date;
}

@ObjectType('DecisionRevisionOutcome', { description: 'A revision request a decision approved or rejected.' })
export class DecisionRevisionOutcomeModel {
  @Field(() => ID) requestId: number;
  @Field(() => RevisionRequestStatusEnum) outcome: 'APPROVED' | 'REJECTED';
}

@ObjectType('DecisionUpdate', { description: 'One entry of a decision’s follow-up (never rewritten).' })
export class DecisionUpdateModel {
  decisionId: number;
  authorId: number;
  @Field(() => Int) version: number;
  @Field(() => CalendarDateScalar) effectiveDate: string;
  @Field(() => ActionStatusEnum) status: ActionStatus;
  @Field(() => Int) progress: number;
  @Field() comment: string;
  @Field() enteredAt: Date;
}

@ObjectType('SteeringDecision', {
  description: 'A decision or recommendation of a session; with a due date it is followed up like an action (status, history, health).',
})
export class SteeringDecisionModel {
  @Field(() => ID) id: number;
  @Field(() => ID) sessionId: number;
  @Field(() => SteeringBodyEnum) sessionBody: SteeringBody;
  @Field(() => CalendarDateScalar) sessionDate: string;
  @Field(() => DecisionKindEnum) kind: DecisionKind;
  @Field() text: string;
  @Field(() => CalendarDateScalar) decidedOn: string;
  @Field(() => CalendarDateScalar, { nullable: true, description: 'With a due date, the decision is followed up.' }) dueDate: string | null;
  responsibleOrganisationId: number | null;
  actionIds: number[];
  organisationIds: number[];
  @Field(() => [DecisionRevisionOutcomeModel]) revisionDecisions: DecisionRevisionOutcomeModel[];
  @Field(() => CalendarDateScalar, { description: 'The date status and health are computed for.' }) asOf: string;
  @Field(() => ActionStatusEnum) status: ActionStatus;
  @Field(() => Int) progress: number;
  @Field(() => Int, { description: 'Follow-up entries so far; send it back as expectedVersion.' }) version: number;
  @Field(() => HealthDetailModel, { nullable: true, description: 'Null when not followed up (no due date) or not yet taken on the date.' })
  healthDetail: HealthDetailModel | null;
  @Field(() => [DecisionUpdateModel], { description: 'Its follow-up, oldest first (entries effective after the date included).' })
  history: DecisionUpdateModel[];
  @Field({ description: 'Whether the signed-in person may record its follow-up.' }) viewerCanUpdate: boolean;
}
