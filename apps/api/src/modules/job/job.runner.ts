import { BeforeApplicationShutdown, Inject, Injectable, Logger } from '@nestjs/common';
import { createHash, randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import { DataSource } from 'typeorm';
import { WorkerLimitError } from '../../common/worker-threads/run-in-worker';
import { DomainError } from '../../common/errors/domain-error';
import { AppConfig } from '../../config/app.config';
import { APP_CONFIG } from '../../config/config.module';
import { jobStoppedTooOften } from './job.errors';
import { JobModel } from './job.model';
import { announceJob, claimJob, completeJob, failAbandonedJobs, failJob, purgeFinishedJobs, releaseJobs, renewJob } from './job.queries';
import { JobService } from './job.service';

/** A job this instance claimed. */
export interface ClaimedJob {
  id: string;
  kind: string;
  params: Record<string, unknown>;
  requestedBy: number | null;
  /** 1 on the first claim; more when earlier claims ran out (their instance stopped). */
  attempts: number;
}

export interface JobContext {
  /** Progress 0–100 and what is being done (shown to the person who asked). */
  progress(progress: number, stage: string): void;
  /** Aborted when the claim is lost (another instance took the job over) or the instance stops. */
  signal: AbortSignal;
  /** Heap and deadline for the job's worker thread. */
  worker: { memoryMb: number; timeoutMs: number };
}

export interface JobOutput {
  fileName: string;
  contentType: string;
  content: Buffer;
}

/** What a module registers to do one kind of job (a job that produces no file returns null). */
export interface JobHandler {
  kind: string;
  run(job: ClaimedJob, context: JobContext): Promise<JobOutput | null>;
  /** The coded error to record for a failure (e.g. a worker out of memory); otherwise DomainErrors keep theirs. */
  explain?(error: unknown): DomainError | null;
}

/** A job whose claim ran out this many times (each time its instance stopped before it finished) is failed, not retried. */
const MAX_ATTEMPTS = 3;
const CLI_POLL_MS = 500;

/**
 * Claims jobs from the queue and runs them: each in its handler (which puts the heavy part in a worker thread),
 * with a heartbeat renewing the claim and recording progress. An instance runs at most PNQ_JOB_CONCURRENCY jobs at
 * once; the others wait in PostgreSQL for whichever instance has room. A claim that runs out (instance killed)
 * is taken over by another instance; an instance stopping cleanly hands its jobs back at once.
 */
@Injectable()
export class JobRunner implements BeforeApplicationShutdown {
  private readonly logger = new Logger(JobRunner.name);
  /** Names this instance's claims: host, process and a random part (a restarted process is another instance). */
  readonly instanceId = `${hostname()}#${process.pid}#${randomBytes(3).toString('hex')}`;
  private readonly handlers = new Map<string, JobHandler>();
  private readonly running = new Map<string, AbortController>();
  private filling: Promise<void> | null = null;
  private fillAgain = false;
  private stopped = false;
  /** A server instance takes any job; a CLI only runs its own (runToCompletion). */
  private serving = false;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly dataSource: DataSource,
    private readonly jobService: JobService,
  ) {}

  register(handler: JobHandler): void {
    this.handlers.set(handler.kind, handler);
  }

  /** From now on, take any job of the queue (server instances, see JobQueueScheduler). */
  serve(): void {
    this.serving = true;
  }

  /** Claims and starts jobs while this instance has room (called on each announcement and by the sweep). */
  fill(): Promise<void> {
    if (this.filling) {
      this.fillAgain = true;
      return this.filling;
    }
    const filling = this.claimWhileRoom().finally(() => {
      if (this.filling === filling) this.filling = null;
    });
    this.filling = filling;
    return filling;
  }

  private async claimWhileRoom(): Promise<void> {
    try {
      do {
        this.fillAgain = false;
        while (this.serving && !this.stopped && this.running.size < this.config.jobs.concurrency) {
          const job = await this.claim(null);
          if (!job) break;
          void this.execute(job);
        }
      } while (this.fillAgain && !this.stopped);
    } catch (error) {
      this.logger.warn(`Could not claim jobs: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  /** Fails jobs abandoned too often, purges old finished ones, then claims what waits (including claims that ran out). */
  async sweep(): Promise<void> {
    try {
      const stopped = jobStoppedTooOften();
      await failAbandonedJobs.run(this.dataSource, [MAX_ATTEMPTS, stopped.code, stopped.message]);
      await purgeFinishedJobs.run(this.dataSource, [this.config.jobs.resultHours * 3600]);
    } catch (error) {
      this.logger.warn(`Job sweep failed: ${error instanceof Error ? error.message : String(error)}`);
    }
    await this.fill();
  }

  /**
   * For a command-line tool: runs this job here unless an instance already runs it, and waits until it is done or
   * failed (taking it over if that instance stops).
   */
  async runToCompletion(id: string): Promise<JobModel> {
    for (;;) {
      const job = await this.claim(id);
      if (job) await this.execute(job);
      const state = await this.jobService.find(id);
      if (!state || state.state === 'DONE' || state.state === 'FAILED') return state!;
      await new Promise((resolve) => setTimeout(resolve, CLI_POLL_MS));
    }
  }

  async beforeApplicationShutdown(): Promise<void> {
    this.stopped = true;
    for (const controller of this.running.values()) controller.abort();
    if (this.running.size === 0) return;
    try {
      await releaseJobs.run(this.dataSource, [this.instanceId]);
    } catch (error) {
      this.logger.warn(`Could not hand running jobs back (they will be taken over when their claim runs out): ${String(error)}`);
    }
  }

  /** Wakes whoever waits for the job: here at once, in the other instances by announcement. */
  private async announceFinished(id: string): Promise<void> {
    this.jobService.settled(id);
    await announceJob
      .single(this.dataSource, [`done:${id}`])
      .catch((error: Error) => this.logger.warn(`Could not announce job ${id}'s finish: ${error.message}`));
  }

  private async claim(onlyId: string | null): Promise<ClaimedJob | undefined> {
    const kinds = [...this.handlers.keys()];
    if (!kinds.length) return undefined;
    return claimJob.one(this.dataSource, [kinds, this.instanceId, this.config.jobs.leaseSeconds, onlyId]);
  }

  private async execute(job: ClaimedJob): Promise<void> {
    const handler = this.handlers.get(job.kind)!;
    const controller = new AbortController();
    this.running.set(job.id, controller);
    const { leaseSeconds } = this.config.jobs;
    let progress = 0;
    let stage: string | null = null;
    let renewing: Promise<unknown> = Promise.resolve();
    const renew = () =>
      (renewing = renewing.then(async () => {
        if (controller.signal.aborted) return;
        const renewed = await renewJob.run(this.dataSource, [job.id, this.instanceId, leaseSeconds, progress, stage]).catch(() => 1);
        if (renewed === 0) {
          this.logger.warn(`Job ${job.id} was taken over by another instance; stopping it here`);
          controller.abort();
        }
      }));
    const heartbeat = setInterval(() => void renew(), (leaseSeconds * 1000) / 3);
    const context: JobContext = {
      progress: (next, nextStage) => {
        const changed = nextStage !== stage;
        progress = Math.max(progress, Math.min(99, Math.round(next)));
        stage = nextStage;
        if (changed) void renew();
      },
      signal: controller.signal,
      worker: { memoryMb: this.config.jobs.workerMemoryMb, timeoutMs: this.config.jobs.workerTimeoutSeconds * 1000 },
    };
    try {
      const output = await handler.run(job, context);
      await renewing;
      if (controller.signal.aborted) return;
      const sha256 = output ? createHash('sha256').update(output.content).digest('hex') : null;
      await completeJob.run(this.dataSource, [job.id, this.instanceId, output?.fileName ?? null, output?.contentType ?? null, output?.content ?? null, sha256]);
      await this.announceFinished(job.id);
    } catch (error) {
      if (controller.signal.aborted) return; // taken over, or handed back at shutdown
      const coded = handler.explain?.(error) ?? (error instanceof DomainError ? error : null);
      if (!coded) this.logger.error(`Job ${job.id} (${job.kind}) failed: ${error instanceof Error ? error.stack : String(error)}`);
      const failure = coded ?? new DomainError('INTERNAL_SERVER_ERROR', 'The job failed on the server; the error was logged.');
      await failJob.run(this.dataSource, [job.id, this.instanceId, failure.code, failure.message]).catch((e: Error) => this.logger.warn(e.message));
      await this.announceFinished(job.id);
    } finally {
      clearInterval(heartbeat);
      this.running.delete(job.id);
      if (!this.stopped && this.serving) void this.fill();
    }
  }
}

/** True for the error a worker thread gives when stopped at a limit (memory or time), which handlers turn into their own code. */
export const isWorkerLimit = (error: unknown): error is WorkerLimitError => error instanceof WorkerLimitError;
