import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { ApiTokenScoped } from '../../common/access/api-token-scope.decorator';
import { todayInCasablanca } from '../../common/clock';
import { GraphqlContext } from '../../common/request-loaders';
import { AuthenticatedUser } from '../../common/access/authenticated-user';
import { CurrentUser } from '../../common/access/current-user.decorator';
import { OUTLINE_BY_ACTION } from '../action/action.loaders';
import { ActionModel } from '../action/action.model';
import { ActionOutline, ActionService } from '../action/action.service';
import { AsOfArg } from '../tracking/dto/as-of.args';
import { AUTHOR_BY_ID } from '../user/user.loaders';
import { AuthorModel } from '../user/author.model';
import { UserService } from '../user/user.service';
import { AddNationalIndicatorValueInput } from './dto/add-national-indicator-value.input';
import { RecordIndicatorValueInput } from './dto/record-indicator-value.input';
import { UpdateIndicatorDefinitionInput } from './dto/update-indicator-definition.input';
import { IndicatorEvaluationModel, IndicatorModel, IndicatorValueModel, NationalIndicatorModel, NationalIndicatorValueModel } from './indicator.model';
import { INDICATORS_BY_ACTION, NATIONAL_VALUES_BY_INDICATOR, VALUES_BY_INDICATOR } from './indicator.loaders';
import { IndicatorService } from './indicator.service';

@Resolver(() => ActionModel)
export class ActionIndicatorsResolver {
  constructor(private readonly indicatorService: IndicatorService) {}

  @ResolveField(() => [IndicatorModel], { description: 'Expected results / success indicators, with their kind, target and values.' })
  indicators(@Parent() action: ActionModel, @Context() context: GraphqlContext): Promise<IndicatorModel[]> {
    return context.loaders.for(INDICATORS_BY_ACTION, this.indicatorService).load(action.id);
  }
}

@Resolver(() => IndicatorModel)
export class IndicatorResolver {
  constructor(
    private readonly indicatorService: IndicatorService,
    private readonly actionService: ActionService,
  ) {}

  @ApiTokenScoped('RECORD_INDICATOR_VALUES')
  @Mutation(() => IndicatorModel, {
    description:
      'Records a measured value (QUANTITATIVE) or a milestone achievement (MILESTONE) for an action’s indicator; appended, never rewritten. Same rights as status updates (editors of an owner organisation, admins). Fails with FORBIDDEN, VERSION_CONFLICT (nothing saved), INVALID_INDICATOR_VALUE, INVALID_VALUE_DATE, COMMENT_TOO_LONG, SOURCE_TOO_LONG, INVALID_EVIDENCE_URL, INDICATOR_NOT_FOUND.',
  })
  async recordIndicatorValue(@Args('input') input: RecordIndicatorValueInput, @CurrentUser() user: AuthenticatedUser): Promise<IndicatorModel> {
    await this.indicatorService.recordValue(user, input);
    return this.indicatorService.findById(input.indicatorId);
  }

  @Mutation(() => IndicatorModel, {
    description:
      'Sets an indicator’s kind, unit, baseline, target and target year (admins); audited, and the seed no longer overwrites it. Fails with FORBIDDEN, VERSION_CONFLICT, INVALID_INDICATOR_DEFINITION, INDICATOR_HAS_VALUES (kind change after values), INDICATOR_NOT_FOUND.',
  })
  async updateIndicatorDefinition(@Args('input') input: UpdateIndicatorDefinitionInput, @CurrentUser() user: AuthenticatedUser): Promise<IndicatorModel> {
    await this.indicatorService.updateDefinition(user, input);
    return this.indicatorService.findById(input.indicatorId);
  }

  @ResolveField(() => [IndicatorValueModel], { description: 'Every recorded value, latest first (by date, then entry).' })
  values(@Parent() indicator: IndicatorModel, @Context() context: GraphqlContext): Promise<IndicatorValueModel[]> {
    return context.loaders.for(VALUES_BY_INDICATOR, this.indicatorService).load(indicator.id);
  }

  @ResolveField(() => IndicatorEvaluationModel, {
    description: 'The indicator on the date (default today): latest value, % of target, expected value, on track.',
  })
  async evaluation(
    @Parent() indicator: IndicatorModel,
    @AsOfArg() asOf: string | undefined,
    @Context() context: GraphqlContext,
  ): Promise<IndicatorEvaluationModel> {
    const [values, outline] = await Promise.all([this.values(indicator, context), this.outlineOf(indicator.actionId, context)]);
    return this.indicatorService.evaluate(indicator, values, asOf ?? todayInCasablanca(), outline);
  }

  @ResolveField(() => Boolean, { description: 'Whether the signed-in user may record values for it (the server enforces it either way).' })
  async viewerCanRecord(@Parent() indicator: IndicatorModel, @CurrentUser() user: AuthenticatedUser, @Context() context: GraphqlContext): Promise<boolean> {
    return this.indicatorService.canRecord(user, await this.outlineOf(indicator.actionId, context));
  }

  private outlineOf(actionId: number, context: GraphqlContext): Promise<ActionOutline> {
    return context.loaders.for(OUTLINE_BY_ACTION, this.actionService).load(actionId);
  }
}

@Resolver(() => IndicatorValueModel)
export class IndicatorValueResolver {
  constructor(private readonly userService: UserService) {}

  @ResolveField(() => AuthorModel, { nullable: true })
  author(@Parent() value: IndicatorValueModel, @Context() context: GraphqlContext) {
    return context.loaders.for(AUTHOR_BY_ID, this.userService).load(value.authorId);
  }
}

@Resolver(() => NationalIndicatorModel)
export class NationalIndicatorResolver {
  constructor(private readonly indicatorService: IndicatorService) {}

  @Query(() => [NationalIndicatorModel], { description: 'National quality-infrastructure figures with their dated values.' })
  nationalIndicators(): Promise<NationalIndicatorModel[]> {
    return this.indicatorService.listNational();
  }

  @Mutation(() => NationalIndicatorModel, {
    description:
      'Adds a dated figure (e.g. the year’s count on 31 December) to a national indicator, with its source (admins; audited). Fails with FORBIDDEN, INVALID_VALUE_DATE (an actual figure in the future), NATIONAL_VALUE_EXISTS, NATIONAL_INDICATOR_NOT_FOUND.',
  })
  async addNationalIndicatorValue(
    @Args('input') input: AddNationalIndicatorValueInput,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<NationalIndicatorModel> {
    await this.indicatorService.addNationalValue(user, input);
    return this.indicatorService.findNational(input.key);
  }

  @ResolveField(() => [NationalIndicatorValueModel], { description: 'Dated values, oldest first.' })
  values(@Parent() indicator: NationalIndicatorModel, @Context() context: GraphqlContext) {
    return context.loaders.for(NATIONAL_VALUES_BY_INDICATOR, this.indicatorService).load(indicator.id);
  }
}

export const INDICATOR_RESOLVERS = [ActionIndicatorsResolver, IndicatorResolver, IndicatorValueResolver, NationalIndicatorResolver];
