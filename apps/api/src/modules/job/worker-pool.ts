import { Inject, Injectable } from '@nestjs/common';
import { runInWorker, WorkerTask } from '../../common/worker-threads/run-in-worker';
import { AppConfig } from '../../config/app.config';
import { APP_CONFIG } from '../../config/config.module';
import { serverBusy } from './job.errors';

/** How many requests may wait for a thread, per thread, before more are refused with SERVER_BUSY. */
const WAITING_PER_THREAD = 8;

/**
 * Worker threads for work a request waits for (reading an uploaded workbook, writing a large export): at most
 * PNQ_REQUEST_WORKERS run at once per instance, a bounded number wait their turn, more are refused with
 * SERVER_BUSY. Long work a person need not wait for goes through the job queue instead.
 */
@Injectable()
export class WorkerPool {
  private active = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  async run<I, O>(task: WorkerTask<I, O>, input: I, options: { timeoutMs?: number } = {}): Promise<O> {
    await this.acquire();
    try {
      return await runInWorker(task, input, {
        memoryMb: this.config.jobs.workerMemoryMb,
        timeoutMs: options.timeoutMs ?? this.config.jobs.workerTimeoutSeconds * 1000,
      });
    } finally {
      this.release();
    }
  }

  private async acquire(): Promise<void> {
    const { requestWorkers } = this.config.jobs;
    if (this.active < requestWorkers) {
      this.active++;
      return;
    }
    if (this.waiting.length >= requestWorkers * WAITING_PER_THREAD) throw serverBusy();
    await new Promise<void>((resolve) => this.waiting.push(resolve)); // the slot is handed over, still counted
  }

  private release(): void {
    const next = this.waiting.shift();
    if (next) next();
    else this.active--;
  }
}
