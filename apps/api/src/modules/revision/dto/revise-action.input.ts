import { Field, InputType, Int } from '@nestjs/graphql';
import { IsInt, IsOptional, IsString, MaxLength, Min } from 'class-validator';
import { CalendarDateScalar } from '../../../common/scalars/calendar-date.scalar';
import { RevisionChangesInput } from './revision-changes.input';

@InputType({ description: 'The secretariat revises an action directly (with a justification).' })
export class ReviseActionInput extends RevisionChangesInput {
  @Field(() => Int, { description: 'The definition version you saw; if it moved on, VERSION_CONFLICT.' }) @IsInt() @Min(0) expectedDefinitionVersion: number;

  @Field({ nullable: true, description: 'The steering-committee decision it applies (e.g. "CSNCA, réunion du 12 mars 2026").' })
  @IsOptional()
  @IsString()
  @MaxLength(300)
  decisionRef?: string;

  @Field(() => CalendarDateScalar, { nullable: true, description: 'When it takes effect: default today; never in the future, nor before the plan.' })
  @IsOptional()
  effectiveDate?: string;
}
