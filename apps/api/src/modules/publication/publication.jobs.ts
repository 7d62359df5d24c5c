import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import {
  allowListViolations,
  CalendarDate,
  editionProblems,
  nextEditionDueOn,
  nextEditionNumber,
  planDateProblem,
  PrivateText,
  privateTextsToScan,
  PublicEdition,
  PublicSnapshot,
} from '@pnq/domain';
import { join } from 'node:path';
import { assertAdmin } from '../../common/access/assert-admin';
import { AuthenticatedUser } from '../../common/access/authenticated-user';
import { DomainError } from '../../common/errors/domain-error';
import { runInWorker, workerTask } from '../../common/worker-threads/run-in-worker';
import { AppConfig } from '../../config/app.config';
import { APP_CONFIG } from '../../config/config.module';
import { IndicatorService } from '../indicator/indicator.service';
import { ClaimedJob, isWorkerLimit, JobContext, JobOutput, JobRunner } from '../job/job.runner';
import { JobService } from '../job/job.service';
import { TrackingService } from '../tracking/tracking.service';
import { UserService } from '../user/user.service';
import { PublishSnapshotInput, QualityEditionInput } from './dto/publish-snapshot.input';
import { invalidQualityEdition, publicSnapshotLeak, publicSnapshotNotAllowed, publicSnapshotTooLarge, tooManyPublications } from './publication.errors';
import { PUBLIC_PATH, PublicationService } from './publication.service';
import { PublicSiteWriter } from './public-site.writer';
import { PublicSnapshotBuilder } from './public-snapshot.builder';
import { SITE_LABELS } from './site/site-labels';
import type { SiteRenderInput, SiteRenderOutput } from './site/site-render.worker';

export const PUBLIC_SNAPSHOT = 'PUBLIC_SNAPSHOT';
const RENDER = workerTask<SiteRenderInput, SiteRenderOutput>(join(__dirname, 'site', 'site-render.worker'), 'render');

interface PublicationParams {
  asOf: CalendarDate;
  publish: boolean;
  today: CalendarDate;
  edition: QualityEditionInput | null;
}

/** What a preview or a publication reports (the job's file, JSON). */
export interface PublicationSummary {
  number: number;
  asOf: CalendarDate;
  published: boolean;
  totals: PublicSnapshot['totals'];
  changes: number;
  fileCount: number;
  totalBytes: number;
  storedBytes: number;
  generationMs: number;
  editionNumber: number | null;
  url: string | null;
}

/**
 * Fields of the document typed by people as they record data (an indicator value's source): they are published, but
 * are not "public anyway" — a private text copied into one must still be found, so they are left out of the corpus.
 */
const ENTERED_FIELDS = new Set(['source']);

/** The plan's own texts and the portal's words: what is public anyway (a private text equal to one of them is not a leak). */
function publicTexts(document: PublicSnapshot): string[] {
  const texts: string[] = [];
  const walk = (value: unknown): void => {
    if (typeof value === 'string') texts.push(value);
    else if (Array.isArray(value)) value.forEach(walk);
    else if (value && typeof value === 'object') {
      for (const [key, child] of Object.entries(value)) if (!ENTERED_FIELDS.has(key)) walk(child);
    }
  };
  walk(document);
  for (const labels of Object.values(SITE_LABELS)) walk(JSON.parse(JSON.stringify(labels)));
  return texts;
}

/**
 * Previews and publications of the public portal as jobs (admins): the document is read from the owners' services on
 * the job's thread, checked against the allow-list, then rendered to every page and open-data file, scanned for
 * private texts and compressed in a worker thread. A preview stops there; a publication stores the files in PostgreSQL
 * and writes them to the public folder. Any disallowed field or private text refuses it, with nothing stored.
 */
