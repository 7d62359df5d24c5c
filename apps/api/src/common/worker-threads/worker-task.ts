import { setPriority } from 'node:os';
import { parentPort, workerData } from 'node:worker_threads';

/** What a worker thread sends back: progress, then its answer or its failure. */
export type WorkerMessage<O> =
  | { kind: 'progress'; progress: number; stage: string }
  | { kind: 'done'; output: O }
  | { kind: 'failed'; error: { message: string; code?: string; details?: Record<string, unknown> } };

type TaskHandler = (input: never, progress: (progress: number, stage: string) => void) => Promise<unknown>;

/**
 * The body of a worker module (`*.worker.ts`): answers the task named in its workerData with the input given.
 * Large binary answers (Uint8Array, Buffer) are transferred, not copied. A thrown error keeps its code (DomainError).
 */
export function serveWorkerTasks(tasks: Record<string, TaskHandler>): void {
  if (!parentPort) return; // imported outside a worker thread (e.g. by a test): nothing to serve
  const port = parentPort;
  yieldToRequests();
  const { task, input } = workerData as { task: string; input: never };
  const send = (message: WorkerMessage<unknown>, transfer: ArrayBuffer[] = []) => port.postMessage(message, transfer);
  const handler = tasks[task];
  if (!handler) return send({ kind: 'failed', error: { message: `No worker task named ${task}` } });
  handler(input, (progress, stage) => send({ kind: 'progress', progress, stage })).then(
    (output) => send({ kind: 'done', output }, transferables(output)),
    (error: unknown) => {
      const failure = error as { message?: string; code?: unknown; details?: Record<string, unknown> };
      send({
        kind: 'failed',
        error: { message: failure.message ?? String(error), code: typeof failure.code === 'string' ? failure.code : undefined, details: failure.details },
      });
    },
  );
}

/** The whole-buffer binary values of an answer (one level deep), handed over without a copy. */
function transferables(output: unknown): ArrayBuffer[] {
  const values = output instanceof Uint8Array ? [output] : output && typeof output === 'object' ? Object.values(output) : [];
  return values
    .filter((value): value is Uint8Array => value instanceof Uint8Array && value.byteOffset === 0 && value.byteLength === value.buffer.byteLength)
    .map((value) => value.buffer as ArrayBuffer);
}

/** A nice value for worker threads: on a busy machine the API's own thread and PostgreSQL get the cores first. */
const WORKER_NICENESS = 10;

/**
 * Lowers this thread's scheduling priority. On Linux a nice value is per thread, so this affects the worker thread
 * only, not the API's event loop (elsewhere it may lower the whole process's, or be refused: then nothing changes).
 */
function yieldToRequests(): void {
  if (process.platform !== 'linux') return;
  try {
    setPriority(WORKER_NICENESS);
  } catch {
    // not allowed here: the thread keeps the process's priority
  }
}
