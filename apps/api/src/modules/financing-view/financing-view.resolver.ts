import { Query, Resolver } from '@nestjs/graphql';
import { todayInCasablanca } from '../../common/clock';
import { AsOfArg } from '../tracking/dto/as-of.args';
import { FinancingOverviewModel } from './financing-view.model';
import { FinancingViewService } from './financing-view.service';

@Resolver(() => FinancingOverviewModel)
export class FinancingViewResolver {
  constructor(private readonly financingViewService: FinancingViewService) {}

  @Query(() => FinancingOverviewModel, {
    description:
      'Financing per pillar, owner organisation and cooperation partner on a date (default today): needed, secured, disbursed, the gap, late and not funded.',
  })
  financingOverview(@AsOfArg() asOf: string | undefined): Promise<FinancingOverviewModel> {
    return this.financingViewService.overview(asOf ?? todayInCasablanca());
  }
}
