import { serveWorkerTasks } from '../../common/worker-threads/worker-task';
import { makeDocxDeterministic } from './renderers/docx-determinism';
import { renderDocxReport } from './renderers/docx-report.renderer';
import { renderPdfReport } from './renderers/pdf-report.renderer';
import { DocumentHead, ReportBlock } from './report-blocks';
import { reportBlocks } from './report-document';
import { ReportModel } from './report-model';
import { ReportFormat } from './report.errors';
import { reportText, ReportText } from './words/report-text';
import type { Language } from '@pnq/domain';

export interface ReportRenderInput {
  report: ReportModel;
  format: ReportFormat;
  /** The edition's language (French, the official one, when absent). */
  language?: Language;
}

/** Another document laid out as report blocks (a meeting pack, minutes), rendered by the same renderers. */
export interface BlocksRenderInput {
  head: DocumentHead;
  blocks: ReportBlock[];
  format: ReportFormat;
}

async function renderBlocks(head: DocumentHead, blocks: ReportBlock[], format: ReportFormat, text: ReportText = reportText()): Promise<Uint8Array> {
  if (format === 'pdf') return new Uint8Array(await renderPdfReport(head, blocks, text));
  return makeDocxDeterministic(await renderDocxReport(head, blocks, text), new Date(`${head.asOf}T00:00:00Z`));
}

/** A worker thread: lays the report out and renders it (the seconds of CPU a report costs), off the API's event loop. */
serveWorkerTasks({
  render: async ({ report, format, language }: ReportRenderInput, progress): Promise<Uint8Array> => {
    progress(40, 'LAYOUT');
    const text = reportText(language);
    const blocks = reportBlocks(report, text);
    progress(50, 'RENDER');
    return renderBlocks({ title: text.w.title(report.year), asOf: report.asOf }, blocks, format, text);
  },
  renderBlocks: async ({ head, blocks, format }: BlocksRenderInput, progress): Promise<Uint8Array> => {
    progress(50, 'RENDER');
    return renderBlocks(head, blocks, format);
  },
});
