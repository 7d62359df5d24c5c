import { Args, Query, Resolver } from '@nestjs/graphql';
import { CalendarDateScalar } from '../../common/scalars/calendar-date.scalar';
import { todayInCasablanca } from '../../common/clock';
import { PlanChangesModel } from './plan-changes.model';
import { PlanChangesService } from './plan-changes.service';

@Resolver(() => PlanChangesModel)
export class PlanChangesResolver {
  constructor(private readonly planChangesService: PlanChangesService) {}

  @Query(() => PlanChangesModel, {
    description: 'What changed between two dates (after `from`, up to `to`, default today). BAD_USER_INPUT when `from` is not before `to`.',
  })
  planChanges(
    @Args('from', { type: () => CalendarDateScalar }) from: string,
    @Args('to', { type: () => CalendarDateScalar, nullable: true }) to: string | null,
  ): Promise<PlanChangesModel> {
    return this.planChangesService.between(from, to ?? todayInCasablanca());
  }
}
