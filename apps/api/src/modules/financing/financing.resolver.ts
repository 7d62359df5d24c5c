import { Args, Context, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { canUpdateActionStatus } from '@pnq/domain';
import { AuthenticatedUser } from '../../common/access/authenticated-user';
import { CurrentUser } from '../../common/access/current-user.decorator';
import { todayInCasablanca } from '../../common/clock';
import { GraphqlContext } from '../../common/request-loaders';
import { OUTLINE_BY_ACTION } from '../action/action.loaders';
import { ActionModel } from '../action/action.model';
import { ActionService } from '../action/action.service';
import { ORGANISATION_BY_ID } from '../organisation/organisation.loaders';
import { OrganisationModel } from '../organisation/organisation.model';
import { OrganisationService } from '../organisation/organisation.service';
import { AsOfArg } from '../tracking/dto/as-of.args';
import { AUTHOR_BY_ID } from '../user/user.loaders';
import { AuthorModel } from '../user/author.model';
import { UserService } from '../user/user.service';
import { RecordActionFinancingInput } from './dto/record-action-financing.input';
import { RecordReferenceRateInput } from './dto/record-reference-rate.input';
import { FINANCING_HISTORY_BY_ACTION, FINANCING_IN_FORCE_BY_ACTION, REFERENCE_RATES } from './financing.loaders';
import { ActionFinancingModel, FundingLineModel, ReferenceRateModel } from './financing.model';
import { FinancingService } from './financing.service';

@Resolver(() => ActionModel)
export class ActionFinancingResolver {
  constructor(
    private readonly financingService: FinancingService,
    private readonly actionService: ActionService,
  ) {}

  @Mutation(() => ActionModel, {
    description:
      'Records an action’s financing as a new version (editors of an owner organisation, admins; the previous versions kept; audited). Fails with FORBIDDEN, VERSION_CONFLICT (nothing saved), INVALID_AMOUNT, UNKNOWN_CURRENCY, INVALID_FUNDING_LINE, INVALID_EFFECTIVE_DATE, ORGANISATION_NOT_FOUND (partner), ACTION_NOT_FOUND.',
  })
  async recordActionFinancing(@Args('input') input: RecordActionFinancingInput, @CurrentUser() user: AuthenticatedUser): Promise<ActionModel> {
    await this.financingService.record(user, input);
    return this.actionService.getByRef(input.ref);
  }

  @ResolveField(() => ActionFinancingModel, {
    nullable: true,
    description:
      'The financing in force on the date (default today): the latest version effective by then, its status and MAD figures at that date’s rates; null when none.',
  })
  async financing(
    @Parent() action: ActionModel,
    @AsOfArg() asOf: string | undefined,
    @Context() context: GraphqlContext,
  ): Promise<ActionFinancingModel | null> {
    const date = asOf ?? todayInCasablanca();
    const [stored, rates] = await Promise.all([
      context.loaders.for(FINANCING_IN_FORCE_BY_ACTION, this.financingService, date).load(action.id),
      context.loaders.for(REFERENCE_RATES, this.financingService).load(0),
    ]);
    return stored ? this.financingService.present(stored, rates, date) : null;
  }

  @ResolveField(() => [ActionFinancingModel], { description: 'Every version of the financing, latest entry first, each as of its effective date.' })
  async financingHistory(@Parent() action: ActionModel, @Context() context: GraphqlContext): Promise<ActionFinancingModel[]> {
    const [history, rates] = await Promise.all([
      context.loaders.for(FINANCING_HISTORY_BY_ACTION, this.financingService).load(action.id),
      context.loaders.for(REFERENCE_RATES, this.financingService).load(0),
    ]);
    return history.map((stored) => this.financingService.present(stored, rates, stored.effectiveDate));
  }

  @ResolveField(() => Int, { description: 'The latest financing version (0: none): send it as expectedVersion.' })
  async financingVersion(@Parent() action: ActionModel, @Context() context: GraphqlContext): Promise<number> {
    const history = await context.loaders.for(FINANCING_HISTORY_BY_ACTION, this.financingService).load(action.id);
    return history[0]?.version ?? 0;
  }

  @ResolveField(() => Boolean, { description: 'Whether the signed-in user may record its financing (the server enforces it either way).' })
  async viewerCanEditFinancing(@Parent() action: ActionModel, @CurrentUser() user: AuthenticatedUser, @Context() context: GraphqlContext): Promise<boolean> {
    const outline = await context.loaders.for(OUTLINE_BY_ACTION, this.actionService).load(action.id);
    return Boolean(outline) && canUpdateActionStatus(user, outline);
  }
}

@Resolver(() => ActionFinancingModel)
export class ActionFinancingFieldsResolver {
  constructor(private readonly userService: UserService) {}

  @ResolveField(() => AuthorModel, { nullable: true })
  author(@Parent() financing: ActionFinancingModel, @Context() context: GraphqlContext) {
    return context.loaders.for(AUTHOR_BY_ID, this.userService).load(financing.authorId);
  }
}

@Resolver(() => FundingLineModel)
export class FundingLineResolver {
  constructor(private readonly organisationService: OrganisationService) {}

  @ResolveField(() => OrganisationModel, { nullable: true })
  async partner(@Parent() line: FundingLineModel, @Context() context: GraphqlContext): Promise<OrganisationModel | null> {
    if (line.partnerId === null) return null;
    return (await context.loaders.for(ORGANISATION_BY_ID, this.organisationService).load(line.partnerId)) ?? null;
  }
}

@Resolver(() => ReferenceRateModel)
export class ReferenceRateResolver {
  constructor(private readonly financingService: FinancingService) {}

  @Query(() => [ReferenceRateModel], {
    description: 'The reference rates the secretariat recorded (MAD per unit of EUR or USD, from a date on), oldest first.',
  })
  referenceRates(): Promise<ReferenceRateModel[]> {
    return this.financingService.referenceRates();
  }

  @Mutation(() => ReferenceRateModel, {
    description:
      'Records the reference rate of a currency from a date on (admins; never rewritten; audited). Fails with FORBIDDEN, UNKNOWN_CURRENCY, INVALID_REFERENCE_RATE, INVALID_EFFECTIVE_DATE, REFERENCE_RATE_EXISTS.',
  })
  recordReferenceRate(@Args('input') input: RecordReferenceRateInput, @CurrentUser() user: AuthenticatedUser): Promise<ReferenceRateModel> {
    return this.financingService.recordRate(user, input);
  }
}

export const FINANCING_RESOLVERS = [ActionFinancingResolver, ActionFinancingFieldsResolver, FundingLineResolver, ReferenceRateResolver];
