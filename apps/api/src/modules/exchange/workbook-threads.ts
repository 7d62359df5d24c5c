import { Inject, Injectable } from '@nestjs/common';
import { join } from 'node:path';
import { WorkerTask, workerTask } from '../../common/worker-threads/run-in-worker';
import { AppConfig } from '../../config/app.config';
import { APP_CONFIG } from '../../config/config.module';
import { isWorkerLimit } from '../job/job.runner';
import { WorkerPool } from '../job/worker-pool';
import { exportTooLarge, workbookUnreadable } from './exchange.errors';
import type { TemplateMarker } from './template-marker';
import type { TemplateContent } from './template-reader';
import type { ActionsWorkbookInput, TemplateWorkbookInput } from './workbook-writer';

const WORKER = join(__dirname, 'workbook.worker');
const READ_MARKER = workerTask<Uint8Array, TemplateMarker>(WORKER, 'readMarker');
const READ_TEMPLATE = workerTask<Uint8Array, TemplateContent>(WORKER, 'readTemplate');
const WRITE_ACTIONS = workerTask<ActionsWorkbookInput, Uint8Array>(WORKER, 'writeActions');
const WRITE_TEMPLATE = workerTask<TemplateWorkbookInput, Uint8Array>(WORKER, 'writeTemplate');

const asBuffer = (bytes: Uint8Array) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);

/**
 * The Excel round-trip's heavy parts, each in a worker thread of the instance's pool (exceljs and the zip reader
 * never run on the API's event loop): reading an upload within PNQ_IMPORT_READ_SECONDS and the thread's heap
 * (else WORKBOOK_TOO_LARGE), writing an export or a template.
 */
@Injectable()
export class WorkbookThreads {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly pool: WorkerPool,
  ) {}

  /** The zip's limits, then the organisation the template claims (its hidden sheet's first cells) — not its rows. */
  readMarker(file: Buffer): Promise<TemplateMarker> {
    return this.read(READ_MARKER, file);
  }

  /** The whole workbook, as plain rows. */
  readTemplate(file: Buffer): Promise<TemplateContent> {
    return this.read(READ_TEMPLATE, file);
  }

  async writeActions(input: ActionsWorkbookInput): Promise<Buffer> {
    return asBuffer(await this.pool.run(WRITE_ACTIONS, input).catch(this.explain(exportTooLarge)));
  }

  async writeTemplate(input: TemplateWorkbookInput): Promise<Buffer> {
    return asBuffer(await this.pool.run(WRITE_TEMPLATE, input).catch(this.explain(exportTooLarge)));
  }

  private read<O>(task: WorkerTask<Uint8Array, O>, file: Buffer): Promise<O> {
    const seconds = this.config.jobs.importReadSeconds;
    return this.pool.run(task, new Uint8Array(file), { timeoutMs: seconds * 1000 }).catch(this.explain((limit) => workbookUnreadable(limit, seconds)));
  }

  private explain(coded: (limit: 'memory' | 'time' | 'aborted') => Error) {
    return (error: unknown): never => {
      throw isWorkerLimit(error) ? coded(error.limit) : error;
    };
  }
}
