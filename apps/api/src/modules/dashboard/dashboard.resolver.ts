import { Args, Query, Resolver } from '@nestjs/graphql';
import { todayInCasablanca } from '../../common/clock';
import { AsOfArgs } from '../tracking/dto/as-of.args';
import { DashboardModel } from './dashboard.model';
import { DashboardService } from './dashboard.service';

@Resolver(() => DashboardModel)
export class DashboardResolver {
  constructor(private readonly dashboardService: DashboardService) {}

  @Query(() => DashboardModel, { description: 'Totals, per pillar and per owner organisation, as of a date (default today in Casablanca).' })
  dashboard(@Args() { asOf }: AsOfArgs): Promise<DashboardModel> {
    return this.dashboardService.dashboard(asOf ?? todayInCasablanca());
  }
}
