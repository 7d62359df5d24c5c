import { ArgsType, Field, InputType, Int } from '@nestjs/graphql';
import { IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { CalendarDateScalar } from '../../../common/scalars/calendar-date.scalar';

@ArgsType()
export class RunRemindersArgs {
  @Field(() => CalendarDateScalar, { description: 'The date to compute the reminders for (e.g. 2026-01-15).' }) @IsString() asOf: string;
}

@ArgsType()
export class ReminderRunsArgs {
  @Field(() => Int, { defaultValue: 30, description: 'At most 365.' }) @IsInt() @Min(1) @Max(365) limit: number;
}

@InputType({ description: 'A call for updates to every editor.' })
export class CreateCampaignInput {
  @Field(() => CalendarDateScalar, { description: 'Update before this date (today or later).' }) @IsString() deadline: string;

  @Field({ nullable: true, description: 'Your own words; default: “Merci de mettre à jour vos actions avant le …” in each editor’s language.' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  message?: string;
}
