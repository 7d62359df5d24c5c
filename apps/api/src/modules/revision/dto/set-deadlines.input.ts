import { Type } from 'class-transformer';
import { Field, InputType, Int } from '@nestjs/graphql';
import { ArrayMaxSize, ArrayMinSize, IsInt, IsOptional, IsString, Matches, MaxLength, Min, ValidateNested } from 'class-validator';
import { CalendarDateScalar } from '../../../common/scalars/calendar-date.scalar';
import { ACTION_REF_MESSAGE, ACTION_REF_PATTERN } from './revision-changes.input';

@InputType()
export class DeadlineItemInput {
  @Field() @IsString() @Matches(ACTION_REF_PATTERN, { message: ACTION_REF_MESSAGE }) ref: string;
  @Field(() => CalendarDateScalar) @IsString() dueDate: string;
  @Field(() => Int) @IsInt() @Min(0) expectedDefinitionVersion: number;
}

@InputType({ description: 'The secretariat sets many deadlines at once (the actions the plan left without one), all or none.' })
export class SetDeadlinesInput {
  @Field(() => [DeadlineItemInput])
  @ArrayMinSize(1)
  @ArrayMaxSize(400)
  @ValidateNested({ each: true })
  @Type(() => DeadlineItemInput)
  items: DeadlineItemInput[];
  @Field({ description: 'Why (required), for every deadline set.' }) @IsString() @MaxLength(5000) justification: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(300) decisionRef?: string;
}
