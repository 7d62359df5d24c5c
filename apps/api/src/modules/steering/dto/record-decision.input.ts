import { Field, ID, InputType } from '@nestjs/graphql';
import { DECISION_KINDS, type DecisionKind } from '@pnq/domain';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsIn, IsOptional, IsString, MaxLength, ValidateNested } from 'class-validator';
import { CalendarDateScalar } from '../../../common/scalars/calendar-date.scalar';
import { RevisionRequestStatusEnum } from '../../revision/revision.model';
import { DecisionKindEnum } from '../steering.model';

@InputType({ description: 'A pending revision request the decision approves or rejects.' })
export class DecisionOnRequestInput {
  @Field(() => ID) @IsString() @MaxLength(20) requestId: string;
  @Field(() => RevisionRequestStatusEnum, { description: 'APPROVED or REJECTED.' }) @IsIn(['APPROVED', 'REJECTED']) outcome: 'APPROVED' | 'REJECTED';
}

@InputType({ description: 'A decision or recommendation of a session, recorded by the secretariat.' })
export class RecordDecisionInput {
  @Field(() => ID) @IsString() @MaxLength(20) sessionId: string;
  @Field(() => DecisionKindEnum, { defaultValue: 'DECISION' }) @IsIn(DECISION_KINDS) kind: DecisionKind;
  @Field() @IsString() @MaxLength(5000) text: string;
  @Field(() => CalendarDateScalar, { nullable: true, description: 'Default: the session’s date.' }) @IsOptional() decidedOn?: string;
  @Field(() => CalendarDateScalar, { nullable: true, description: 'With a due date, the decision is followed up like an action.' })
  @IsOptional()
  dueDate?: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(100) responsibleOrganisationKey?: string;
  @Field(() => [String], { defaultValue: [] }) @IsArray() @ArrayMaxSize(100) @IsString({ each: true }) @MaxLength(20, { each: true }) actionRefs: string[];
  @Field(() => [String], { defaultValue: [] })
  @IsArray()
  @ArrayMaxSize(100)
  @IsString({ each: true })
  @MaxLength(100, { each: true })
  organisationKeys: string[];
  @Field(() => [DecisionOnRequestInput], { defaultValue: [], description: 'Pending revision requests it approves or rejects (re-planning’s rules).' })
  @IsArray()
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => DecisionOnRequestInput)
  revisionRequests: DecisionOnRequestInput[];
}
