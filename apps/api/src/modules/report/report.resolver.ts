import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { AuthenticatedUser } from '../../common/access/authenticated-user';
import { CurrentUser } from '../../common/access/current-user.decorator';
import { todayInCasablanca } from '../../common/clock';
import { JobModel } from '../job/job.model';
import { JobService } from '../job/job.service';
import { AnnualReportInput } from './dto/annual-report.input';
import { FinaliseReportArgs } from './dto/finalise-report.args';
import { ReportEditionModel } from './report-edition.model';
import { ReportEditionService } from './report-edition.service';
import { ReportFormat } from './report.errors';
import { ReportJobs } from './report.jobs';
import { reportDate } from './report.renderer';

@Resolver()
export class ReportResolver {
  constructor(
    private readonly reportJobs: ReportJobs,
    private readonly jobService: JobService,
    private readonly editions: ReportEditionService,
  ) {}

  @Mutation(() => JobModel, {
    description:
      'Asks for the yearly report (any signed-in user): a job whose progress `job(id)` gives, then its file. Fails with TOO_MANY_REPORTS (you, or the server, already have as many being prepared as allowed), INVALID_REPORT_DATE.',
  })
  async requestAnnualReport(@Args('input') input: AnnualReportInput, @CurrentUser() user: AuthenticatedUser): Promise<JobModel> {
    const asOf = reportDate({ year: input.year, asOf: input.asOf });
    const id = await this.reportJobs.request(user, asOf, input.format.toLowerCase() as ReportFormat, input.language);
    return this.jobService.get(user, id);
  }

  @Mutation(() => JobModel, {
    description:
      'Marks the yearly report of a past year final (admins): a job builds its PDF and DOCX once and stores them for good, with their SHA-256, the date and the author. Fails with FORBIDDEN, REPORT_YEAR_NOT_CLOSED, REPORT_EDITION_EXISTS, TOO_MANY_REPORTS.',
  })
  async finaliseAnnualReport(@Args() { year }: FinaliseReportArgs, @CurrentUser() user: AuthenticatedUser): Promise<JobModel> {
    const id = await this.reportJobs.finalise(user, year, todayInCasablanca());
    return this.jobService.get(user, id);
  }

  @Query(() => [ReportEditionModel], { description: 'Official editions of the yearly report, latest year first.' })
  reportEditions(): Promise<ReportEditionModel[]> {
    return this.editions.list();
  }
}
