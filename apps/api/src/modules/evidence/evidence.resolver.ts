import { Args, Context, Int, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { canWithdrawEvidence } from '@pnq/domain';
import { AuthenticatedUser } from '../../common/access/authenticated-user';
import { CurrentUser } from '../../common/access/current-user.decorator';
import { GraphqlContext } from '../../common/request-loaders';
import { ActionModel } from '../action/action.model';
import { AUTHOR_BY_ID } from '../user/user.loaders';
import { AuthorModel } from '../user/author.model';
import { UserService } from '../user/user.service';
import { WithdrawEvidenceFileInput } from './dto/withdraw-evidence-file.input';
import { FILES_BY_ACTION } from './evidence.loaders';
import { EvidenceFileModel, EvidenceWithdrawalModel } from './evidence.model';
import { EvidenceService } from './evidence.service';

@Resolver(() => ActionModel)
export class EvidenceActionResolver {
  constructor(private readonly evidenceService: EvidenceService) {}

  @ResolveField(() => [EvidenceFileModel], { description: 'Files attached as evidence, oldest first, withdrawn ones included (marked).' })
  evidenceFiles(@Parent() action: ActionModel, @Context() context: GraphqlContext): Promise<EvidenceFileModel[]> {
    return context.loaders.for(FILES_BY_ACTION, this.evidenceService).load(action.id);
  }

  @ResolveField(() => Int, { description: 'How many evidence files it offers (withdrawn ones not counted).' })
  async evidenceFileCount(@Parent() action: ActionModel, @Context() context: GraphqlContext): Promise<number> {
    const files = await context.loaders.for(FILES_BY_ACTION, this.evidenceService).load(action.id);
    return files.filter((file) => !file.withdrawal).length;
  }
}

@Resolver(() => EvidenceFileModel)
export class EvidenceFileResolver {
  constructor(
    private readonly evidenceService: EvidenceService,
    private readonly userService: UserService,
  ) {}

  @Mutation(() => EvidenceFileModel, {
    description:
      'Withdraws an evidence file (its author or the secretariat), with a reason: it is kept but no longer downloads. Fails with FORBIDDEN, REASON_REQUIRED, EVIDENCE_FILE_NOT_FOUND, EVIDENCE_FILE_ALREADY_WITHDRAWN.',
  })
  withdrawEvidenceFile(@Args('input') input: WithdrawEvidenceFileInput, @CurrentUser() user: AuthenticatedUser): Promise<EvidenceFileModel> {
    return this.evidenceService.withdraw(user, input);
  }

  @ResolveField(() => AuthorModel, { nullable: true })
  author(@Parent() file: EvidenceFileModel, @Context() context: GraphqlContext) {
    return context.loaders.for(AUTHOR_BY_ID, this.userService).load(file.authorId);
  }

  @ResolveField(() => Boolean, { description: 'Whether the signed-in user may withdraw it (its author, the secretariat) — and it is not withdrawn yet.' })
  viewerCanWithdraw(@Parent() file: EvidenceFileModel, @CurrentUser() user: AuthenticatedUser): boolean {
    return !file.withdrawal && canWithdrawEvidence(user, file);
  }
}

@Resolver(() => EvidenceWithdrawalModel)
export class EvidenceWithdrawalResolver {
  constructor(private readonly userService: UserService) {}

  @ResolveField(() => AuthorModel, { nullable: true })
  withdrawnBy(@Parent() withdrawal: EvidenceWithdrawalModel, @Context() context: GraphqlContext) {
    return context.loaders.for(AUTHOR_BY_ID, this.userService).load(withdrawal.withdrawnById);
  }
}
