import { CSRF_HEADER, CSRF_HEADER_VALUE } from '@pnq/domain';
import ExcelJS from 'exceljs';

export interface ImportResponseBody {
  code?: string;
  message?: string;
  mode: string;
  fileHash: string;
  rows: {
    row: number;
    ref: string;
    before: { status: string; progress: number; version: number } | null;
    after: Record<string, unknown> | null;
    proposedDeadline?: { dueDate: string; justification: string } | null;
    problems: { code: string; column?: string }[];
  }[];
  unchanged: number;
  changes: number;
  problems: number;
  applied: boolean;
}

/** What the dashboard sends with every state-changing request to a file route. */
export const CSRF_HEADERS: Record<string, string> = { [CSRF_HEADER]: CSRF_HEADER_VALUE };

/** Posts a file to the import route as the dashboard does (multipart: file, mode, fileHash; the CSRF header). */
export async function postImport(
  baseUrl: string,
  cookie: string | null,
  file: Buffer,
  mode: 'dry-run' | 'apply',
  fileHash?: string,
  name = 'modele.xlsx',
): Promise<{ status: number; body: ImportResponseBody }> {
  const form = new FormData();
  form.append('mode', mode);
  if (fileHash) form.append('fileHash', fileHash);
  form.append('file', new Blob([new Uint8Array(file)]), name);
  const response = await fetch(`${baseUrl}/imports/template`, { method: 'POST', body: form, headers: { ...CSRF_HEADERS, ...(cookie ? { cookie } : {}) } });
  return { status: response.status, body: (await response.json()) as ImportResponseBody };
}

export async function loadWorkbook(content: Buffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(content as unknown as ExcelJS.Buffer);
  return workbook;
}

export const saveWorkbook = async (workbook: ExcelJS.Workbook) => Buffer.from(await workbook.xlsx.writeBuffer());

/** Sets, on every action row of the template's Actions sheet, the given values by column header; returns the refs edited. */
export function editEveryRow(workbook: ExcelJS.Workbook, values: Record<string, ExcelJS.CellValue>): string[] {
  const sheet = workbook.getWorksheet('Actions')!;
  const headers = (sheet.getRow(1).values as unknown[]).map(String);
  const refs: string[] = [];
  sheet.eachRow((line, number) => {
    if (number === 1) return;
    refs.push(String(line.getCell(1).value));
    for (const [header, value] of Object.entries(values)) line.getCell(headers.indexOf(header)).value = value;
  });
  return refs;
}
