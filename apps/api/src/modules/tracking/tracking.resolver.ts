import { Args, Context, Int, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { ApiTokenScoped } from '../../common/access/api-token-scope.decorator';
import { ActionState, canUpdateActionStatus, CalendarDate } from '@pnq/domain';
import { todayInCasablanca } from '../../common/clock';
import { FieldResolverArgs, GraphqlContext, thenOf } from '../../common/request-loaders';
import { CalendarDateScalar } from '../../common/scalars/calendar-date.scalar';
import { OUTLINE_BY_ACTION } from '../action/action.loaders';
import { ActionModel } from '../action/action.model';
import { ActionService } from '../action/action.service';
import { CurrentUser } from '../../common/access/current-user.decorator';
import { AuthenticatedUser } from '../../common/access/authenticated-user';
import { AUTHOR_BY_ID } from '../user/user.loaders';
import { AuthorModel } from '../user/author.model';
import { UserService } from '../user/user.service';
import { AsOfFieldArgs, WithAsOfArgument } from './dto/as-of.args';
import { AddActionCommentInput } from './dto/add-action-comment.input';
import { UpdateActionStatusInput } from './dto/update-action-status.input';
import { ActionCommentModel, ActionStatusEnum, StatusUpdateModel } from './tracking.model';
import { COMMENTS_BY_ACTION, HISTORY_BY_ACTION, STATE_BY_ACTION } from './tracking.loaders';
import { TrackingService } from './tracking.service';

@Resolver(() => ActionModel)
export class TrackingResolver {
  constructor(
    private readonly trackingService: TrackingService,
    private readonly actionService: ActionService,
  ) {}

  @ApiTokenScoped('UPDATE_STATUS')
  @Mutation(() => ActionModel, {
    description:
      'Appends a status update to an action’s history. Fails with FORBIDDEN (not an owner), VERSION_CONFLICT (someone updated it since expectedVersion; nothing saved), INVALID_PROGRESS, COMMENT_REQUIRED, REASON_REQUIRED, INVALID_EFFECTIVE_DATE, ACTION_NOT_FOUND.',
  })
  async updateActionStatus(@Args('input') input: UpdateActionStatusInput, @CurrentUser() user: AuthenticatedUser): Promise<ActionModel> {
    await this.trackingService.updateActionStatus(user, input);
    return this.actionService.getByRef(input.ref);
  }

  @Mutation(() => ActionModel, {
    description: 'Adds a comment with evidence links (owners, partners, admins). Fails with FORBIDDEN, COMMENT_REQUIRED, ACTION_NOT_FOUND.',
  })
  async addActionComment(@Args('input') input: AddActionCommentInput, @CurrentUser() user: AuthenticatedUser): Promise<ActionModel> {
    await this.trackingService.addComment(user, input);
    return this.actionService.getByRef(input.ref);
  }

  @ResolveField(() => [ActionCommentModel], { description: 'Comments and evidence, newest first.' })
  comments(@Parent() action: ActionModel, @Context() context: GraphqlContext): Promise<ActionCommentModel[]> {
    return context.loaders.for(COMMENTS_BY_ACTION, this.trackingService).load(action.id);
  }

  // The state fields are fast field resolvers (see FieldResolverArgs): a list asks them on every row, and a list found
  // through the snapshot already holds their state (primed: answered without a promise).
  @ResolveField(() => ActionStatusEnum, { description: 'Status on the date (default today).' })
  @WithAsOfArgument()
  status(...[action, { asOf }, context]: FieldResolverArgs<ActionModel, AsOfFieldArgs>) {
    return thenOf(this.stateOf(action, asOf, context), (state) => state.status);
  }

  @ResolveField(() => Int, { description: 'Progress 0–100 on the date (default today).' })
  @WithAsOfArgument()
  progress(...[action, { asOf }, context]: FieldResolverArgs<ActionModel, AsOfFieldArgs>) {
    return thenOf(this.stateOf(action, asOf, context), (state) => state.progress);
  }

  @ResolveField(() => CalendarDateScalar, { nullable: true, description: 'Effective date of the latest update by the date.' })
  @WithAsOfArgument()
  lastUpdateDate(...[action, { asOf }, context]: FieldResolverArgs<ActionModel, AsOfFieldArgs>) {
    return thenOf(this.stateOf(action, asOf, context), (state) => state.lastUpdateDate);
  }

  @ResolveField(() => CalendarDateScalar, {
    nullable: true,
    description:
      'Due date of the adopted deadline (the baseline: 31 Dec of the (last) year); none for recurring or TBD. In force on a date: healthDetail.dueDate, planInForce.',
  })
  dueDate(@Parent() action: ActionModel): string | null {
    return action.deadline.dueDate;
  }

  @ResolveField(() => [StatusUpdateModel], { description: 'The whole history, latest effective first.' })
  history(@Parent() action: ActionModel, @Context() context: GraphqlContext): Promise<StatusUpdateModel[]> {
    return context.loaders.for(HISTORY_BY_ACTION, this.trackingService).load(action.id);
  }

  @ResolveField(() => Boolean, { description: 'Whether the signed-in user may update this action’s status (the server enforces it either way).' })
  async viewerCanUpdate(@Parent() action: ActionModel, @CurrentUser() user: AuthenticatedUser, @Context() context: GraphqlContext) {
    const outline = await context.loaders.for(OUTLINE_BY_ACTION, this.actionService).load(action.id);
    return canUpdateActionStatus(user, outline);
  }

  private stateOf(action: ActionModel, asOf: CalendarDate | null | undefined, context: GraphqlContext): ActionState | Promise<ActionState> {
    return context.loaders.get(STATE_BY_ACTION, this.trackingService, action.id, asOf ?? todayInCasablanca());
  }
}

function authorOf(userService: UserService, authorId: number, context: GraphqlContext) {
  return context.loaders.for(AUTHOR_BY_ID, userService).load(authorId);
}

@Resolver(() => StatusUpdateModel)
export class StatusUpdateResolver {
  constructor(private readonly userService: UserService) {}

  @ResolveField(() => AuthorModel, { nullable: true })
  author(@Parent() update: StatusUpdateModel, @Context() context: GraphqlContext) {
    return authorOf(this.userService, update.authorId, context);
  }
}

@Resolver(() => ActionCommentModel)
export class ActionCommentResolver {
  constructor(private readonly userService: UserService) {}

  @ResolveField(() => AuthorModel, { nullable: true })
  author(@Parent() comment: ActionCommentModel, @Context() context: GraphqlContext) {
    return authorOf(this.userService, comment.authorId, context);
  }
}
