import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { GraphqlContext } from '../../common/request-loaders';
import { ActionModel } from '../action/action.model';
import { ActionService } from '../action/action.service';
import { ORGANISATION_BY_ID } from '../organisation/organisation.loaders';
import { OrganisationModel } from '../organisation/organisation.model';
import { OrganisationService } from '../organisation/organisation.service';
import { AuthorModel } from '../user/author.model';
import { AUTHOR_BY_ID } from '../user/user.loaders';
import { UserService } from '../user/user.service';
import { DependencyModel, RevisionModel, RevisionRequestModel } from './revision.model';

async function actionOf(actionService: ActionService, id: number): Promise<ActionModel> {
  const [action] = await actionService.byIds([id]);
  return action;
}

@Resolver(() => RevisionRequestModel)
export class RevisionRequestFieldsResolver {
  constructor(
    private readonly actionService: ActionService,
    private readonly userService: UserService,
    private readonly organisationService: OrganisationService,
  ) {}

  @ResolveField(() => ActionModel)
  action(@Parent() request: RevisionRequestModel): Promise<ActionModel> {
    return actionOf(this.actionService, request.actionId);
  }

  @ResolveField(() => AuthorModel, { nullable: true })
  requestedBy(@Parent() request: RevisionRequestModel, @Context() context: GraphqlContext) {
    return context.loaders.for(AUTHOR_BY_ID, this.userService).load(request.requestedBy);
  }

  @ResolveField(() => AuthorModel, { nullable: true })
  decidedBy(@Parent() request: RevisionRequestModel, @Context() context: GraphqlContext) {
    return request.decidedBy === null ? null : context.loaders.for(AUTHOR_BY_ID, this.userService).load(request.decidedBy);
  }

  @ResolveField(() => OrganisationModel, { nullable: true, description: 'The requester’s organisation.' })
  organisation(@Parent() request: RevisionRequestModel, @Context() context: GraphqlContext) {
    return request.organisationId === null ? null : context.loaders.for(ORGANISATION_BY_ID, this.organisationService).load(request.organisationId);
  }
}

@Resolver(() => RevisionModel)
export class RevisionFieldsResolver {
  constructor(
    private readonly actionService: ActionService,
    private readonly userService: UserService,
  ) {}

  @ResolveField(() => ActionModel)
  action(@Parent() revision: RevisionModel): Promise<ActionModel> {
    return actionOf(this.actionService, revision.actionId);
  }

  @ResolveField(() => AuthorModel, { nullable: true })
  decidedBy(@Parent() revision: RevisionModel, @Context() context: GraphqlContext) {
    return context.loaders.for(AUTHOR_BY_ID, this.userService).load(revision.decidedBy);
  }
}

@Resolver(() => DependencyModel)
export class DependencyFieldsResolver {
  constructor(private readonly actionService: ActionService) {}

  @ResolveField(() => ActionModel, { description: 'The action that waits.' })
  dependent(@Parent() link: DependencyModel): Promise<ActionModel> {
    return actionOf(this.actionService, link.dependentId);
  }

  @ResolveField(() => ActionModel, { description: 'The action waited for.' })
  predecessor(@Parent() link: DependencyModel): Promise<ActionModel> {
    return actionOf(this.actionService, link.predecessorId);
  }
}
