import { Args, Context, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { AuthenticatedUser } from '../../common/access/authenticated-user';
import { CurrentUser } from '../../common/access/current-user.decorator';
import { todayInCasablanca } from '../../common/clock';
import { GraphqlContext } from '../../common/request-loaders';
import { ActionModel } from '../action/action.model';
import { PARTICIPANTS_BY_ACTION } from '../action/action.loaders';
import { ActionService } from '../action/action.service';
import { ORGANISATION_BY_ID } from '../organisation/organisation.loaders';
import { OrganisationService } from '../organisation/organisation.service';
import { AsOfArg } from '../tracking/dto/as-of.args';
import { DecideRevisionRequestInput } from './dto/decide-revision-request.input';
import { DependencyInput } from './dto/dependency.input';
import { RequestRevisionInput } from './dto/request-revision.input';
import { ReviseActionInput } from './dto/revise-action.input';
import { SetDeadlinesInput } from './dto/set-deadlines.input';
import { DependencyService } from './dependency.service';
import { LINKS_BY_ACTION, REQUESTS_BY_ACTION, REVISIONS_BY_ACTION } from './revision.loaders';
import { DependencyModel, PlanInForceModel, RevisionModel, RevisionRequestModel } from './revision.model';
import { RevisionService } from './revision.service';

/** Re-planning on the Action type, and the mutations of revisions, requests and dependencies (rules in the services). */
@Resolver(() => ActionModel)
export class RevisionResolver {
  constructor(
    private readonly revisionService: RevisionService,
    private readonly dependencyService: DependencyService,
    private readonly actionService: ActionService,
    private readonly organisationService: OrganisationService,
  ) {}

  @Query(() => [RevisionRequestModel], {
    name: 'revisionRequests',
    description:
      'Revision requests, newest first (pending only by default): all for the secretariat, an editor’s organisation’s for editors; FORBIDDEN for viewers.',
  })
  revisionRequestQueue(
    @CurrentUser() user: AuthenticatedUser,
    @Args('pendingOnly', { type: () => Boolean, defaultValue: true }) pendingOnly: boolean,
    @Args('limit', { type: () => Int, defaultValue: 200 }) limit: number,
  ): Promise<RevisionRequestModel[]> {
    return this.revisionService.requests(user, pendingOnly, Math.min(Math.max(limit, 1), 500));
  }

  @Mutation(() => RevisionRequestModel, {
    description:
      'An owner’s editor asks to change an action (nothing changes before approval). Fails with FORBIDDEN, VERSION_CONFLICT, JUSTIFICATION_REQUIRED, INVALID_REVISION, ORGANISATION_NOT_FOUND, ACTION_NOT_FOUND.',
  })
  requestRevision(@Args('input') input: RequestRevisionInput, @CurrentUser() user: AuthenticatedUser): Promise<RevisionRequestModel> {
    return this.revisionService.request(user, input);
  }

  @Mutation(() => RevisionRequestModel, {
    description:
      'The secretariat approves a pending request: in force from today. Fails with FORBIDDEN, REVISION_REQUEST_NOT_FOUND, REVISION_REQUEST_DECIDED, REVISION_REQUEST_STALE (the action changed since), JUSTIFICATION_REQUIRED (no comment).',
  })
  approveRevisionRequest(@Args('input') input: DecideRevisionRequestInput, @CurrentUser() user: AuthenticatedUser): Promise<RevisionRequestModel> {
    return this.revisionService.approve(user, input);
  }

  @Mutation(() => RevisionRequestModel, {
    description:
      'The secretariat rejects a pending request with a comment: nothing changes. Fails with FORBIDDEN, REVISION_REQUEST_NOT_FOUND, REVISION_REQUEST_DECIDED.',
  })
  rejectRevisionRequest(@Args('input') input: DecideRevisionRequestInput, @CurrentUser() user: AuthenticatedUser): Promise<RevisionRequestModel> {
    return this.revisionService.reject(user, input);
  }

  @Mutation(() => ActionModel, {
    description:
      'The secretariat revises an action directly, with a justification. Fails with FORBIDDEN, VERSION_CONFLICT, JUSTIFICATION_REQUIRED, INVALID_REVISION.',
  })
  async reviseAction(@Args('input') input: ReviseActionInput, @CurrentUser() user: AuthenticatedUser): Promise<ActionModel> {
    await this.revisionService.revise(user, input);
    return this.actionService.getByRef(input.ref);
  }

  @Mutation(() => Int, {
    description:
      'The secretariat sets many deadlines at once, all or none; returns how many. Fails with FORBIDDEN, VERSION_CONFLICT, INVALID_REVISION, JUSTIFICATION_REQUIRED.',
  })
  setDeadlines(@Args('input') input: SetDeadlinesInput, @CurrentUser() user: AuthenticatedUser): Promise<number> {
    return this.revisionService.setDeadlines(user, input);
  }

  @Mutation(() => ActionModel, {
    description: 'The secretariat links two actions (the dependent waits for the predecessor). DEPENDENCY_CYCLE, FORBIDDEN, ACTION_NOT_FOUND.',
  })
  async addActionDependency(@Args('input') input: DependencyInput, @CurrentUser() user: AuthenticatedUser): Promise<ActionModel> {
    await this.dependencyService.add(user, input);
    return this.actionService.getByRef(input.dependentRef);
  }

  @Mutation(() => ActionModel, { description: 'The secretariat removes a link. DEPENDENCY_NOT_FOUND, FORBIDDEN, ACTION_NOT_FOUND.' })
  async removeActionDependency(@Args('input') input: DependencyInput, @CurrentUser() user: AuthenticatedUser): Promise<ActionModel> {
    await this.dependencyService.remove(user, input);
    return this.actionService.getByRef(input.dependentRef);
  }

  @ResolveField(() => PlanInForceModel, {
    description: 'The definition in force on the date (default today): the adopted one with the revisions effective by then.',
  })
  async planInForce(@Parent() action: ActionModel, @AsOfArg() asOf: string | null, @Context() context: GraphqlContext): Promise<PlanInForceModel> {
    const keysOf = async (role: 'OWNER' | 'PARTNER') => {
      const links = await context.loaders.for(PARTICIPANTS_BY_ACTION, this.actionService, role).load(action.id);
      const organisations = await context.loaders.for(ORGANISATION_BY_ID, this.organisationService).loadMany(links.map((link) => link.organisationId));
      return organisations.map((organisation) => (organisation instanceof Error || !organisation ? '?' : organisation.key));
    };
    const [revisions, ownerKeys, partnerKeys] = await Promise.all([
      context.loaders.for(REVISIONS_BY_ACTION, this.revisionService).load(action.id),
      keysOf('OWNER'),
      keysOf('PARTNER'),
    ]);
    return this.revisionService.planInForce(action, { ownerKeys, partnerKeys }, revisions, asOf ?? todayInCasablanca());
  }

  @ResolveField(() => [RevisionModel], { description: 'Every revision of its definition, in the order they apply (append-only).' })
  revisions(@Parent() action: ActionModel, @Context() context: GraphqlContext): Promise<RevisionModel[]> {
    return context.loaders.for(REVISIONS_BY_ACTION, this.revisionService).load(action.id);
  }

  @ResolveField(() => [RevisionRequestModel], { description: 'Requests to change it, newest first (with their decisions).' })
  revisionRequests(@Parent() action: ActionModel, @Context() context: GraphqlContext): Promise<RevisionRequestModel[]> {
    return context.loaders.for(REQUESTS_BY_ACTION, this.revisionService).load(action.id);
  }

  @ResolveField(() => [DependencyModel], { description: 'The actions it waits for.' })
  async predecessors(@Parent() action: ActionModel, @Context() context: GraphqlContext): Promise<DependencyModel[]> {
    return (await context.loaders.for(LINKS_BY_ACTION, this.dependencyService).load(action.id)).predecessors;
  }

  @ResolveField(() => [DependencyModel], { description: 'The actions that wait for it.' })
  async dependents(@Parent() action: ActionModel, @Context() context: GraphqlContext): Promise<DependencyModel[]> {
    return (await context.loaders.for(LINKS_BY_ACTION, this.dependencyService).load(action.id)).dependents;
  }
}
