import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { AuthenticatedUser } from '../../common/access/authenticated-user';
import { CurrentUser } from '../../common/access/current-user.decorator';
import { todayInCasablanca } from '../../common/clock';
import { JobModel } from '../job/job.model';
import { JobService } from '../job/job.service';
import { PublishSnapshotInput } from './dto/publish-snapshot.input';
import { RecordQualityCriterionInput } from './dto/record-quality-criterion.input';
import { PublicationJobs } from './publication.jobs';
import { PublicSnapshotModel, QualityCriterionModel, QualityDashboardModel } from './publication.model';
import { PublicationService } from './publication.service';

@Resolver()
export class PublicationResolver {
  constructor(
    private readonly jobs: PublicationJobs,
    private readonly jobService: JobService,
    private readonly publication: PublicationService,
  ) {}

  @Mutation(() => JobModel, {
    description:
      'Previews (publish: false) or publishes a public snapshot of the plan as of a date (admins): a job renders every page and open-data file, checks them against the allow-list and for private texts, and — when publishing — stores and serves them under /public. Its file is a JSON summary. Fails with FORBIDDEN, BAD_USER_INPUT, INVALID_QUALITY_EDITION, TOO_MANY_PUBLICATIONS; the job with PUBLIC_SNAPSHOT_LEAK, PUBLIC_SNAPSHOT_NOT_ALLOWED, PUBLIC_SNAPSHOT_CONFLICT, PUBLIC_SNAPSHOT_TOO_LARGE.',
  })
  async requestPublicSnapshot(@Args('input') input: PublishSnapshotInput, @CurrentUser() user: AuthenticatedUser): Promise<JobModel> {
    const id = await this.jobs.request(user, input, todayInCasablanca());
    return this.jobService.get(user, id);
  }

  @Query(() => [PublicSnapshotModel], { description: 'The published snapshots, latest first (admins).' })
  publicSnapshots(@CurrentUser() user: AuthenticatedUser): Promise<PublicSnapshotModel[]> {
    return this.publication.snapshots(user);
  }

  @Query(() => QualityDashboardModel, { description: 'The « Tableau de bord qualité Maroc »: criteria, editions, the next one due (admins).' })
  qualityDashboard(@CurrentUser() user: AuthenticatedUser): Promise<QualityDashboardModel> {
    return this.publication.qualityDashboard(user, todayInCasablanca());
  }

  @Mutation(() => QualityCriterionModel, {
    description:
      'Records a criterion of the quality dashboard (admins): new without expectedVersion, else a change at that version. Fails with FORBIDDEN, INVALID_QUALITY_CRITERION.',
  })
  recordQualityCriterion(@Args('input') input: RecordQualityCriterionInput, @CurrentUser() user: AuthenticatedUser): Promise<QualityCriterionModel> {
    return this.publication.recordCriterion(user, input);
  }
}
