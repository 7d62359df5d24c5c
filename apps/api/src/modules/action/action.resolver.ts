import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { assertAdmin } from '../auth/assert-admin';
import { CurrentUser } from '../auth/current-user.decorator';
import { AuthenticatedUser } from '../user/authenticated-user';
import { UpdateActionDefinitionInput } from './dto/update-action-definition.input';
import { GraphqlContext } from '../../common/request-loaders';
import { OrganisationModel } from '../organisation/organisation.model';
import { OrganisationService } from '../organisation/organisation.service';
import { PlanService } from '../plan/plan.service';
import { ProjectModel } from '../plan/project.model';
import { ActionOrganisationEntity, ActionRole } from './action-organisation.entity';
import { ActionNotFoundError } from './action.errors';
import { ActionModel, ActionParticipantModel } from './action.model';
import { ActionService } from './action.service';

@Resolver(() => ActionModel)
export class ActionResolver {
  constructor(
    private readonly actionService: ActionService,
    private readonly organisationService: OrganisationService,
    private readonly planService: PlanService,
  ) {}

  @ResolveField(() => ProjectModel, { description: 'The project the action belongs to (then its axis and pillar).' })
  project(@Parent() action: ActionModel, @Context() context: GraphqlContext) {
    return context.loaders.get<number, ProjectModel | undefined>('projectById', (ids) => this.planService.projectsByIds(ids)).load(action.projectId);
  }

  @Query(() => ActionModel, { description: 'One action by its plan-wide reference, e.g. "1-2.1.1". Fails with ACTION_NOT_FOUND.' })
  async action(@Args('ref') ref: string): Promise<ActionModel> {
    const action = await this.actionService.findByRef(ref);
    if (!action) throw new ActionNotFoundError(ref);
    return action;
  }

  @Mutation(() => ActionModel, { description: 'Corrects an action’s title, deadline, weight, owners or partners (admins only). Fails with FORBIDDEN, ACTION_NOT_FOUND, ORGANISATION_NOT_FOUND.' })
  async updateActionDefinition(@Args('input') input: UpdateActionDefinitionInput, @CurrentUser() user: AuthenticatedUser): Promise<ActionModel> {
    assertAdmin(user, 'change the plan’s structure');
    await this.actionService.updateDefinition(user, input);
    return (await this.actionService.findByRef(input.ref))!;
  }

  @ResolveField(() => [OrganisationModel], { description: 'Responsable / Pilote organisations.' })
  async owners(@Parent() action: ActionModel, @Context() context: GraphqlContext): Promise<OrganisationModel[]> {
    return this.organisationsOf(await this.participantsOf(action, 'OWNER', context), context);
  }

  @ResolveField(() => [OrganisationModel])
  async partners(@Parent() action: ActionModel, @Context() context: GraphqlContext): Promise<OrganisationModel[]> {
    return this.organisationsOf(await this.participantsOf(action, 'PARTNER', context), context);
  }

  @ResolveField(() => [ActionParticipantModel], { description: 'Owners then partners, with names as printed.' })
  async participants(@Parent() action: ActionModel, @Context() context: GraphqlContext): Promise<ActionParticipantModel[]> {
    const rows = [
      ...(await this.participantsOf(action, 'OWNER', context)),
      ...(await this.participantsOf(action, 'PARTNER', context)),
    ];
    const organisations = await this.organisationsOf(rows, context);
    return rows.map((row, index) => Object.assign(new ActionParticipantModel(), row, { organisation: organisations[index] }));
  }

  private participantsOf(action: ActionModel, role: ActionRole, context: GraphqlContext) {
    return context.loaders
      .get<number, ActionOrganisationEntity[]>(`participantsByAction:${role}`, (ids) =>
        this.actionService.participantsByActionIds(ids, role),
      )
      .load(action.id);
  }

  private async organisationsOf(rows: ActionOrganisationEntity[], context: GraphqlContext): Promise<OrganisationModel[]> {
    const loader = context.loaders.get<number, OrganisationModel | undefined>('organisationById', (ids) =>
      this.organisationService.byIds(ids),
    );
    const organisations = await loader.loadMany(rows.map((row) => row.organisationId));
    return organisations.filter((o): o is OrganisationModel => o !== undefined && !(o instanceof Error));
  }
}

@Resolver(() => ProjectModel)
export class ProjectActionsResolver {
  constructor(private readonly actionService: ActionService) {}

  @ResolveField(() => [ActionModel])
  actions(@Parent() project: ProjectModel, @Context() context: GraphqlContext): Promise<ActionModel[]> {
    return context.loaders
      .get<number, ActionModel[]>('actionsByProject', (ids) => this.actionService.byProjectIds(ids))
      .load(project.id);
  }
}
