import { CalendarDate, Health, HEALTH_LABELS_FR, spreadsheetSafeText, STATUS_LABELS_FR } from '@pnq/domain';
import type { ActionStatus } from '@pnq/domain';
import ExcelJS from 'exceljs';
import { EXPORT_COLUMNS, META_SHEET, TEMPLATE_COLUMNS, TEMPLATE_MARKER, TEMPLATE_SHEET, TEMPLATE_VERSION, columnOf } from './exchange-columns';

/** One action as a spreadsheet row, in plain data: its place in the plan, parties, deadline and state on a date. */
export interface ActionRow {
  ref: string;
  title: string;
  pillar: string;
  axis: string;
  project: string;
  owners: string;
  partners: string;
  deadline: string;
  dueDate: CalendarDate | null;
  status: ActionStatus;
  progress: number;
  health: Health;
  lastUpdateDate: CalendarDate | null;
  version: number;
}

/** The actions export: its rows and what they are (date, filters). */
export interface ActionsWorkbookInput {
  rows: ActionRow[];
  asOf: CalendarDate;
  filter: string;
}

/** An organisation's update template: its rows on the date. */
export interface TemplateWorkbookInput {
  rows: ActionRow[];
  asOf: CalendarDate;
  organisation: { key: string; name: string; acronym: string | null };
}

const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FF0B5D3B' } };
const EDITABLE_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFF6D5' } };
const dateCell = (date: CalendarDate | null) => (date ? new Date(`${date}T00:00:00Z`) : null);

function styleHeader(sheet: ExcelJS.Worksheet, columns: number): void {
  const header = sheet.getRow(1);
  header.font = { bold: true, color: { argb: 'FFFFFFFF' } };
  header.fill = HEADER_FILL;
  header.alignment = { vertical: 'middle', wrapText: true };
  header.height = 30;
  sheet.views = [{ state: 'frozen', ySplit: 1, xSplit: 1 }];
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns } };
}

function newWorkbook(title: string, asOf: CalendarDate): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  const date = new Date(`${asOf}T00:00:00Z`);
  Object.assign(workbook, { creator: 'PNQ Tracker', lastModifiedBy: 'PNQ Tracker', title, created: date, modified: date });
  return workbook;
}

/** A sheet of one row per action under named columns; formula-like text is written inert (spreadsheetSafeText). */
function tableSheet(
  workbook: ExcelJS.Workbook,
  name: string,
  columns: readonly { header: string; key: string; width: number }[],
  rows: ActionRow[],
  values: (row: ActionRow) => Record<string, unknown>,
): ExcelJS.Worksheet {
  const sheet = workbook.addWorksheet(name);
  sheet.columns = columns.map((c) => ({ header: c.header, key: c.key, width: c.width }));
  // Text a spreadsheet would run as a formula (a title beginning with "=", "+" or "@") is written inert.
  for (const row of rows) sheet.addRow(Object.fromEntries(Object.entries(values(row)).map(([key, value]) => [key, spreadsheetSafeText(value)])));
  return sheet;
}

