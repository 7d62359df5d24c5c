import { Injectable } from '@nestjs/common';
import { canAdminister, isErrorCode } from '@pnq/domain';
import { DataSource } from 'typeorm';
import { AuthenticatedUser } from '../../common/access/authenticated-user';
import { DomainError } from '../../common/errors/domain-error';
import { RowOf } from '../../database/sql/sql-types';
import { jobNotFinished, jobNotFound } from './job.errors';
import { JobModel } from './job.model';
import { announceJob, countUnfinished, insertJob, lockEnqueue, selectJob, selectJobContent, selectJobFinished } from './job.queries';

/** How many unfinished jobs of some kinds one person, and everyone, may have; and the refusal to give beyond. */
export interface JobLimits {
  kinds: readonly string[];
  perRequester: number;
  total: number;
  refuse(which: 'requester' | 'total', limit: number): DomainError;
}

export interface JobRequest {
  kind: string;
  params: Record<string, unknown>;
  /** Null: a command-line tool. */
  requestedBy: number | null;
  limits: JobLimits;
}

export interface JobFile {
  fileName: string;
  contentType: string;
  content: Buffer;
  sha256: string;
}

/** Behind a wait, how often the job is checked in case its finish was not heard (the announcement is the normal path). */
const SLOW_CHECK_MS = 2_000;

function toJobModel(row: RowOf<(typeof selectJob)['row']>): JobModel {
  return Object.assign(new JobModel(), {
    id: row.id,
    kind: row.kind,
    state: row.state,
    progress: row.progress,
    stage: row.stage,
    queuedBefore: row.queuedBefore,
    createdAt: row.createdAt,
    finishedAt: row.finishedAt,
    fileName: row.fileName,
    fileSize: row.contentBytes,
    sha256: row.contentSha256,
    downloadUrl: row.state === 'DONE' && row.contentBytes !== null ? `/jobs/${row.id}/file` : null,
    error: row.errorCode ? { code: row.errorCode, message: row.errorMessage ?? '' } : null,
    requestedBy: row.requestedBy,
    params: row.params,
    contentType: row.contentType,
  });
}

/**
 * The job queue (owns `job`): long work asked for by a person or a CLI is a row; any instance's JobRunner claims
 * it, does it off the request path and stores its file here. Asking is refused beyond the caller's limits.
 */
@Injectable()
export class JobService {
  /** Requests waiting for a job of this instance's database to finish, by job id. */
  private readonly waiters = new Map<string, Set<() => void>>();

  constructor(private readonly dataSource: DataSource) {}

  /** A job finished (this instance's runner, or another instance's announcement): its waiters look again. */
  settled(id: string): void {
    for (const wake of this.waiters.get(id) ?? []) wake();
  }

  /** Queues a job (announced to every instance on commit) unless a limit is reached; returns its id. */
  async enqueue(request: JobRequest): Promise<string> {
    const { limits } = request;
    return this.dataSource.transaction(async (manager) => {
      await lockEnqueue.single(manager);
      const { mine, total } = await countUnfinished.single(manager, [[...limits.kinds], request.requestedBy]);
      if (request.requestedBy !== null && mine >= limits.perRequester) throw limits.refuse('requester', limits.perRequester);
      if (total >= limits.total) throw limits.refuse('total', limits.total);
      const { id } = await insertJob.single(manager, [request.kind, JSON.stringify(request.params), request.requestedBy]);
      await announceJob.single(manager, [id]);
      return id;
    });
  }

  async find(id: string): Promise<JobModel | null> {
    if (!/^\d{1,18}$/.test(id)) return null;
    const row = await selectJob.one(this.dataSource, [id]);
    return row ? toJobModel(row) : null;
  }

  /** A job the person asked for (admins: any job); another's or a purged one is JOB_NOT_FOUND. */
  async get(actor: AuthenticatedUser, id: string): Promise<JobModel> {
    const job = await this.find(id);
    if (!job || (job.requestedBy !== actor.id && !canAdminister(actor))) throw jobNotFound(id);
    return job;
  }

  /** The finished job's file; a job still running is JOB_NOT_FINISHED, a failed one gives its own error. */
  async file(actor: AuthenticatedUser | null, id: string): Promise<JobFile> {
    const job = actor ? await this.get(actor, id) : await this.find(id);
    if (!job) throw jobNotFound(id);
    if (job.state === 'FAILED' && job.error) throw new DomainError(isErrorCode(job.error.code) ? job.error.code : 'INTERNAL_SERVER_ERROR', job.error.message);
    const row = job.state === 'DONE' ? await selectJobContent.one(this.dataSource, [id]) : undefined;
    if (!row?.content || !job.fileName) throw jobNotFinished(id, job.state);
    return { fileName: job.fileName, contentType: job.contentType ?? 'application/octet-stream', content: row.content, sha256: job.sha256 ?? '' };
  }

  /**
   * Waits until the job is done or failed, whichever instance runs it (its finish is announced to every instance),
   * within a deadline; a slow check covers an announcement missed while the listening connection was down.
   */
  async waitFor(id: string, deadline: number): Promise<JobModel> {
    let heard = false;
    let wake = () => undefined as void;
    const waiter = () => {
      heard = true;
      wake();
    };
    const waiters = this.waiters.get(id) ?? new Set();
    this.waiters.set(id, waiters.add(waiter));
    try {
      const job = await this.find(id);
      if (!job) throw jobNotFound(id);
      if (job.state === 'DONE' || job.state === 'FAILED') return job;
      while (!heard && Date.now() < deadline) {
        await new Promise<void>((resolve) => {
          wake = resolve;
          setTimeout(resolve, Math.min(SLOW_CHECK_MS, Math.max(0, deadline - Date.now()))).unref();
        });
        if (!heard && (await selectJobFinished.one(this.dataSource, [id]))?.finished) break;
      }
      return (await this.find(id)) ?? job;
    } finally {
      waiters.delete(waiter);
      if (waiters.size === 0) this.waiters.delete(id);
    }
  }
}
