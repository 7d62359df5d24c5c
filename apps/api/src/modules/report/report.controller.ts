import { Controller, Get, Inject, Param, ParseIntPipe, Query, Res, UseFilters } from '@nestjs/common';
import type { Response } from 'express';
import { AuthenticatedUser } from '../../common/access/authenticated-user';
import { CurrentUser } from '../../common/access/current-user.decorator';
import { HttpErrorFilter } from '../../common/errors/http-error.filter';
import { AppConfig } from '../../config/app.config';
import { APP_CONFIG } from '../../config/config.module';
import { sendFile } from '../job/job.controller';
import { jobNotFinished } from '../job/job.errors';
import { JobService } from '../job/job.service';
import { AnnualReportQuery } from './dto/annual-report.query';
import { ReportEditionService } from './report-edition.service';
import { REPORT_FORMATS, ReportFormat, reportEditionNotFound } from './report.errors';
import { ReportJobs } from './report.jobs';
import { REPORT_CONTENT_TYPES, reportDate } from './report.renderer';

/** Downloads of the yearly progress report; any signed-in user (the global AuthGuard) may read it. */
@Controller('reports')
@UseFilters(HttpErrorFilter)
export class ReportController {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly reportJobs: ReportJobs,
    private readonly jobService: JobService,
    private readonly editions: ReportEditionService,
  ) {}

  /**
   * GET /reports/annual?year=2025&format=pdf (or asOf=YYYY-MM-DD; language=ar or en: a translated edition): for scripts — queues the report as a job (the
   * same limits as the dashboard's requestAnnualReport) and answers its file once built, by whichever instance.
   */
  @Get('annual')
  async annual(@Query() query: AnnualReportQuery, @CurrentUser() user: AuthenticatedUser, @Res() response: Response): Promise<void> {
    const asOf = reportDate(query);
    const id = await this.reportJobs.request(user, asOf, query.format, query.language);
    const job = await this.jobService.waitFor(id, Date.now() + (this.config.jobs.workerTimeoutSeconds + 60) * 1000);
    if (job.state !== 'DONE' && job.state !== 'FAILED') throw jobNotFinished(id, job.state);
    response.set({ 'X-Report-As-Of': asOf, 'X-Job-Id': id });
    sendFile(response, await this.jobService.file(user, id));
  }

  /** GET /reports/editions/2025/pdf: the official edition of a year, byte for byte as stored (its SHA-256 in X-Content-SHA256). */
  @Get('editions/:year/:format')
  async edition(@Param('year', ParseIntPipe) year: number, @Param('format') format: string, @Res() response: Response): Promise<void> {
    if (!REPORT_FORMATS.includes(format as ReportFormat)) throw reportEditionNotFound(year);
    const file = await this.editions.file(year, format as ReportFormat);
    sendFile(response, { ...file, contentType: REPORT_CONTENT_TYPES[format as ReportFormat] });
  }
}