/** The actions of a filtered view (the explorer's filters), one row each, frozen header and filters. */
export async function writeActionsWorkbook({ rows, asOf, filter }: ActionsWorkbookInput): Promise<Uint8Array> {
  const workbook = newWorkbook(`Actions du PNQ au ${asOf}`, asOf);
  const sheet = tableSheet(workbook, 'Actions', EXPORT_COLUMNS, rows, (row) => ({
    ref: row.ref,
    pillar: row.pillar,
    axis: row.axis,
    project: row.project,
    title: row.title,
    owners: row.owners,
    partners: row.partners,
    deadline: row.deadline,
    dueDate: dateCell(row.dueDate),
    status: STATUS_LABELS_FR[row.status],
    progress: row.progress,
    health: HEALTH_LABELS_FR[row.health],
    lastUpdate: dateCell(row.lastUpdateDate),
    version: row.version,
  }));
  for (const key of ['dueDate', 'lastUpdate'] as const) sheet.getColumn(key).numFmt = 'yyyy-mm-dd';
  sheet.getColumn('title').alignment = { wrapText: true, vertical: 'top' };
  styleHeader(sheet, EXPORT_COLUMNS.length);
  const about = workbook.addWorksheet('À propos');
  about.addRows([['Export PNQ Tracker'], [`État au ${asOf}`], [`${rows.length} action(s)`], ['Filtres', filter]]);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/** The update template of an owner organisation: its actions, their state and version, editable columns with validation. */
export async function writeTemplateWorkbook({ rows, asOf, organisation }: TemplateWorkbookInput): Promise<Uint8Array> {
  const workbook = newWorkbook(`Mise à jour des actions — ${organisation.acronym ?? organisation.name}`, asOf);
  const statusList = `"${Object.values(STATUS_LABELS_FR).join(',')}"`;

  const instructions = workbook.addWorksheet('Instructions');
  instructions.getColumn(1).width = 110;
  instructions.addRows([
    [`Mise à jour des actions du PNQ — ${organisation.name}${organisation.acronym ? ` (${organisation.acronym})` : ''}`],
    [`État des actions au ${asOf}. ${rows.length} action(s) dont l’organisation est responsable ou pilote.`],
    [''],
    ['1. Dans la feuille « Actions », ne modifiez que les colonnes sur fond jaune : Statut, Avancement (%), Commentaire, Date d’effet, Lien de preuve.'],
    ['2. Statut : choisissez dans la liste (Non démarrée, En cours, Terminée, Bloquée, Annulée). Terminée = 100 %.'],
    ['3. Avancement : nombre entier de 0 à 100. Non démarrée = 0.'],
    ['4. Commentaire : obligatoire pour toute ligne modifiée ; pour Bloquée ou Annulée, indiquez la raison.'],
    ['5. Date d’effet : date du changement (AAAA-MM-JJ ou JJ/MM/AAAA), jamais dans le futur ; vide = date de l’import.'],
    ['6. Lien de preuve : une ou plusieurs adresses http(s), séparées par des espaces.'],
    [
      '6 bis. Échéance proposée (facultatif) : une nouvelle échéance (AAAA-MM-JJ), avec sa justification dans la colonne suivante ; elle devient une demande de révision que le secrétariat approuve ou refuse — rien ne change avant.',
    ],
    ['7. Ne modifiez ni la Réf. ni la Version : une ligne dont l’action a été mise à jour entre-temps est refusée (version périmée).'],
    [
      '8. Déposez le fichier dans PNQ Tracker (page « Importer ») : une vérification montre chaque changement et chaque problème, ligne par ligne ; rien n’est enregistré tant qu’il reste un problème.',
    ],
  ]);
  instructions.getRow(1).font = { bold: true, size: 14 };

  const sheet = tableSheet(workbook, TEMPLATE_SHEET, TEMPLATE_COLUMNS, rows, (row) => ({
    ref: row.ref,
    project: row.project,
    title: row.title,
    deadline: row.deadline,
    health: HEALTH_LABELS_FR[row.health],
    version: row.version,
    status: STATUS_LABELS_FR[row.status],
    progress: row.progress,
  }));
  const last = rows.length + 1;
  for (let r = 2; r <= Math.max(last, 2); r++) {
    const line = sheet.getRow(r);
    line.getCell(columnOf('status')).dataValidation = {
      type: 'list',
      allowBlank: false,
      formulae: [statusList],
      showErrorMessage: true,
      errorTitle: 'Statut',
      error: 'Choisissez un statut de la liste.',
    };
    line.getCell(columnOf('progress')).dataValidation = {
      type: 'whole',
      operator: 'between',
      allowBlank: false,
      formulae: [0, 100],
      showErrorMessage: true,
      errorTitle: 'Avancement',
      error: 'Un nombre entier de 0 à 100.',
    };
    line.getCell(columnOf('effectiveDate')).numFmt = 'yyyy-mm-dd';
    line.getCell(columnOf('proposedDeadline')).numFmt = 'yyyy-mm-dd';
    for (const column of TEMPLATE_COLUMNS) if (column.editable) line.getCell(columnOf(column.key)).fill = EDITABLE_FILL;
  }
  sheet.getColumn(columnOf('title')).alignment = { wrapText: true, vertical: 'top' };
  styleHeader(sheet, TEMPLATE_COLUMNS.length);

  const meta = workbook.addWorksheet(META_SHEET, { state: 'veryHidden' });
  meta.addRows([[TEMPLATE_MARKER], [TEMPLATE_VERSION], [organisation.key], [asOf], ['ref', 'status', 'progress']]);
  // What each row showed when exported: an import changes only the rows edited since, even if the action moved on.
  meta.addRows(rows.map((row) => [row.ref, row.status, row.progress]));
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
