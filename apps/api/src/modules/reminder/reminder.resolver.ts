import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentUser } from '../../common/access/current-user.decorator';
import { AuthenticatedUser } from '../../common/access/authenticated-user';
import { CampaignService } from './campaign.service';
import { CampaignArgs, CreateCampaignInput, ReminderRunsArgs, RunRemindersArgs } from './dto/reminder.inputs';
import { CampaignModel, ReminderRunModel } from './reminder.model';
import { ReminderService } from './reminder.service';

@Resolver(() => ReminderRunModel)
export class ReminderResolver {
  constructor(
    private readonly reminderService: ReminderService,
    private readonly campaignService: CampaignService,
  ) {}

  @Mutation(() => ReminderRunModel, {
    description:
      'Runs the reminders job now for a date, as the daily timer would (admins only; for demonstrations and checks). A date already run sends nothing new (ALREADY_RAN).',
  })
  runReminders(@Args() { asOf }: RunRemindersArgs, @CurrentUser() user: AuthenticatedUser): Promise<ReminderRunModel> {
    return this.reminderService.runAsAdmin(user, asOf);
  }

  @Query(() => [ReminderRunModel], { description: 'The latest runs of the reminders job, newest first (admins only).' })
  reminderRuns(@Args() { limit }: ReminderRunsArgs, @CurrentUser() user: AuthenticatedUser): Promise<ReminderRunModel[]> {
    return this.reminderService.runs(user, limit);
  }

  @Mutation(() => CampaignModel, {
    description: 'Sends a dated call for updates to every active editor (admins only). Fails with CAMPAIGN_DEADLINE_PAST, NO_ACTIVE_EDITOR.',
  })
  createCampaign(@Args('input') input: CreateCampaignInput, @CurrentUser() user: AuthenticatedUser): Promise<CampaignModel> {
    return this.campaignService.create(user, input);
  }

  @Query(() => [CampaignModel], { description: 'Calls for updates, newest first, with who has updated since (admins only).' })
  campaigns(@CurrentUser() user: AuthenticatedUser): Promise<CampaignModel[]> {
    return this.campaignService.list(user);
  }

  @Query(() => CampaignModel, { description: 'One call for updates (admins only). Fails with CAMPAIGN_NOT_FOUND.' })
  campaign(@Args() { id }: CampaignArgs, @CurrentUser() user: AuthenticatedUser): Promise<CampaignModel> {
    return this.campaignService.byId(user, Number(id));
  }
}
