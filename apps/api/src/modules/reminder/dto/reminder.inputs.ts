import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min } from 'class-validator';
import { CalendarDateScalar } from '../../../common/scalars/calendar-date.scalar';

@ArgsType()
export class RunRemindersArgs {
  @Field(() => CalendarDateScalar, { description: 'The date to compute the reminders for (e.g. 2026-01-15).' }) @IsString() asOf: string;
}

@ArgsType()
export class CampaignArgs {
  /** A campaign id is a positive integer (an ID in the schema): anything else is BAD_USER_INPUT, never a database error. */
  @Field(() => ID) @IsString() @Matches(/^[1-9]\d{0,8}$/, { message: 'id must be a campaign id (a whole number)' }) id: string;
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
