import { Args, Context, Query, Resolver } from '@nestjs/graphql';
import { CalendarDate } from '@pnq/domain';
import { GraphqlContext } from '../../common/request-loaders';
import { ActionService } from '../action/action.service';
import { TrackingService } from '../tracking/tracking.service';
import { primeActionLoaders } from './prime-loaders';
import { ActionModel } from '../action/action.model';
import { CurrentUser } from '../../common/access/current-user.decorator';
import { OrganisationService } from '../organisation/organisation.service';
import { AuthenticatedUser } from '../../common/access/authenticated-user';
import { ActionsArgs } from './dto/actions.args';
import { MyActionsArgs } from './dto/my-actions.args';
import { todayInCasablanca } from '../../common/clock';
import { AsOfArgs } from '../tracking/dto/as-of.args';
import { DashboardModel } from './dashboard.model';
import { ActionsPage, DashboardService } from './dashboard.service';

@Resolver(() => DashboardModel)
export class DashboardResolver {
  constructor(
    private readonly dashboardService: DashboardService,
    private readonly organisationService: OrganisationService,
    private readonly actionService: ActionService,
    private readonly trackingService: TrackingService,
  ) {}

  @Query(() => DashboardModel, { description: 'Totals, per pillar and per owner organisation, as of a date (default today in Casablanca).' })
  dashboard(@Args() { asOf }: AsOfArgs): Promise<DashboardModel> {
    return this.dashboardService.dashboard(asOf ?? todayInCasablanca());
  }

  @Query(() => [ActionModel], { description: 'The plan’s actions narrowed by a combined filter (plan order); health and status are those on asOf.' })
  async actions(@Args() { asOf, filter, limit, offset }: ActionsArgs, @Context() context: GraphqlContext): Promise<ActionModel[]> {
    const date = asOf ?? todayInCasablanca();
    return this.primed(context, date, await this.dashboardService.actionsPage(filter ?? {}, date, { limit, offset }));
  }

  @Query(() => [ActionModel], {
    description:
      'Actions an organisation owns, most urgent first: overdue, at risk, due within 90 days, stale, deadline to set, on track, done, cancelled. Default: the signed-in editor’s organisation.',
  })
  async myActions(
    @Args() { asOf, organisationKey, limit, offset }: MyActionsArgs,
    @CurrentUser() user: AuthenticatedUser,
    @Context() context: GraphqlContext,
  ): Promise<ActionModel[]> {
    let organisationId = user.organisationId;
    if (organisationKey) {
      organisationId = (await this.organisationService.getByKey(organisationKey)).id;
    }
    if (organisationId === null) return [];
    const date = asOf ?? todayInCasablanca();
    return this.primed(context, date, await this.dashboardService.actionsOwnedByPage(organisationId, date, { limit, offset }));
  }

  /** The page's actions, after handing what their snapshot holds to this request's loaders (see primeActionLoaders). */
  private primed(context: GraphqlContext, asOf: CalendarDate, page: ActionsPage): ActionModel[] {
    primeActionLoaders(
      context.loaders,
      { actionService: this.actionService, trackingService: this.trackingService, organisationService: this.organisationService },
      asOf,
      page,
    );
    return page.actions;
  }
}
