import { ArgsType, Field, Int } from '@nestjs/graphql';
import { PLAN_LAST_YEAR, TRACKING_FIRST_YEAR } from '@pnq/domain';
import { IsInt, Max, Min } from 'class-validator';

@ArgsType()
export class FinaliseReportArgs {
  @Field(() => Int, { description: 'The year whose report becomes final (it must be over).' })
  @IsInt()
  @Min(TRACKING_FIRST_YEAR)
  @Max(PLAN_LAST_YEAR)
  year: number;
}
