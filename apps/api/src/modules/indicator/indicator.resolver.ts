import { Context, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { GraphqlContext } from '../../common/request-loaders';
import { NationalIndicatorModel, NationalIndicatorValueModel } from './indicator.model';
import { IndicatorService } from './indicator.service';

@Resolver(() => NationalIndicatorModel)
export class NationalIndicatorResolver {
  constructor(private readonly indicatorService: IndicatorService) {}

  @Query(() => [NationalIndicatorModel], { description: 'National quality-infrastructure figures with their dated values.' })
  nationalIndicators(): Promise<NationalIndicatorModel[]> {
    return this.indicatorService.listNational();
  }

  @ResolveField(() => [NationalIndicatorValueModel], { description: 'Dated values, oldest first.' })
  values(@Parent() indicator: NationalIndicatorModel, @Context() context: GraphqlContext) {
    return context.loaders
      .get<number, NationalIndicatorValueModel[]>('nationalValuesByIndicator', (ids) =>
        this.indicatorService.nationalValuesByIndicatorIds(ids),
      )
      .load(indicator.id);
  }
}
