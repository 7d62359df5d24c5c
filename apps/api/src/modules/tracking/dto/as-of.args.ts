import { ArgsType, Field } from '@nestjs/graphql';
import { IsOptional } from 'class-validator';
import { CalendarDateScalar } from '../../../common/scalars/calendar-date.scalar';

@ArgsType()
export class AsOfArgs {
  @Field(() => CalendarDateScalar, { nullable: true, description: 'The date to compute for; default today in Africa/Casablanca.' })
  @IsOptional()
  asOf?: string;
}
