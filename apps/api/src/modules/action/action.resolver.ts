import { Args, Context, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { AuthenticatedUser } from '../../common/access/authenticated-user';
import { CurrentUser } from '../../common/access/current-user.decorator';
import { FieldResolverArgs, GraphqlContext } from '../../common/request-loaders';
import { ORGANISATION_BY_ID } from '../organisation/organisation.loaders';
import { OrganisationModel } from '../organisation/organisation.model';
import { OrganisationService } from '../organisation/organisation.service';
import { PROJECT_BY_ID } from '../plan/plan.loaders';
import { PlanModel } from '../plan/plan.model';
import { PlanService } from '../plan/plan.service';
import { ProjectModel } from '../plan/project.model';
import { ACTIONS_BY_PROJECT, OUTLINE_BY_ACTION, PARTICIPANTS_BY_ACTION, ROLE_COUNTS_BY_ORGANISATION } from './action.loaders';
import { ActionModel, ActionParticipantModel } from './action.model';
import { ActionRole } from './action.queries';
import { ActionOutline, ActionParticipant, ActionService } from './action.service';
import { UpdateActionDefinitionInput } from './dto/update-action-definition.input';

@Resolver(() => ActionModel)
export class ActionResolver {
  constructor(
    private readonly actionService: ActionService,
    private readonly organisationService: OrganisationService,
    private readonly planService: PlanService,
  ) {}

  @ResolveField(() => ProjectModel, { description: 'The project the action belongs to (then its axis and pillar).' })
  project(@Parent() action: ActionModel, @Context() context: GraphqlContext) {
    return context.loaders.for(PROJECT_BY_ID, this.planService).load(action.projectId);
  }

  @Query(() => ActionModel, { description: 'One action by its plan-wide reference, e.g. "1-2.1.1". Fails with ACTION_NOT_FOUND.' })
  action(@Args('ref') ref: string): Promise<ActionModel> {
    return this.actionService.getByRef(ref);
  }

  @Mutation(() => ActionModel, {
    description:
      'Corrects an action’s title, deadline, weight, owners or partners (admins only). Fails with FORBIDDEN, ACTION_NOT_FOUND, ORGANISATION_NOT_FOUND.',
  })
  async updateActionDefinition(@Args('input') input: UpdateActionDefinitionInput, @CurrentUser() user: AuthenticatedUser): Promise<ActionModel> {
    await this.actionService.updateDefinition(user, input);
    return this.actionService.getByRef(input.ref);
  }

  // owners, partners: fast field resolvers (no parameter decorators, see FieldResolverArgs), asked for every row of a list.
  @ResolveField(() => [OrganisationModel], { description: 'Responsable / Pilote organisations.' })
  async owners(...[action, , context]: FieldResolverArgs<ActionModel>): Promise<OrganisationModel[]> {
    return this.organisationsOf((await this.outlineOf(action, context)).ownerIds, context);
  }

  @ResolveField(() => [OrganisationModel])
  async partners(...[action, , context]: FieldResolverArgs<ActionModel>): Promise<OrganisationModel[]> {
    return this.organisationsOf((await this.outlineOf(action, context)).partnerIds, context);
  }

  @ResolveField(() => [ActionParticipantModel], { description: 'Owners then partners, with names as printed.' })
  async participants(@Parent() action: ActionModel, @Context() context: GraphqlContext): Promise<ActionParticipantModel[]> {
    const rows = [...(await this.participantsOf(action, 'OWNER', context)), ...(await this.participantsOf(action, 'PARTNER', context))];
    const organisations = await this.organisationsOf(
      rows.map((row) => row.organisationId),
      context,
    );
    return rows.map((row, index) => Object.assign(new ActionParticipantModel(), row, { organisation: organisations[index] }));
  }

  private participantsOf(action: ActionModel, role: ActionRole, context: GraphqlContext): Promise<ActionParticipant[]> {
    return context.loaders.for(PARTICIPANTS_BY_ACTION, this.actionService, role).load(action.id);
  }

  /** Its outline: parties in order, deadline, version (a list found through the snapshot has it already, see primeActionLoaders). */
  private outlineOf(action: ActionModel, context: GraphqlContext): ActionOutline | Promise<ActionOutline> {
    return context.loaders.get(OUTLINE_BY_ACTION, this.actionService, action.id);
  }

  private async organisationsOf(ids: number[], context: GraphqlContext): Promise<OrganisationModel[]> {
    const organisations = await context.loaders.for(ORGANISATION_BY_ID, this.organisationService).loadMany(ids);
    return organisations.filter((o): o is OrganisationModel => o !== undefined && !(o instanceof Error));
  }
}

@Resolver(() => ProjectModel)
export class ProjectActionsResolver {
  constructor(private readonly actionService: ActionService) {}

  @ResolveField(() => [ActionModel])
  actions(@Parent() project: ProjectModel, @Context() context: GraphqlContext): Promise<ActionModel[]> {
    return context.loaders.for(ACTIONS_BY_PROJECT, this.actionService).load(project.id);
  }
}

/** The plan's action count: actions are this module's. */
@Resolver(() => PlanModel)
export class PlanActionCountResolver {
  constructor(private readonly actionService: ActionService) {}

  @ResolveField(() => Int)
  actionCount(): Promise<number> {
    return this.actionService.count();
  }
}

/** How many actions an organisation owns or partners: the links are this module's. */
@Resolver(() => OrganisationModel)
export class OrganisationActionCountsResolver {
  constructor(private readonly actionService: ActionService) {}

  // Fast field resolvers (see FieldResolverArgs): asked for every organisation of a list.
  @ResolveField(() => Int, { description: 'Actions this organisation is responsible for (Responsable / Pilote).' })
  async ownedActionCount(...[organisation, , context]: FieldResolverArgs<OrganisationModel>): Promise<number> {
    return (await context.loaders.for(ROLE_COUNTS_BY_ORGANISATION, this.actionService).load(organisation.id)).owned;
  }

  @ResolveField(() => Int, { description: 'Actions this organisation is a partner of.' })
  async partnerActionCount(...[organisation, , context]: FieldResolverArgs<OrganisationModel>): Promise<number> {
    return (await context.loaders.for(ROLE_COUNTS_BY_ORGANISATION, this.actionService).load(organisation.id)).partner;
  }
}
