import { ArgsType, Field, Int } from '@nestjs/graphql';
import { ArrayMaxSize, IsIn, IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { OVERDUE_GROUPINGS, type OverdueGrouping, OverdueGroupingEnum } from '../dashboard.model';

/** Most rows one page of an overview list may hold: the overview's answer stays the same size whatever the plan's. */
export const MAX_ROLL_UP_PAGE = 100;

/** A page of one of the overview's lists; `limit` defaults to what the overview shows at once. */
function rollUpPageArgs(defaultLimit: number) {
  @ArgsType()
  class RollUpPageArgs {
    @Field(() => Int, { defaultValue: defaultLimit, description: `How many rows at most (1–${MAX_ROLL_UP_PAGE}).` })
    @IsInt()
    @Min(1)
    @Max(MAX_ROLL_UP_PAGE)
    limit: number = defaultLimit;

    @Field(() => Int, { defaultValue: 0, description: 'How many rows to skip first (the next page).' })
    @IsInt()
    @Min(0)
    offset: number = 0;
  }
  return RollUpPageArgs;
}

@ArgsType()
export class OverduePageArgs extends rollUpPageArgs(10) {
  @Field(() => OverdueGroupingEnum, {
    nullable: true,
    description: 'Grouped: the groups’ actions one group after the other (see overdueGroups), each row with its groupKey.',
  })
  @IsOptional()
  @IsIn(OVERDUE_GROUPINGS)
  groupBy?: OverdueGrouping;
}

@ArgsType()
export class OverdueGroupsArgs {
  @Field(() => OverdueGroupingEnum, { nullable: true, description: 'No groups when not given (the list is not grouped).' })
  @IsOptional()
  @IsIn(OVERDUE_GROUPINGS)
  by?: OverdueGrouping;
}

@ArgsType()
export class PillarPageArgs extends rollUpPageArgs(10) {}

@ArgsType()
export class OrganisationPageArgs extends rollUpPageArgs(20) {
  @Field(() => [String], { nullable: true, description: 'Only these organisations (by key), e.g. one organisation’s page.' })
  @IsOptional()
  @ArrayMaxSize(MAX_ROLL_UP_PAGE)
  @IsString({ each: true })
  @MaxLength(100, { each: true })
  keys?: string[];
}
