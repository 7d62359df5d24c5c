import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { AuthenticatedUser } from '../../common/access/authenticated-user';
import { CurrentUser } from '../../common/access/current-user.decorator';
import { todayInCasablanca } from '../../common/clock';
import { GraphqlContext } from '../../common/request-loaders';
import { ActionModel } from '../action/action.model';
import { ActionService } from '../action/action.service';
import { ORGANISATION_BY_ID } from '../organisation/organisation.loaders';
import { OrganisationModel } from '../organisation/organisation.model';
import { OrganisationService } from '../organisation/organisation.service';
import { AsOfArg } from '../tracking/dto/as-of.args';
import { ACTIVE_EDITORS_BY_ORGANISATION } from '../user/user.loaders';
import { UserService } from '../user/user.service';
import { DecisionService } from './decision.service';
import { RecordDecisionInput } from './dto/record-decision.input';
import { RecordSessionInput } from './dto/record-session.input';
import { UpdateDecisionStatusInput } from './dto/update-decision-status.input';
import { SessionService } from './session.service';
import { SteeringDecisionModel, SteeringSessionModel } from './steering.model';

const organisationsOf = async (ids: readonly number[], service: OrganisationService, context: GraphqlContext) =>
  (await context.loaders.for(ORGANISATION_BY_ID, service).loadMany(ids)).filter((o): o is OrganisationModel => !!o && !(o instanceof Error));

/** Steering sessions, their decisions and the follow-up of decisions (rules and rights in the services). */
@Resolver(() => SteeringSessionModel)
export class SteeringResolver {
  constructor(
    private readonly sessionService: SessionService,
    private readonly decisionService: DecisionService,
    private readonly organisationService: OrganisationService,
  ) {}

  @Query(() => [SteeringSessionModel], { description: 'Sessions of the CSNCA and its committees, latest first, each with its "since" date.' })
  steeringSessions(): Promise<SteeringSessionModel[]> {
    return this.sessionService.list();
  }

  @Query(() => SteeringSessionModel, { description: 'One session. STEERING_SESSION_NOT_FOUND.' })
  steeringSession(@Args('id', { type: () => ID }) id: string): Promise<SteeringSessionModel> {
    return this.sessionService.get(Number(id) || 0);
  }

  @Query(() => [SteeringDecisionModel], {
    description: 'Decisions followed up by an organisation (default: the signed-in editor’s), with their state and health on the date: "My actions".',
  })
  async myDecisions(
    @CurrentUser() user: AuthenticatedUser,
    @AsOfArg() asOf: string | null,
    @Args('organisationKey', { type: () => String, nullable: true }) organisationKey: string | null,
  ): Promise<SteeringDecisionModel[]> {
    const organisationId = organisationKey ? (await this.organisationService.getByKey(organisationKey)).id : user.organisationId;
    if (organisationId === null) return [];
    return this.decisionService.list(user, { responsibleOrganisationId: organisationId }, asOf ?? todayInCasablanca());
  }

  @Mutation(() => SteeringSessionModel, { description: 'The secretariat records a session. FORBIDDEN, INVALID_SESSION, ORGANISATION_NOT_FOUND.' })
  recordSteeringSession(@Args('input') input: RecordSessionInput, @CurrentUser() user: AuthenticatedUser): Promise<SteeringSessionModel> {
    return this.sessionService.record(user, input);
  }

  @Mutation(() => SteeringDecisionModel, {
    description:
      'The secretariat records a decision of a session; it may approve or reject pending revision requests (re-planning’s rules, citing the session). FORBIDDEN, STEERING_SESSION_NOT_FOUND, INVALID_DECISION, ORGANISATION_NOT_FOUND, ACTION_NOT_FOUND, REVISION_REQUEST_NOT_FOUND, REVISION_REQUEST_DECIDED, REVISION_REQUEST_STALE.',
  })
  recordSteeringDecision(@Args('input') input: RecordDecisionInput, @CurrentUser() user: AuthenticatedUser): Promise<SteeringDecisionModel> {
    return this.decisionService.record(user, input);
  }

  @Mutation(() => SteeringDecisionModel, {
    description:
      'The follow-up of a decision with a due date, by its responsible organisation’s editors or the secretariat. FORBIDDEN, DECISION_NOT_FOUND, INVALID_DECISION (not followed up), VERSION_CONFLICT, INVALID_PROGRESS, COMMENT_REQUIRED, REASON_REQUIRED, INVALID_EFFECTIVE_DATE.',
  })
  updateDecisionStatus(@Args('input') input: UpdateDecisionStatusInput, @CurrentUser() user: AuthenticatedUser): Promise<SteeringDecisionModel> {
    return this.decisionService.updateStatus(user, input);
  }

  @ResolveField(() => [OrganisationModel], { description: 'The organisations that attended.' })
  attendingOrganisations(@Parent() session: SteeringSessionModel, @Context() context: GraphqlContext): Promise<OrganisationModel[]> {
    return organisationsOf(session.attendeeIds, this.organisationService, context);
  }

  @ResolveField(() => [SteeringDecisionModel], { description: 'Its decisions and recommendations, with their follow-up on the date.' })
  decisions(@Parent() session: SteeringSessionModel, @CurrentUser() user: AuthenticatedUser, @AsOfArg() asOf: string | null): Promise<SteeringDecisionModel[]> {
    return this.decisionService.list(user, { sessionIds: [session.id] }, asOf ?? todayInCasablanca());
  }
}

@Resolver(() => SteeringDecisionModel)
export class SteeringDecisionFieldsResolver {
  constructor(
    private readonly organisationService: OrganisationService,
    private readonly actionService: ActionService,
    private readonly userService: UserService,
  ) {}

  @ResolveField(() => OrganisationModel, { nullable: true, description: 'The organisation that follows it up.' })
  async responsibleOrganisation(@Parent() decision: SteeringDecisionModel, @Context() context: GraphqlContext): Promise<OrganisationModel | null> {
    if (decision.responsibleOrganisationId === null) return null;
    return (await context.loaders.for(ORGANISATION_BY_ID, this.organisationService).load(decision.responsibleOrganisationId)) ?? null;
  }

  @ResolveField(() => Boolean, {
    description:
      'Whether it is followed up (a due date) by an organisation that has no active editor account: nobody there can record its follow-up, only the secretariat.',
  })
  async responsibleWithoutEditor(@Parent() decision: SteeringDecisionModel, @Context() context: GraphqlContext): Promise<boolean> {
    if (decision.dueDate === null || decision.responsibleOrganisationId === null) return false;
    return (await context.loaders.for(ACTIVE_EDITORS_BY_ORGANISATION, this.userService).load(decision.responsibleOrganisationId)) === 0;
  }

  @ResolveField(() => [OrganisationModel], { description: 'The organisations it concerns.' })
  organisations(@Parent() decision: SteeringDecisionModel, @Context() context: GraphqlContext): Promise<OrganisationModel[]> {
    return organisationsOf(decision.organisationIds, this.organisationService, context);
  }

  @ResolveField(() => [ActionModel], { description: 'The actions it concerns.' })
  actions(@Parent() decision: SteeringDecisionModel): Promise<ActionModel[]> {
    return this.actionService.byIds(decision.actionIds);
  }
}
