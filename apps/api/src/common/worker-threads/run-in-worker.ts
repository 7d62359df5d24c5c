import { isErrorCode } from '@pnq/domain';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Worker } from 'node:worker_threads';
import { DomainError } from '../errors/domain-error';
import { WorkerMessage } from './worker-task';

/** A module whose `serveWorkerTasks` answers named tasks in a worker thread: its path without extension (`join(__dirname, 'x.worker')`). */
export interface WorkerTask<I, O> {
  file: string;
  name: string;
  /** Phantom: carries the input and output types. */
  readonly __types?: (input: I) => O;
}

export function workerTask<I, O>(file: string, name: string): WorkerTask<I, O> {
  return { file, name };
}

export interface WorkerRunOptions {
  /** Heap of the thread, MB: beyond it the thread is stopped (WorkerLimitError 'memory'), never the process. */
  memoryMb: number;
  /** Longest the thread may run, ms (WorkerLimitError 'time'). */
  timeoutMs: number;
  /** Progress the task reports (0–100) and what it is doing. */
  onProgress?(progress: number, stage: string): void;
  /** Stops the thread (WorkerLimitError 'aborted'), e.g. when a job's claim was lost. */
  signal?: AbortSignal;
}

/** A worker thread stopped at a limit: out of memory, out of time, or asked to stop. The caller turns it into a coded error. */
export class WorkerLimitError extends Error {
  constructor(readonly limit: 'memory' | 'time' | 'aborted') {
    super(`worker thread stopped: ${limit}`);
    this.name = 'WorkerLimitError';
  }
}

/**
 * Running from TypeScript sources (the test runner), a worker thread cannot load a .ts file by itself: it first
 * registers the compiler hook of `source-register.cjs`. The built API (npm start) runs the compiled .js directly.
 */
const FROM_SOURCES = __filename.endsWith('.ts');
const SOURCE_REGISTER = join(__dirname, 'source-register.cjs');
const DOMAIN_ENTRY = resolve(__dirname, '../../../../../libs/domain/src/index.ts');

function startWorker(file: string, workerData: unknown, memoryMb: number): Worker {
  // None of the process's own flags (a test runner's loader conditions, a profiler's, the benchmark's preloads).
  const options = { workerData, resourceLimits: { maxOldGenerationSizeMb: memoryMb }, execArgv: [] };
  if (!FROM_SOURCES) return new Worker(`${file}.js`, options);
  if (!existsSync(`${file}.ts`)) throw new Error(`No worker module at ${file}.ts`);
  const bootstrap = `require(${JSON.stringify(SOURCE_REGISTER)}).register({ '@pnq/domain': ${JSON.stringify(DOMAIN_ENTRY)} }); require(${JSON.stringify(`${file}.ts`)});`;
  return new Worker(bootstrap, { ...options, eval: true });
}

/**
 * Runs one task in a new worker thread with its own heap limit and deadline, off the API's event loop: a long or
 * large piece of work (a report's layout, reading an uploaded workbook) can slow nothing else down, and a task
 * that needs more memory than allowed stops its thread, not the instance. Errors the task throws come back as
 * they were thrown: a DomainError keeps its code.
 */
export function runInWorker<I, O>(task: WorkerTask<I, O>, input: I, options: WorkerRunOptions): Promise<O> {
  return new Promise<O>((resolvePromise, reject) => {
    if (options.signal?.aborted) return reject(new WorkerLimitError('aborted'));
    const worker = startWorker(task.file, { task: task.name, input }, options.memoryMb);
    let settled = false;
    const finish = (outcome: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(deadline);
      options.signal?.removeEventListener('abort', abort);
      outcome();
      void worker.terminate();
    };
    const deadline = setTimeout(() => finish(() => reject(new WorkerLimitError('time'))), options.timeoutMs);
    const abort = () => finish(() => reject(new WorkerLimitError('aborted')));
    options.signal?.addEventListener('abort', abort);
    worker.on('message', (message: WorkerMessage<O>) => {
      if (message.kind === 'progress') options.onProgress?.(message.progress, message.stage);
      else if (message.kind === 'done') finish(() => resolvePromise(message.output));
      else
        finish(() =>
          reject(
            message.error.code && isErrorCode(message.error.code)
              ? new DomainError(message.error.code, message.error.message, message.error.details)
              : new Error(message.error.message),
          ),
        );
    });
    worker.on('error', (error: NodeJS.ErrnoException) =>
      finish(() => reject(error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? new WorkerLimitError('memory') : error)),
    );
    worker.on('exit', (code) => finish(() => reject(new Error(`the worker thread exited (${code}) before answering`))));
  });
}
