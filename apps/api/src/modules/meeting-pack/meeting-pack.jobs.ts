import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import { AuthenticatedUser } from '../../common/access/authenticated-user';
import { AppConfig } from '../../config/app.config';
import { APP_CONFIG } from '../../config/config.module';
import { ClaimedJob, isWorkerLimit, JobContext, JobOutput, JobRunner } from '../job/job.runner';
import { JobService } from '../job/job.service';
import { reportTooLarge, tooManyReports } from '../report/report.errors';
import { REPORT_CONTENT_TYPES, ReportRenderer } from '../report/report.renderer';
import { SessionService } from '../steering/session.service';
import { meetingPackBlocks, minutesBlocks } from './meeting-pack-document';
import { SessionDocument } from './meeting-pack.model';
import { MeetingPackService } from './meeting-pack.service';

export const SESSION_DOCUMENT = 'SESSION_DOCUMENT';

const FILES: Record<SessionDocument, { name: string; format: 'pdf' | 'docx' }> = {
  MEETING_PACK_PDF: { name: 'dossier-de-seance', format: 'pdf' },
  MEETING_PACK_DOCX: { name: 'dossier-de-seance', format: 'docx' },
  MINUTES_DOCX: { name: 'proces-verbal', format: 'docx' },
};

/**
 * A session's documents as jobs (the report machinery): the model is read by the instance that claims the job, the
 * layout rendered by the report renderers in a worker thread — never on the request path. Anyone signed in may ask,
 * within the reports' limits per person and in all.
 */
@Injectable()
export class MeetingPackJobs implements OnModuleInit {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly jobService: JobService,
    private readonly runner: JobRunner,
    private readonly renderer: ReportRenderer,
    private readonly sessionService: SessionService,
    private readonly meetingPackService: MeetingPackService,
  ) {}

  onModuleInit(): void {
    this.runner.register({
      kind: SESSION_DOCUMENT,
      run: (job, context) => this.build(job, context),
      explain: (error) => (isWorkerLimit(error) ? reportTooLarge(error.limit) : null),
    });
  }

  /** Queues a session's document (the session must exist: SESSION_NOT_FOUND). Returns the job's id. */
  async request(requester: AuthenticatedUser, sessionId: number, document: SessionDocument): Promise<string> {
    await this.sessionService.get(sessionId);
    return this.jobService.enqueue({
      kind: SESSION_DOCUMENT,
      params: { sessionId, document },
      requestedBy: requester.id,
      limits: { kinds: [SESSION_DOCUMENT], perRequester: this.config.jobs.reportsPerUser, total: this.config.jobs.queueLimit, refuse: tooManyReports },
    });
  }

  private async build(job: ClaimedJob, context: JobContext): Promise<JobOutput> {
    const { sessionId, document } = job.params as { sessionId: number; document: SessionDocument };
    const { name, format } = FILES[document];
    context.progress(5, 'MODEL');
    const model = document === SessionDocument.MINUTES_DOCX ? await this.meetingPackService.minutes(sessionId) : await this.meetingPackService.pack(sessionId);
    context.progress(30, 'LAYOUT');
    const blocks = 'pillars' in model ? meetingPackBlocks(model) : minutesBlocks(model);
    const content = await this.renderer.renderBlocks(model, blocks, format, { ...context.worker, signal: context.signal, onProgress: context.progress });
    context.progress(95, 'STORING');
    return { fileName: `${name}-${model.asOf}.${format}`, contentType: REPORT_CONTENT_TYPES[format], content };
  }
}
