import { CellValue, isFormulaLikeText, readTextCell } from '@pnq/domain';
import ExcelJS from 'exceljs';
import {
  FINANCING_COLUMNS,
  FINANCING_META_SHEET,
  FINANCING_SHEET,
  META_SHEET,
  TEMPLATE_COLUMNS,
  TEMPLATE_MARKER,
  TEMPLATE_SHEET,
  TEMPLATE_VERSION,
} from './exchange-columns';
import { notAnUpdateTemplate, notASpreadsheet, tooManyRows } from './exchange.errors';
import { ZipLimits } from './zip-limits';

/** An update template unzips to well under 1 MB and a dozen files per thousand actions: these bound the work an upload can cause. */
export const IMPORT_ZIP_LIMITS: ZipLimits = { maxEntries: 200, maxUnzippedBytes: 50 * 1024 * 1024 };
/**
 * One row per action of one organisation: the largest organisation of the PNQ owns 114; at a hundred plans of the
 * PNQ's size (the benchmark's ×100) its template has 11,400 rows and must still import.
 */
export const MAX_IMPORT_ROWS = 20_000;

/** One row of the Actions sheet as plain data: each template column's value (in TEMPLATE_COLUMNS order) and whether it held a formula. */
export interface TemplateRowCells {
  number: number;
  values: CellValue[];
  formulas: boolean[];
}

/** What the import needs of a workbook, read in a worker thread: no exceljs object crosses back. */
export interface TemplateContent {
  organisationKey: string;
  rows: TemplateRowCells[];
  /** What each row showed when exported: ref → status and progress. */
  exported: [string, { status: string; progress: number }][];
  /** The « Financement » sheet (null in a template made before it): its rows, and each action's financing as exported. */
  financing: { rows: TemplateRowCells[]; exported: [string, string][] } | null;
}

/** What a cell holds, flattened: rich text, hyperlinks and formulas give their text or result. */
function cellValue(cell: ExcelJS.Cell): CellValue {
  const value = cell.value;
  if (value === null || value === undefined || typeof value !== 'object' || value instanceof Date) return value as CellValue;
  if ('richText' in value) return value.richText.map((part) => part.text).join('');
  if ('hyperlink' in value) return typeof value.text === 'string' ? value.text : value.hyperlink;
  if ('result' in value) return (value.result ?? null) as CellValue;
  return null;
}

/** A formula, or text a spreadsheet would run as one: never taken from an upload. */
function holdsFormula(cell: ExcelJS.Cell): boolean {
  const value = cell.value;
  if (value && typeof value === 'object' && ('formula' in value || 'sharedFormula' in value)) return true;
  return isFormulaLikeText(cellValue(cell));
}

/**
 * Opens the workbook (exceljs) and reads it as the import needs it, refusing by content anything that is not our
 * template. Runs in a worker thread with a heap limit and a deadline, after the zip's limits and the uploader's
 * rights were checked.
 */
export async function readTemplate(file: Buffer): Promise<TemplateContent> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(file as unknown as ExcelJS.Buffer);
  } catch {
    throw notASpreadsheet('it could not be opened as a workbook.');
  }
  const meta = workbook.getWorksheet(META_SHEET);
  const sheet = workbook.getWorksheet(TEMPLATE_SHEET);
  if (!meta || meta.getCell('A1').value !== TEMPLATE_MARKER) throw notAnUpdateTemplate('its template marker is missing.');
  if (Number(meta.getCell('A2').value) !== TEMPLATE_VERSION)
    throw notAnUpdateTemplate(`it was made for another template version (${String(meta.getCell('A2').value)}).`);
  if (!sheet) throw notAnUpdateTemplate(`its sheet "${TEMPLATE_SHEET}" is missing.`);
  const headers = TEMPLATE_COLUMNS.map((_, index) => readTextCell(cellValue(sheet.getRow(1).getCell(index + 1))));
  const expected = TEMPLATE_COLUMNS.map((c) => c.header);
  if (headers.join('|') !== expected.join('|')) throw notAnUpdateTemplate(`its columns were changed (expected ${expected.join(', ')}).`);
  if (sheet.actualRowCount - 1 > MAX_IMPORT_ROWS) throw tooManyRows(sheet.actualRowCount - 1, MAX_IMPORT_ROWS);
  const exported: TemplateContent['exported'] = [];
  meta.eachRow((line, number) => {
    if (number > 5) exported.push([String(line.getCell(1).value), { status: String(line.getCell(2).value), progress: Number(line.getCell(3).value) }]);
  });
  const rows: TemplateRowCells[] = [];
  sheet.eachRow({ includeEmpty: false }, (line, number) => {
    if (number === 1) return;
    const cells = TEMPLATE_COLUMNS.map((_, index) => line.getCell(index + 1));
    rows.push({ number, values: cells.map(cellValue), formulas: cells.map(holdsFormula) });
  });
  return { organisationKey: String(meta.getCell('A3').value ?? ''), rows, exported, financing: readFinancing(workbook) };
}

/** The financing sheet, when the template has one: its exact headers, then its rows as plain cells. */
function readFinancing(workbook: ExcelJS.Workbook): TemplateContent['financing'] {
  const sheet = workbook.getWorksheet(FINANCING_SHEET);
  if (!sheet) return null;
  const headers = FINANCING_COLUMNS.map((_, index) => readTextCell(cellValue(sheet.getRow(1).getCell(index + 1))));
  const expected = FINANCING_COLUMNS.map((c) => c.header);
  if (headers.join('|') !== expected.join('|'))
    throw notAnUpdateTemplate(`the columns of its sheet "${FINANCING_SHEET}" were changed (expected ${expected.join(', ')}).`);
  if (sheet.actualRowCount - 1 > MAX_IMPORT_ROWS) throw tooManyRows(sheet.actualRowCount - 1, MAX_IMPORT_ROWS);
  const rows: TemplateRowCells[] = [];
  sheet.eachRow({ includeEmpty: false }, (line, number) => {
    if (number === 1) return;
    const cells = FINANCING_COLUMNS.map((_, index) => line.getCell(index + 1));
    rows.push({ number, values: cells.map(cellValue), formulas: cells.map(holdsFormula) });
  });
  const exported: [string, string][] = [];
  workbook.getWorksheet(FINANCING_META_SHEET)?.eachRow((line) => {
    exported.push([String(line.getCell(1).value), String(line.getCell(2).value)]);
  });
  return { rows, exported };
}
