import { Field, InputType, Int } from '@nestjs/graphql';
import type { ActionStatus } from '@pnq/domain';
import { IsIn, IsInt, IsOptional, IsString, Matches, MaxLength, Min } from 'class-validator';
import { ACTION_STATUSES } from '@pnq/domain';
import { EvidenceUrlsField } from '../../../common/evidence-urls.decorator';
import { CalendarDateScalar } from '../../../common/scalars/calendar-date.scalar';
import { ActionStatusEnum } from '../tracking.model';

@InputType()
export class UpdateActionStatusInput {
  @Field({ description: 'Plan-wide reference, e.g. "1-2.1.1".' })
  @IsString()
  @Matches(/^[1-9]-\d{1,2}\.\d{1,2}\.\d{1,2}$/, { message: 'ref must look like 1-2.1.1 (<pillar>-<code>)' })
  ref: string;

  @Field(() => ActionStatusEnum) @IsIn(ACTION_STATUSES) status: ActionStatus;

  @Field(() => Int, { description: '0–100; COMPLETED means 100.' }) @IsInt() progress: number;

  @Field({ description: 'What changed (required); for BLOCKED or CANCELLED, the reason.' })
  @IsString()
  @MaxLength(5000)
  comment: string;

  @Field(() => CalendarDateScalar, { nullable: true, description: 'When the change took effect; default today (Africa/Casablanca); never in the future.' })
  @IsOptional()
  effectiveDate?: string;

  @EvidenceUrlsField() evidenceUrls?: string[];

  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(500) nextMilestone?: string;

  @Field(() => CalendarDateScalar, { nullable: true }) @IsOptional() nextMilestoneDate?: string;

  @Field(() => Int, { description: 'The action version you saw; if it moved on, VERSION_CONFLICT and nothing is saved.' })
  @IsInt()
  @Min(0)
  expectedVersion: number;
}
