import { serveWorkerTasks } from '../../common/worker-threads/worker-task';
import { makeDocxDeterministic } from './renderers/docx-determinism';
import { renderDocxReport } from './renderers/docx-report.renderer';
import { renderPdfReport } from './renderers/pdf-report.renderer';
import { DocumentHead, ReportBlock } from './report-blocks';
import { reportBlocks } from './report-document';
import { ReportModel } from './report-model';
import { ReportFormat } from './report.errors';

export interface ReportRenderInput {
  report: ReportModel;
  format: ReportFormat;
}

/** Another document laid out as report blocks (a meeting pack, minutes), rendered by the same renderers. */
export interface BlocksRenderInput {
  head: DocumentHead;
  blocks: ReportBlock[];
  format: ReportFormat;
}

async function renderBlocks(head: DocumentHead, blocks: ReportBlock[], format: ReportFormat): Promise<Uint8Array> {
  if (format === 'pdf') return new Uint8Array(await renderPdfReport(head, blocks));
  return makeDocxDeterministic(await renderDocxReport(head, blocks), new Date(`${head.asOf}T00:00:00Z`));
}

/** A worker thread: lays the report out and renders it (the seconds of CPU a report costs), off the API's event loop. */
serveWorkerTasks({
  render: async ({ report, format }: ReportRenderInput, progress): Promise<Uint8Array> => {
    progress(40, 'LAYOUT');
    const blocks = reportBlocks(report);
    progress(50, 'RENDER');
    return renderBlocks(report, blocks, format);
  },
  renderBlocks: async ({ head, blocks, format }: BlocksRenderInput, progress): Promise<Uint8Array> => {
    progress(50, 'RENDER');
    return renderBlocks(head, blocks, format);
  },
});
