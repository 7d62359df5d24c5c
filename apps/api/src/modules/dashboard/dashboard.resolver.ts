import { Args, Context, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CalendarDate } from '@pnq/domain';
import { GraphqlContext } from '../../common/request-loaders';
import { ActionService } from '../action/action.service';
import { TrackingService } from '../tracking/tracking.service';
import { SnapshotService } from '../snapshot/snapshot.service';
import { primeActionLoaders } from './prime-loaders';
import { ActionModel } from '../action/action.model';
import { CurrentUser } from '../../common/access/current-user.decorator';
import { OrganisationService } from '../organisation/organisation.service';
import { AuthenticatedUser } from '../../common/access/authenticated-user';
import { ActionsArgs } from './dto/actions.args';
import { MyActionsArgs } from './dto/my-actions.args';
import { todayInCasablanca } from '../../common/clock';
import { AsOfArgs } from '../tracking/dto/as-of.args';
import { DashboardModel, OrganisationRollUpModel, OverdueActionModel, OverdueGroupModel, PillarRollUpModel } from './dashboard.model';
import { OrganisationPageArgs, OverdueGroupsArgs, OverduePageArgs, PillarPageArgs } from './dto/roll-up-page.args';
import { ActionsPage, DashboardService } from './dashboard.service';

@Resolver(() => DashboardModel)
export class DashboardResolver {
  constructor(
    private readonly dashboardService: DashboardService,
    private readonly organisationService: OrganisationService,
    private readonly actionService: ActionService,
    private readonly trackingService: TrackingService,
    private readonly snapshotService: SnapshotService,
  ) {}

  @Query(() => DashboardModel, { description: 'Totals, per pillar and per owner organisation, as of a date (default today in Casablanca).' })
  dashboard(@Args() { asOf }: AsOfArgs): Promise<DashboardModel> {
    return this.dashboardService.dashboard(asOf ?? todayInCasablanca());
  }

  // The overview's lists are pages (with their totals): its answer keeps one size however large the plan grows.
  @ResolveField(() => [OverdueActionModel], { description: 'Overdue actions, the most late first: a page (the total is totals.overdue).' })
  overdueActions(@Parent() dashboard: DashboardModel, @Args() { limit, offset, groupBy }: OverduePageArgs): OverdueActionModel[] {
    const rows = groupBy
      ? dashboard.overdueGroups[groupBy].flatMap((group) => group.actions.map((action) => ({ ...action, groupKey: group.key })))
      : dashboard.overdueActions;
    return rows.slice(offset, offset + limit);
  }

  @ResolveField(() => [OverdueGroupModel], {
    description:
      'The overdue actions’ groups: by owner organisation (the most overdue first; an action with two owners counts in both; no owner last) or by pillar (plan order).',
  })
  overdueGroups(@Parent() dashboard: DashboardModel, @Args() { by }: OverdueGroupsArgs): OverdueGroupModel[] {
    return by ? dashboard.overdueGroups[by] : [];
  }

  @ResolveField(() => [PillarRollUpModel], { description: 'Pillars in plan order: a page (the total is pillarCount).' })
  byPillar(@Parent() dashboard: DashboardModel, @Args() { limit, offset }: PillarPageArgs): PillarRollUpModel[] {
    return dashboard.byPillar.slice(offset, offset + limit);
  }

  @ResolveField(() => [OrganisationRollUpModel], {
    description: 'Owner organisations, most overdue then most at risk first: a page (the total is organisationCount), or the ones named by keys.',
  })
  byOrganisation(@Parent() dashboard: DashboardModel, @Args() { limit, offset, keys }: OrganisationPageArgs): OrganisationRollUpModel[] {
    const rows = keys ? dashboard.byOrganisation.filter((row) => keys.includes(row.key)) : dashboard.byOrganisation;
    return rows.slice(offset, offset + limit);
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
      {
        actionService: this.actionService,
        trackingService: this.trackingService,
        organisationService: this.organisationService,
        snapshotService: this.snapshotService,
      },
      asOf,
      page,
    );
    return page.actions;
  }
}
