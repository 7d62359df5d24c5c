import { Field, InputType } from '@nestjs/graphql';
import { FUNDING_TEXT_MAX } from '@pnq/domain';
import { IsOptional, IsString, MaxLength } from 'class-validator';
import { CalendarDateScalar } from '../../../common/scalars/calendar-date.scalar';

@InputType({ description: 'A reference rate from a date on (the secretariat): MAD per unit of EUR or USD.' })
export class RecordReferenceRateInput {
  @Field({ description: 'EUR or USD.' }) @IsString() @MaxLength(10) currency: string;
  @Field(() => CalendarDateScalar) @IsString() date: string;
  @Field({ description: 'MAD per unit, at most six decimals ("10.8123").' }) @IsString() @MaxLength(20) rate: string;
  @Field({ nullable: true, description: 'Where the rate comes from (e.g. Bank Al-Maghrib’s reference rate of the day).' })
  @IsOptional()
  @IsString()
  @MaxLength(FUNDING_TEXT_MAX)
  source?: string;
}
