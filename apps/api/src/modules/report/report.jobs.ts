import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import { CalendarDate, Language } from '@pnq/domain';
import { assertAdmin } from '../../common/access/assert-admin';
import { AuthenticatedUser } from '../../common/access/authenticated-user';
import { AppConfig } from '../../config/app.config';
import { APP_CONFIG } from '../../config/config.module';
import { ClaimedJob, isWorkerLimit, JobContext, JobOutput, JobRunner } from '../job/job.runner';
import { JobLimits, JobService } from '../job/job.service';
import { ReportEditionService } from './report-edition.service';
import { reportEditionExists, ReportFormat, reportTooLarge, reportYearNotClosed, tooManyReports } from './report.errors';
import { ReportRenderer } from './report.renderer';

export const ANNUAL_REPORT = 'ANNUAL_REPORT';
export const REPORT_EDITION = 'REPORT_EDITION';
const REPORT_KINDS = [ANNUAL_REPORT, REPORT_EDITION];

/**
 * Yearly reports as jobs: asked for by anyone signed in (within PNQ_REPORTS_PER_USER unfinished ones each and
 * PNQ_JOB_QUEUE_LIMIT in all, else TOO_MANY_REPORTS), built by whichever instance claims them — the model from
 * the database, the layout in a worker thread with its own heap — and downloaded when ready. An official edition
 * (the secretariat marks year N final) builds both formats from one model and stores them for good.
 */
@Injectable()
export class ReportJobs implements OnModuleInit {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly jobService: JobService,
    private readonly runner: JobRunner,
    private readonly renderer: ReportRenderer,
    private readonly editions: ReportEditionService,
  ) {}

  onModuleInit(): void {
    const explain = (error: unknown) => (isWorkerLimit(error) ? reportTooLarge(error.limit) : null);
    this.runner.register({ kind: ANNUAL_REPORT, run: (job, context) => this.buildReport(job, context), explain });
    this.runner.register({ kind: REPORT_EDITION, run: (job, context) => this.buildEdition(job, context), explain });
  }

  /**
   * Queues the report for a date in a format and a language (French, the official edition's, by default); `requester`
   * null for a command-line tool. Returns the job's id.
   */
  request(requester: AuthenticatedUser | null, asOf: CalendarDate, format: ReportFormat, language: Language = 'fr'): Promise<string> {
    const params = language === 'fr' ? { asOf, format } : { asOf, format, language };
    return this.jobService.enqueue({ kind: ANNUAL_REPORT, params, requestedBy: requester?.id ?? null, limits: this.limits() });
  }

  /** Queues the official edition of year N (admins; the year must be over and not yet final). */
  async finalise(actor: AuthenticatedUser, year: number, today: CalendarDate): Promise<string> {
    assertAdmin(actor, 'mark a yearly report final');
    if (year >= Number(today.slice(0, 4))) throw reportYearNotClosed(year, today);
    if (await this.editions.exists(year)) throw reportEditionExists(year);
    return this.jobService.enqueue({ kind: REPORT_EDITION, params: { year }, requestedBy: actor.id, limits: this.limits() });
  }

  private limits(): JobLimits {
    return { kinds: REPORT_KINDS, perRequester: this.config.jobs.reportsPerUser, total: this.config.jobs.queueLimit, refuse: tooManyReports };
  }

  private async buildReport(job: ClaimedJob, context: JobContext): Promise<JobOutput> {
    const { asOf, format, language } = job.params as { asOf: CalendarDate; format: ReportFormat; language?: Language };
    context.progress(5, 'MODEL');
    const model = await this.renderer.model(asOf);
    context.progress(30, 'LAYOUT');
    const report = await this.renderer.render(asOf, format, { ...context.worker, signal: context.signal, onProgress: context.progress }, model, language);
    context.progress(95, 'STORING');
    return { fileName: report.filename, contentType: report.contentType, content: report.content };
  }

  private async buildEdition(job: ClaimedJob, context: JobContext): Promise<null> {
    const { year } = job.params as { year: number };
    const asOf = `${year}-12-31`;
    context.progress(5, 'MODEL');
    const model = await this.renderer.model(asOf);
    const worker = { ...context.worker, signal: context.signal };
    context.progress(20, 'PDF');
    const pdf = await this.renderer.render(asOf, 'pdf', worker, model);
    context.progress(55, 'DOCX');
    const docx = await this.renderer.render(asOf, 'docx', worker, model);
    context.progress(95, 'STORING');
    await this.editions.store(year, asOf, [pdf, docx], job.requestedBy!);
    return null;
  }
}
