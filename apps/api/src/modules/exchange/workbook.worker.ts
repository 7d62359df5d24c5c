import { serveWorkerTasks } from '../../common/worker-threads/worker-task';
import { readTemplateMarker, TemplateMarker } from './template-marker';
import { IMPORT_ZIP_LIMITS, readTemplate, TemplateContent } from './template-reader';
import { ActionsWorkbookInput, TemplateWorkbookInput, writeActionsWorkbook, writeTemplateWorkbook } from './workbook-writer';
import { checkZipLimits } from './zip-limits';

const bufferOf = (bytes: Uint8Array) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);

/**
 * A worker thread for the Excel round-trip: reading an upload (first its zip's limits and the organisation it claims,
 * then — once the uploader's rights on it are checked — the whole workbook) and writing large workbooks, off the
 * API's event loop, each with a heap limit and a deadline.
 */
serveWorkerTasks({
  readMarker: async (file: Uint8Array): Promise<TemplateMarker> => {
    checkZipLimits(bufferOf(file), IMPORT_ZIP_LIMITS);
    return readTemplateMarker(bufferOf(file), IMPORT_ZIP_LIMITS);
  },
  readTemplate: (file: Uint8Array): Promise<TemplateContent> => readTemplate(bufferOf(file)),
  writeActions: (input: ActionsWorkbookInput) => writeActionsWorkbook(input),
  writeTemplate: (input: TemplateWorkbookInput) => writeTemplateWorkbook(input),
});
