import { Field, InputType, Int } from '@nestjs/graphql';
import type { ActionStatus, Health } from '@pnq/domain';
import { ACTION_STATUSES, HEALTHS } from '@pnq/domain';
import { ArrayMaxSize, IsBoolean, IsIn, IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { ActionStatusEnum, HealthEnum } from '../../tracking/tracking.model';

@InputType({ description: 'Every field narrows the list; all given fields combine (AND). Lists mean "any of".' })
export class ActionFilterInput {
  @Field(() => [Int], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(5)
  @IsInt({ each: true })
  @Min(1, { each: true })
  @Max(9, { each: true })
  pillars?: number[];
  @Field({ nullable: true, description: 'An axis as "<pillar>.<axis>", e.g. "1.2".' }) @IsOptional() @IsString() @MaxLength(10) axis?: string;
  @Field(() => [ActionStatusEnum], { nullable: true }) @IsOptional() @ArrayMaxSize(5) @IsIn(ACTION_STATUSES, { each: true }) statuses?: ActionStatus[];
  @Field(() => [HealthEnum], { nullable: true }) @IsOptional() @ArrayMaxSize(7) @IsIn(HEALTHS, { each: true }) healths?: Health[];
  @Field({ nullable: true, description: 'Owner organisation key.' }) @IsOptional() @IsString() @MaxLength(100) owner?: string;
  @Field({ nullable: true, description: 'Partner organisation key.' }) @IsOptional() @IsString() @MaxLength(100) partner?: string;
  @Field(() => Int, { nullable: true, description: 'Due in that year (YEAR, RANGE), or starting that year (FROM_YEAR, ANNUAL).' })
  @IsOptional()
  @IsInt()
  @Min(2000)
  @Max(2100)
  deadlineYear?: number;
  @Field({ nullable: true, description: 'Words found in the reference or title (accents and case ignored).' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  text?: string;
  @Field({
    nullable: true,
    description: 'Only the actions late and not funded on the date: overdue, and their owners say they need funding not wholly secured.',
  })
  @IsOptional()
  @IsBoolean()
  lateAndNotFunded?: boolean;
}
