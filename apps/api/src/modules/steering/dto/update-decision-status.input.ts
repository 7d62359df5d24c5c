import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { ACTION_STATUSES, type ActionStatus } from '@pnq/domain';
import { IsIn, IsInt, IsOptional, IsString, MaxLength, Min } from 'class-validator';
import { CalendarDateScalar } from '../../../common/scalars/calendar-date.scalar';
import { ActionStatusEnum } from '../../tracking/tracking.model';

@InputType({ description: 'The follow-up of a decision with a due date, by its responsible organisation or the secretariat.' })
export class UpdateDecisionStatusInput {
  @Field(() => ID) @IsString() @MaxLength(20) decisionId: string;
  @Field(() => ActionStatusEnum) @IsIn(ACTION_STATUSES) status: ActionStatus;
  @Field(() => Int, { description: '0–100; COMPLETED means 100.' }) @IsInt() progress: number;
  @Field({ description: 'What changed (required); for BLOCKED or CANCELLED, the reason.' }) @IsString() @MaxLength(5000) comment: string;
  @Field(() => CalendarDateScalar, { nullable: true, description: 'Default today (Africa/Casablanca); never in the future.' })
  @IsOptional()
  effectiveDate?: string;
  @Field(() => Int, { description: 'The version you saw; if it moved on, VERSION_CONFLICT and nothing is saved.' }) @IsInt() @Min(0) expectedVersion: number;
}