@Injectable()
export class PublicationJobs implements OnModuleInit {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly jobService: JobService,
    private readonly runner: JobRunner,
    private readonly publication: PublicationService,
    private readonly builder: PublicSnapshotBuilder,
    private readonly writer: PublicSiteWriter,
    private readonly trackingService: TrackingService,
    private readonly userService: UserService,
    private readonly indicatorService: IndicatorService,
  ) {}

  onModuleInit(): void {
    this.runner.register({
      kind: PUBLIC_SNAPSHOT,
      run: (job, context) => this.run(job, context),
      explain: (error) => (isWorkerLimit(error) ? publicSnapshotTooLarge(error.limit) : null),
    });
  }

  /** Queues a preview or a publication (admins) of the plan as of a date, not after today; with a new quality dashboard edition if given. */
  request(actor: AuthenticatedUser, input: PublishSnapshotInput, today: CalendarDate): Promise<string> {
    assertAdmin(actor, 'publish the public snapshot');
    const dateProblem = planDateProblem(input.asOf) ?? (input.asOf > today ? `${input.asOf} is after today (${today}): a snapshot shows what is known` : null);
    if (dateProblem) throw new DomainError('BAD_USER_INPUT', `${dateProblem}.`);
    if (input.edition) {
      const problems = editionProblems(input.edition, today);
      if (problems.length) throw invalidQualityEdition(problems);
    }
    const params: PublicationParams = { asOf: input.asOf, publish: input.publish, today, edition: input.edition ?? null };
    return this.jobService.enqueue({
      kind: PUBLIC_SNAPSHOT,
      params: { ...params },
      requestedBy: actor.id,
      limits: { kinds: [PUBLIC_SNAPSHOT], perRequester: 2, total: this.config.jobs.queueLimit, refuse: tooManyPublications },
    });
  }

  private async run(job: ClaimedJob, context: JobContext): Promise<JobOutput> {
    const params = job.params as unknown as PublicationParams;
    const started = Date.now();
    context.progress(5, 'READING');
    const { document, edition } = await this.document(params);
    const violations = allowListViolations(document);
    if (violations.length) throw publicSnapshotNotAllowed(violations);
    const forbidden = privateTextsToScan(await this.privateTexts(), publicTexts(document));
    context.progress(20, 'RENDERING');
    const rendered = await runInWorker(
      RENDER,
      { document, baseUrl: `${this.config.publicUrl}${PUBLIC_PATH}`, forbidden },
      {
        ...context.worker,
        signal: context.signal,
        onProgress: context.progress,
      },
    );
    if (rendered.hits.length) throw publicSnapshotLeak(rendered.hits);
    const generationMs = Date.now() - started;
    if (params.publish) {
      context.progress(90, 'STORING');
      await this.publication.store(document, rendered, generationMs, job.requestedBy!, edition);
      await this.writer.materialise();
    }
    const summary: PublicationSummary = {
      number: document.number,
      asOf: document.asOf,
      published: params.publish,
      totals: document.totals,
      changes: document.changes.length,
      fileCount: rendered.files.length,
      totalBytes: rendered.files.reduce((sum, f) => sum + f.bytes, 0),
      storedBytes: rendered.gzipped.byteLength,
      generationMs,
      editionNumber: edition?.number ?? null,
      url: params.publish ? `${PUBLIC_PATH}/${document.number}/fr/index.html` : null,
    };
    return {
      fileName: `${params.publish ? 'publication' : 'apercu'}-${document.number}.json`,
      contentType: 'application/json',
      content: Buffer.from(JSON.stringify(summary, null, 1)),
    };
  }

  /** The next snapshot's document: numbered after the latest, compared with it, with every edition (and the new one). */
  private async document(params: PublicationParams): Promise<{ document: PublicSnapshot; edition: PublicEdition | null }> {
    const [rows, editions, criteria] = await Promise.all([this.publication.snapshotRows(), this.publication.editions(), this.publication.criteria()]);
    const number = (rows[0]?.number ?? 0) + 1;
    const previous = await this.publication.document(rows[0]?.number ?? null);
    const edition: PublicEdition | null = params.edition
      ? {
          number: nextEditionNumber(editions),
          snapshotNumber: number,
          periodStart: params.edition.periodStart,
          periodEnd: params.edition.periodEnd,
          publishedOn: params.today,
          sources: params.edition.sources.trim(),
          method: params.edition.method.trim(),
          nextDueOn: nextEditionDueOn(params.today),
          criteria,
        }
      : null;
    const archive = rows.map((row) => ({ number: row.number, asOf: row.asOf }));
    const document = await this.builder.build(number, params.asOf, previous, edition ? [...editions, edition] : editions, archive);
    return { document, edition };
  }

  private async privateTexts(): Promise<PrivateText[]> {
    const lists = await Promise.all([this.trackingService.privateTexts(), this.userService.privateTexts(), this.indicatorService.privateTexts()]);
    return lists.flat();
  }
}
