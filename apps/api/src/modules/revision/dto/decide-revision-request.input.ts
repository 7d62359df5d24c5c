import { Field, ID, InputType } from '@nestjs/graphql';
import { CalendarDateScalar } from '../../../common/scalars/calendar-date.scalar';
import { IsOptional, IsString, MaxLength } from 'class-validator';

@InputType({ description: 'The secretariat’s decision on a pending revision request.' })
export class DecideRevisionRequestInput {
  @Field(() => ID) @IsString() @MaxLength(20) id: string;
  @Field({ description: 'Why (required; the requester reads it).' }) @IsString() @MaxLength(5000) comment: string;
  @Field({ nullable: true, description: 'The steering-committee decision cited, if any.' }) @IsOptional() @IsString() @MaxLength(300) decisionRef?: string;
  @Field(() => CalendarDateScalar, {
    nullable: true,
    description: 'Approval only: when the revision takes effect — default today; the date of the decision cited when earlier; never in the future.',
  })
  @IsOptional()
  effectiveDate?: string;
}
