import { ArgsType, Field, Int } from '@nestjs/graphql';
import { IsInt, Max, Min } from 'class-validator';
import { AsOfArgs } from '../../tracking/dto/as-of.args';

/** Largest page of actions one request may ask for (the PNQ has 333; sectoral plans multiply it). */
export const MAX_ACTIONS_PAGE = 1000;

@ArgsType()
export class PagedAsOfArgs extends AsOfArgs {
  @Field(() => Int, { defaultValue: MAX_ACTIONS_PAGE, description: `How many actions at most (1–${MAX_ACTIONS_PAGE}).` })
  @IsInt()
  @Min(1)
  @Max(MAX_ACTIONS_PAGE)
  limit: number = MAX_ACTIONS_PAGE;

  @Field(() => Int, { defaultValue: 0, description: 'How many matching actions to skip first (the next page).' })
  @IsInt()
  @Min(0)
  offset: number = 0;
}
