import { Args, Query, Resolver } from '@nestjs/graphql';
import { ActionModel } from '../action/action.model';
import { CurrentUser } from '../../common/access/current-user.decorator';
import { OrganisationService } from '../organisation/organisation.service';
import { AuthenticatedUser } from '../../common/access/authenticated-user';
import { ActionsArgs } from './dto/actions.args';
import { MyActionsArgs } from './dto/my-actions.args';
import { todayInCasablanca } from '../../common/clock';
import { AsOfArgs } from '../tracking/dto/as-of.args';
import { DashboardModel } from './dashboard.model';
import { DashboardService } from './dashboard.service';

@Resolver(() => DashboardModel)
export class DashboardResolver {
  constructor(
    private readonly dashboardService: DashboardService,
    private readonly organisationService: OrganisationService,
  ) {}

  @Query(() => DashboardModel, { description: 'Totals, per pillar and per owner organisation, as of a date (default today in Casablanca).' })
  dashboard(@Args() { asOf }: AsOfArgs): Promise<DashboardModel> {
    return this.dashboardService.dashboard(asOf ?? todayInCasablanca());
  }

  @Query(() => [ActionModel], { description: 'The plan’s actions narrowed by a combined filter (plan order); health and status are those on asOf.' })
  actions(@Args() { asOf, filter, limit, offset }: ActionsArgs): Promise<ActionModel[]> {
    return this.dashboardService.actions(filter ?? {}, asOf ?? todayInCasablanca(), { limit, offset });
  }

  @Query(() => [ActionModel], {
    description:
      'Actions an organisation owns, most urgent first: overdue, at risk, due within 90 days, stale, deadline to set, on track, done, cancelled. Default: the signed-in editor’s organisation.',
  })
  async myActions(@Args() { asOf, organisationKey, limit, offset }: MyActionsArgs, @CurrentUser() user: AuthenticatedUser): Promise<ActionModel[]> {
    let organisationId = user.organisationId;
    if (organisationKey) {
      organisationId = (await this.organisationService.getByKey(organisationKey)).id;
    }
    if (organisationId === null) return [];
    return this.dashboardService.actionsOwnedBy(organisationId, asOf ?? todayInCasablanca(), { limit, offset });
  }
}
