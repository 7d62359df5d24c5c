import { Args, Context, Int, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { ActionState, canUpdateActionStatus, CalendarDate, Health } from '@pnq/domain';
import { todayInCasablanca } from '../../common/clock';
import { GraphqlContext } from '../../common/request-loaders';
import { CalendarDateScalar } from '../../common/scalars/calendar-date.scalar';
import { ActionModel } from '../action/action.model';
import { ActionOutline, ActionService } from '../action/action.service';
import { ActionNotFoundError } from '../action/action.errors';
import { CurrentUser } from '../auth/current-user.decorator';
import { AuthenticatedUser } from '../user/authenticated-user';
import { UserModel } from '../user/user.model';
import { UserService } from '../user/user.service';
import { AsOfArgs } from './dto/as-of.args';
import { AddActionCommentInput } from './dto/add-action-comment.input';
import { UpdateActionStatusInput } from './dto/update-action-status.input';
import { ActionCommentModel, ActionStatusEnum, HealthDetailModel, HealthEnum, StatusUpdateModel } from './tracking.model';
import { TrackingService } from './tracking.service';

@Resolver(() => ActionModel)
export class TrackingResolver {
  constructor(
    private readonly trackingService: TrackingService,
    private readonly actionService: ActionService,
  ) {}

  @Mutation(() => ActionModel, {
    description:
      'Appends a status update to an action’s history. Fails with FORBIDDEN (not an owner), VERSION_CONFLICT (someone updated it since expectedVersion; nothing saved), INVALID_PROGRESS, COMMENT_REQUIRED, REASON_REQUIRED, INVALID_EFFECTIVE_DATE, ACTION_NOT_FOUND.',
  })
  async updateActionStatus(@Args('input') input: UpdateActionStatusInput, @CurrentUser() user: AuthenticatedUser): Promise<ActionModel> {
    await this.trackingService.updateActionStatus(user, input);
    const action = await this.actionService.findByRef(input.ref);
    if (!action) throw new ActionNotFoundError(input.ref);
    return action;
  }

  @Mutation(() => ActionModel, { description: 'Adds a comment with evidence links (owners, partners, admins). Fails with FORBIDDEN, COMMENT_REQUIRED, ACTION_NOT_FOUND.' })
  async addActionComment(@Args('input') input: AddActionCommentInput, @CurrentUser() user: AuthenticatedUser): Promise<ActionModel> {
    await this.trackingService.addComment(user, input);
    return (await this.actionService.findByRef(input.ref))!;
  }

  @ResolveField(() => [ActionCommentModel], { description: 'Comments and evidence, newest first.' })
  comments(@Parent() action: ActionModel, @Context() context: GraphqlContext): Promise<ActionCommentModel[]> {
    return context.loaders
      .get<number, ActionCommentModel[]>('commentsByAction', (ids) => this.trackingService.commentsByActionIds(ids))
      .load(action.id);
  }

  @ResolveField(() => ActionStatusEnum, { description: 'Status on the date (default today).' })
  async status(@Parent() action: ActionModel, @Args() { asOf }: AsOfArgs, @Context() context: GraphqlContext) {
    return (await this.stateOf(action, asOf, context)).status;
  }

  @ResolveField(() => Int, { description: 'Progress 0–100 on the date (default today).' })
  async progress(@Parent() action: ActionModel, @Args() { asOf }: AsOfArgs, @Context() context: GraphqlContext) {
    return (await this.stateOf(action, asOf, context)).progress;
  }

  @ResolveField(() => CalendarDateScalar, { nullable: true, description: 'Effective date of the latest update by the date.' })
  async lastUpdateDate(@Parent() action: ActionModel, @Args() { asOf }: AsOfArgs, @Context() context: GraphqlContext) {
    return (await this.stateOf(action, asOf, context)).lastUpdateDate;
  }

  @ResolveField(() => HealthEnum, { description: 'Health on the date (default today); see healthDetail for why.' })
  async health(@Parent() action: ActionModel, @Args() { asOf }: AsOfArgs, @Context() context: GraphqlContext): Promise<Health> {
    return (await this.healthDetail(action, { asOf }, context)).health;
  }

  @ResolveField(() => HealthDetailModel)
  async healthDetail(@Parent() action: ActionModel, @Args() { asOf }: AsOfArgs, @Context() context: GraphqlContext): Promise<HealthDetailModel> {
    const date = asOf ?? todayInCasablanca();
    const verdict = this.trackingService.verdict(action, await this.stateOf(action, date, context), date);
    return Object.assign(new HealthDetailModel(), verdict, { asOf: date });
  }

  @ResolveField(() => CalendarDateScalar, { nullable: true, description: 'Due date from the deadline (31 Dec of the (last) year); none for recurring or TBD.' })
  dueDate(@Parent() action: ActionModel): string | null {
    return action.deadline.dueDate;
  }

  @ResolveField(() => [StatusUpdateModel], { description: 'The whole history, latest effective first.' })
  history(@Parent() action: ActionModel, @Context() context: GraphqlContext): Promise<StatusUpdateModel[]> {
    return context.loaders
      .get<number, StatusUpdateModel[]>('historyByAction', (ids) => this.trackingService.historyByActionIds(ids))
      .load(action.id);
  }

  @ResolveField(() => Boolean, { description: 'Whether the signed-in user may update this action’s status (the server enforces it either way).' })
  async viewerCanUpdate(@Parent() action: ActionModel, @CurrentUser() user: AuthenticatedUser, @Context() context: GraphqlContext) {
    const outline = await context.loaders
      .get<number, ActionOutline>('outlineByAction', (ids) =>
        this.actionService.outlines(ids).then((rows) => {
          const byId = new Map(rows.map((row) => [row.id, row]));
          return ids.map((id) => byId.get(id)!);
        }),
      )
      .load(action.id);
    return canUpdateActionStatus(user, outline);
  }

  private stateOf(action: ActionModel, asOf: CalendarDate | undefined, context: GraphqlContext): Promise<ActionState> {
    const date = asOf ?? todayInCasablanca();
    return context.loaders
      .get<number, ActionState>(`stateAsOf:${date}`, (ids) => this.trackingService.statesAsOf(ids, date))
      .load(action.id);
  }
}

function authorOf(userService: UserService, authorId: number, context: GraphqlContext) {
  return context.loaders.get<number, UserModel | undefined>('userById', (ids) => userService.byIds(ids)).load(authorId);
}

@Resolver(() => StatusUpdateModel)
export class StatusUpdateResolver {
  constructor(private readonly userService: UserService) {}

  @ResolveField(() => UserModel, { nullable: true })
  author(@Parent() update: StatusUpdateModel, @Context() context: GraphqlContext) {
    return authorOf(this.userService, update.authorId, context);
  }
}

@Resolver(() => ActionCommentModel)
export class ActionCommentResolver {
  constructor(private readonly userService: UserService) {}

  @ResolveField(() => UserModel, { nullable: true })
  author(@Parent() comment: ActionCommentModel, @Context() context: GraphqlContext) {
    return authorOf(this.userService, comment.authorId, context);
  }
}
